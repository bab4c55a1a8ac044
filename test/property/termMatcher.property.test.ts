// The term matcher (core/text/termMatcher.ts) against a search that anyone can check by reading it:
// every pattern tried at every position. On text that needs no normalizing (no white space, no
// full-width brackets), both must report the same matches: at each end, the longest pattern that
// keeps to word boundaries, then the longest of overlapping ones. The trie is built in one pass into
// flat arrays, from patterns sorted by text; duplicates, prefixes of one another and empty patterns
// are the cases that pass builds break on.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { addLongest, TermMatcher, type RawMatch } from '../../server/src/core/text/termMatcher';

const isWord = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** The matches by trying every pattern at every end, the first of equal patterns winning. */
function naiveScan(patterns: readonly string[], text: string): RawMatch[] {
  const matches: RawMatch[] = [];
  for (let end = 1; end <= text.length; end++) {
    let best = -1;
    patterns.forEach((pattern, index) => {
      if (pattern.length === 0 || pattern.length > end || !text.startsWith(pattern, end - pattern.length)) return;
      const start = end - pattern.length;
      if (isWord(pattern.charCodeAt(0)) && start > 0 && isWord(text.charCodeAt(start - 1))) return;
      if (isWord(pattern.charCodeAt(pattern.length - 1)) && isWord(text.charCodeAt(end))) return;
      if (best < 0 || pattern.length > patterns[best].length) best = index;
    });
    if (best >= 0) addLongest(matches, { start: end - patterns[best].length, end, normStart: end - patterns[best].length, normEnd: end, pattern: best });
  }
  return matches;
}

// Few letters, so that patterns share prefixes and suffixes and occur often; word and CJK characters
// both, since word boundaries apply to the first only.
const letter = fc.constantFrom('a', 'b', 'A', '1', '决', '议', '局', '-', '(', ')');
const word = fc.array(letter, { minLength: 0, maxLength: 6 }).map(letters => letters.join(''));

describe('the term matcher against every pattern tried at every position', () => {
  it('reports the same matches, with duplicate, nested and empty patterns', () => {
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 25 }), fc.array(letter, { maxLength: 80 }).map(l => l.join('')), (patterns, text) => {
      assert.deepEqual(new TermMatcher(patterns).scan(text), naiveScan(patterns, text));
    }), { numRuns: 400, seed: 20261201 });
  });

  it('finds patterns from a text itself, wherever they stand in it', () => {
    fc.assert(fc.property(fc.array(letter, { minLength: 1, maxLength: 60 }).map(l => l.join('')), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 8 })), { minLength: 1, maxLength: 12 }), (text, cuts) => {
      const patterns = cuts.map(([at, length]) => text.slice(at % text.length, (at % text.length) + length));
      assert.deepEqual(new TermMatcher(patterns).scan(text), naiveScan(patterns, text));
    }), { numRuns: 400, seed: 20261202 });
  });
});
