import type { OffsetRange } from '../types';

/**
 * The item whose range holds offset (its end included), in items sorted by start that do not overlap
 * (citations, symbols): a binary search keeps hover fast on long drafts.
 */
export function itemAt<T extends { readonly range: OffsetRange }>(items: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = items[mid].range;
    if (offset < range.start) high = mid - 1;
    else if (offset > range.end) low = mid + 1;
    else return items[mid];
  }
  return undefined;
}
