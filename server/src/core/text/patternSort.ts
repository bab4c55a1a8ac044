// The patterns of the term matcher's trie in the order of their text, as the trie is laid out from
// them (text/termMatcher.ts): a radix sort over their UTF-16 codes, laid end to end in one array.

/** Runs shorter than this are sorted in place; longer ones by the platform's sort of numbers. */
const SHORT_RUN = 24;
/** A pattern's index and its sort key go into one number: key × 2³² + index, exact in a double. */
const INDEX_SPAN = 2 ** 32;

/**
 * order (pattern indices, ascending) sorted by the patterns' text, equal texts by index. A radix
 * sort from the first character, depth first: a run of patterns that share a prefix is sorted by
 * the next character, then each group of it in turn, until a group holds one pattern or patterns
 * that end there. Each pattern is read once per character of the prefix that sets it apart, while
 * its characters are in the cache; a comparison sort read them a few times over (17 comparisons a
 * pattern for 160,000, each from the first character).
 */
export function sortByText(order: Int32Array, codes: Uint16Array, at: Int32Array): void {
  const keys = new Float64Array(order.length);
  // 0 for a pattern that ends at depth, else its character there plus one.
  const keyAt = (index: number, depth: number) => (at[index + 1] - at[index] === depth ? 0 : codes[at[index] + depth] + 1);
  const pending: number[] = order.length > 1 ? [0, order.length, 0] : [];
  let scratch: CountingScratch | undefined;
  while (pending.length > 0) {
    const depth = pending.pop()!;
    const to = pending.pop()!;
    const from = pending.pop()!;
    let sorted = true;
    let same = true;
    for (let i = from, previous = keyAt(order[from], depth); i < to; i++) {
      const key = keyAt(order[i], depth);
      keys[i] = key;
      sorted &&= key >= previous;
      same &&= key === previous;
      previous = key;
    }
    // A shared character (`Synthetic Entity ` before 50,000 numbers) moves on without a sort.
    if (same) {
      if (keys[from] !== 0) pending.push(from, to, depth + 1);
      continue;
    }
    if (!sorted) {
      if (to - from < LONG_RUN) sortRun(order, keys, from, to);
      else countingSort(order, keys, from, to, (scratch ??= new CountingScratch(order.length)));
    }
    // The run's indices were ascending, and the sort keeps them so within a group: it is stable.
    for (let i = from; i < to;) {
      let j = i + 1;
      while (j < to && keys[j] === keys[i]) j++;
      if (keys[i] !== 0 && j - i > 1) pending.push(i, j, depth + 1);
      i = j;
    }
  }
}

/** Runs this long are sorted by counting: the root's, and a long shared prefix's at its end. */
const LONG_RUN = 4096;
/** Keys are 0 (the pattern ends) or a UTF-16 code plus one. */
const KEY_COUNT = 65537;

/** The arrays of a counting sort, made once for a trie. */
class CountingScratch {
  readonly starts = new Int32Array(KEY_COUNT + 1);
  readonly order: Int32Array;
  readonly keys: Float64Array;

  constructor(size: number) {
    this.order = new Int32Array(size);
    this.keys = new Float64Array(size);
  }
}

/** sortRun by counting the keys: stable, in time linear in the run (200,000 patterns at the root). */
function countingSort(order: Int32Array, keys: Float64Array, from: number, to: number, scratch: CountingScratch): void {
  const { starts } = scratch;
  starts.fill(0);
  for (let i = from; i < to; i++) starts[keys[i] + 1]++;
  for (let key = 0; key < KEY_COUNT; key++) starts[key + 1] += starts[key];
  for (let i = from; i < to; i++) {
    const at = starts[keys[i]]++;
    scratch.order[at] = order[i];
    scratch.keys[at] = keys[i];
  }
  order.set(scratch.order.subarray(0, to - from), from);
  keys.set(scratch.keys.subarray(0, to - from), from);
}

/** order[from..to] and keys[from..to] sorted by (key, index): stable, as indices are ascending. */
function sortRun(order: Int32Array, keys: Float64Array, from: number, to: number): void {
  if (to - from < SHORT_RUN) {
    for (let i = from + 1; i < to; i++) {
      const index = order[i];
      const key = keys[i];
      let j = i;
      for (; j > from && keys[j - 1] > key; j--) { order[j] = order[j - 1]; keys[j] = keys[j - 1]; }
      order[j] = index;
      keys[j] = key;
    }
    return;
  }
  for (let i = from; i < to; i++) keys[i] = keys[i] * INDEX_SPAN + order[i];
  keys.subarray(from, to).sort();
  for (let i = from; i < to; i++) {
    const key = Math.floor(keys[i] / INDEX_SPAN);
    order[i] = keys[i] - key * INDEX_SPAN;
    keys[i] = key;
  }
}
