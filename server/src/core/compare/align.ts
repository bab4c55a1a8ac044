// Aligns two sequences by content, not by position: one inserted or deleted item does not shift the
// pairing of every later one, and an item that moved is found where it went. Generic over the items:
// revisions of a draft compare paragraphs by text (compare/revisions.ts); the Chinese–English parity
// check pairs paragraphs of two languages with a similarity of its own (shared numbers, citations).
//
// How: the in-order pairs are the heaviest common subsequence, two items counting as a match when
// their similarity reaches the threshold (weighted by it, so a near-identical pair beats a loose one).
// Items left over on both sides are then paired greedily, most similar first: those are the moves.
// Cost: one similarity call per pair of items (n × m) and an n × m table; drafts have hundreds of
// paragraphs at most.

export interface AlignOptions<A, B> {
  /** 0 (nothing in common) to 1 (the same). */
  similarity(a: A, b: B): number;
  /** The least similarity at which two items are one item changed rather than two different ones; default 0.5. */
  threshold?: number;
}

export interface AlignedPair {
  readonly left: number;
  readonly right: number;
  readonly similarity: number;
  /** Paired out of order: the item moved. */
  readonly moved: boolean;
}

export interface Alignment {
  /** In order of `right`. */
  readonly pairs: readonly AlignedPair[];
  /** Indices in `left` without a partner. */
  readonly deleted: readonly number[];
  /** Indices in `right` without a partner. */
  readonly added: readonly number[];
}

export function align<A, B>(left: readonly A[], right: readonly B[], options: AlignOptions<A, B>): Alignment {
  const threshold = options.threshold ?? 0.5;
  const n = left.length;
  const m = right.length;
  const similarity = new Float64Array(n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) similarity[i * m + j] = options.similarity(left[i], right[j]);
  const weight = (i: number, j: number) => {
    const s = similarity[i * m + j];
    return s >= threshold ? s : -1;
  };
  // best[i][j]: the heaviest in-order pairing of left[i..] and right[j..].
  const best = new Float64Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const w = weight(i, j);
      best[at(i, j)] = Math.max(best[at(i + 1, j)], best[at(i, j + 1)], w >= 0 ? w + best[at(i + 1, j + 1)] : -Infinity);
    }
  }
  const pairs: AlignedPair[] = [];
  const leftPaired = new Array<boolean>(n).fill(false);
  const rightPaired = new Array<boolean>(m).fill(false);
  for (let i = 0, j = 0; i < n && j < m;) {
    const w = weight(i, j);
    if (w >= 0 && best[at(i, j)] === w + best[at(i + 1, j + 1)]) {
      pairs.push({ left: i, right: j, similarity: w, moved: false });
      leftPaired[i] = rightPaired[j] = true;
      i++; j++;
    } else if (best[at(i, j)] === best[at(i + 1, j)]) {
      i++;
    } else {
      j++;
    }
  }
  // Moves: what is left over on both sides, the most similar pairs first.
  const candidates: [number, number, number][] = [];
  for (let i = 0; i < n; i++) {
    if (leftPaired[i]) continue;
    for (let j = 0; j < m; j++) if (!rightPaired[j] && similarity[i * m + j] >= threshold) candidates.push([similarity[i * m + j], i, j]);
  }
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  for (const [s, i, j] of candidates) {
    if (leftPaired[i] || rightPaired[j]) continue;
    pairs.push({ left: i, right: j, similarity: s, moved: true });
    leftPaired[i] = rightPaired[j] = true;
  }
  pairs.sort((a, b) => a.right - b.right);
  return {
    pairs,
    deleted: leftPaired.flatMap((paired, i) => (paired ? [] : [i])),
    added: rightPaired.flatMap((paired, j) => (paired ? [] : [j])),
  };
}

/** The units a text is compared by: words in English, characters in Chinese (which has no spaces). */
export function textUnits(text: string): string[] {
  return text.match(/[A-Za-z0-9\u00c0-\u024f]+|[^\sA-Za-z0-9\u00c0-\u024f]/g) ?? [];
}

/**
 * A similarity of two texts for align(): the Dice coefficient of their multisets of unit bigrams
 * (pairs of neighbouring words or characters), which a changed word lowers a little and a different
 * paragraph a lot.
 */
export function textSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const bigrams = (text: string) => {
    const units = textUnits(text);
    const counts = new Map<string, number>();
    if (units.length === 1) counts.set(units[0], 1);
    for (let i = 0; i + 1 < units.length; i++) {
      const key = `${units[i]}\u0000${units[i + 1]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  };
  const x = bigrams(a);
  const y = bigrams(b);
  let total = 0;
  let shared = 0;
  for (const count of x.values()) total += count;
  for (const [key, count] of y) {
    total += count;
    shared += Math.min(count, x.get(key) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}
