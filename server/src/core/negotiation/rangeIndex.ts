// Which of many ranges holds an offset, without a scan of them all: a draft of 100,000 bracketed
// paragraphs asks once per paragraph and per finding, and a scan each time made that quadratic.
import type { OffsetRange } from '../types';

/** The first index whose value is greater than target in a nondecreasing array, or its length. */
export function firstAbove(values: Int32Array, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid] > target) high = mid; else low = mid + 1;
  }
  return low;
}

/**
 * Items, mostly in the order of their ranges' starts. The answers are what a scan in that order would
 * give. Ranges may nest or overlap (an unclosed Option block runs to the end); firstHolding looks at
 * the items that reach the offset and start before it, one or two in a real draft. Items out of
 * order (which no reader makes) are scanned.
 */
export class RangeIndex<T> {
  private readonly starts: Int32Array;
  /** The furthest end of the items up to each one. */
  private readonly reach: Int32Array;
  private readonly inOrder: boolean;

  constructor(private readonly items: readonly T[], private readonly rangeOf: (item: T) => OffsetRange) {
    this.starts = new Int32Array(items.length);
    this.reach = new Int32Array(items.length);
    let reach = -1;
    let inOrder = true;
    items.forEach((item, i) => {
      const range = rangeOf(item);
      this.starts[i] = range.start;
      if (i > 0 && range.start < this.starts[i - 1]) inOrder = false;
      reach = Math.max(reach, range.end);
      this.reach[i] = reach;
    });
    this.inOrder = inOrder;
  }

  /** The first item that starts at offset or after it. */
  firstStartingFrom(offset: number): T | undefined {
    if (!this.inOrder) return this.items.find(item => this.rangeOf(item).start >= offset);
    const i = firstAbove(this.starts, offset - 1);
    return i < this.items.length ? this.items[i] : undefined;
  }

  /**
   * The indices of the items that may meet `range`, in order: from the first that reaches its start to
   * the last that starts by its end (inclusive at both ends, as a cursor's place is).
   */
  *indicesMeeting(range: OffsetRange): Generator<number> {
    const from = this.inOrder ? firstAbove(this.reach, range.start - 1) : 0;
    for (let i = from; i < this.items.length && !(this.inOrder && this.starts[i] > range.end); i++) yield i;
  }

  /** Whether some item's range overlaps `range` (shares a character with it). */
  someOverlapping(range: OffsetRange): boolean {
    if (!this.inOrder) return this.items.some(item => this.rangeOf(item).start < range.end && this.rangeOf(item).end > range.start);
    // The items that start before the range's end: the furthest any of them reaches decides.
    const last = firstAbove(this.starts, range.end - 1) - 1;
    return last >= 0 && this.reach[last] > range.start;
  }

  /**
   * The first item whose range holds offset and that passes test: start <= offset, and offset < end
   * (offset <= end when endInclusive).
   */
  firstHolding(offset: number, endInclusive: boolean, test: (item: T) => boolean = () => true): T | undefined {
    const from = firstAbove(this.reach, endInclusive ? offset - 1 : offset);
    const to = this.inOrder ? firstAbove(this.starts, offset) : this.items.length;
    for (let i = from; i < to; i++) {
      const item = this.items[i];
      const { start, end } = this.rangeOf(item);
      if (start <= offset && (endInclusive ? offset <= end : offset < end) && test(item)) return item;
    }
    return undefined;
  }
}
