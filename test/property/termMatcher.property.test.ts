// The term matcher (core/text/termMatcher.ts) against a search that anyone can check by reading it:
// every pattern tried at every position. On text that needs no normalizing (no white space, no
// full-width brackets), both must report the same matches: at each end, the longest pattern that
// keeps to word boundaries, then the longest of overlapping ones. The trie is built in one pass into
// flat arrays, from patterns sorted by text; duplicates, prefixes of one another and empty patterns
// are the cases that pass builds break on.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { addLongest, normalizeName, TermMatcher, type RawMatch } from '../../server/src/core/text/termMatcher';

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

  it('reports the same matches with hundreds of patterns, whose long runs are sorted as numbers', () => {
    // Runs of 24 patterns or more below one trie node take the other branch of the sort.
    fc.assert(fc.property(fc.array(word, { minLength: 100, maxLength: 400 }), fc.array(letter, { maxLength: 60 }).map(l => l.join('')), (patterns, text) => {
      assert.deepEqual(new TermMatcher(patterns).scan(text), naiveScan(patterns, text));
    }), { numRuns: 60, seed: 20261203 });
  });

  it('looks a name up as the first pattern written so, and knows which patterns are written alike', () => {
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 300 }), fc.array(word, { maxLength: 20 }), (patterns, others) => {
      const matcher = new TermMatcher(patterns);
      patterns.forEach((pattern, index) => {
        const first = pattern.length === 0 ? index : patterns.indexOf(pattern);
        assert.equal(matcher.firstPatternLike(index), first, pattern);
        assert.equal(matcher.lookup(pattern), pattern.length === 0 ? -1 : first, pattern);
      });
      for (const other of others) assert.equal(matcher.lookup(other), other.length === 0 ? -1 : patterns.indexOf(other), other);
    }), { numRuns: 200, seed: 20261204 });
  });

  it('builds the same trie from thousands of patterns, whose longest runs are sorted by counting', () => {
    // 4,096 patterns or more below one node are sorted by counting their next characters: here all
    // below 'a', and written alike by the hundred, so that the first of each must stay first.
    fc.assert(fc.property(fc.array(word.map(w => `a${w.slice(0, 2)}`), { minLength: 5000, maxLength: 6000 }), fc.array(letter, { maxLength: 40 }).map(l => l.join('')), (patterns, text) => {
      const matcher = new TermMatcher(patterns);
      const firstOf = new Map<string, number>();
      patterns.forEach((pattern, index) => {
        if (pattern.length > 0 && !firstOf.has(pattern)) firstOf.set(pattern, index);
        assert.equal(matcher.firstPatternLike(index), pattern.length === 0 ? index : firstOf.get(pattern));
      });
      assert.deepEqual(matcher.scan(text), naiveScan(patterns, text));
    }), { numRuns: 8, seed: 20261210 });
  });

  it('finds patterns from a text itself, wherever they stand in it', () => {
    fc.assert(fc.property(fc.array(letter, { minLength: 1, maxLength: 60 }).map(l => l.join('')), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 8 })), { minLength: 1, maxLength: 12 }), (text, cuts) => {
      const patterns = cuts.map(([at, length]) => text.slice(at % text.length, (at % text.length) + length));
      assert.deepEqual(new TermMatcher(patterns).scan(text), naiveScan(patterns, text));
    }), { numRuns: 400, seed: 20261202 });
  });

  it('scans in steps as in one pass: names across the edge of a step, white space in them, scans taking turns', () => {
    const patterns = ['反恐怖主义委员会执行局', 'Counter-Terrorism Committee', 'Security Council', '安理会'];
    const matcher = new TermMatcher(patterns);
    // Each name is set so that one copy straddles the edge at 65,536 characters; the English one has a line break in it.
    const texts = ['反恐怖主义委员会执行局', 'Counter-Terrorism\n  Committee', '安理会'].map(name => `${'甲'.repeat(65_536 - 2)}${name}，${'Security Council, '.repeat(3)}${name}`);
    const steps = texts.map(text => matcher.scanInSteps(text));
    const stepped: RawMatch[][] = texts.map(() => []);
    for (let open = steps.length; open > 0;) {
      open = 0;
      steps.forEach((scan, i) => {
        const step = scan.next();
        if (step.done) stepped[i] = step.value; else open++;
      });
    }
    texts.forEach((text, i) => {
      assert.deepEqual(stepped[i], matcher.scan(text));
      assert.equal(stepped[i].length, 5, `${i}: both names and the three Councils`);
      assert.ok(stepped[i][0].start < 65_536 && stepped[i][0].end > 65_536, 'the first name straddles the edge');
    });
  });
});

/** Names normalized as the matcher reads text, written the plain way: a character at a time. */
function referenceNormalize(name: string): string {
  const space = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0;
  let out = '';
  let gap = false;
  let newline = false;
  for (const unit of name.split('')) {
    const code = unit === '（' ? 40 : unit === '）' ? 41 : unit.charCodeAt(0);
    if (space(code)) { gap = true; newline ||= code === 10 || code === 13; continue; }
    const prev = out.charCodeAt(out.length - 1);
    if (gap && out.length > 0 && prev < 0x2e80 && code < 0x2e80 && !(prev === 45 && newline)) out += ' ';
    gap = false;
    newline = false;
    out += String.fromCharCode(code);
  }
  return out;
}

describe('normalized names', () => {
  it('are what a character-at-a-time reading gives, white space, brackets and hyphens included', () => {
    const unit = fc.constantFrom('a', 'Z', '1', '-', '决', '局', ' ', '  ', '\n', '\r\n', '\t', '\u3000', '\u00a0', '\u2002', '（', '）', '(', '𠀀');
    fc.assert(fc.property(fc.array(unit, { maxLength: 20 }).map(u => u.join('')), name => {
      assert.equal(normalizeName(name), referenceNormalize(name), JSON.stringify(name));
    }), { numRuns: 3000, seed: 20261207 });
  });
});

