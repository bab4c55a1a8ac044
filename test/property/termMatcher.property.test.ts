// The term matcher (core/text/termMatcher.ts) against a search that anyone can check by reading it:
// every pattern tried at every position. On text that needs no normalizing (no white space, no
// full-width brackets), both must report the same matches: at each end, the longest pattern that
// keeps to word boundaries, then the longest of overlapping ones. The trie is built in one pass into
// flat arrays, from patterns sorted by text; duplicates, prefixes of one another and empty patterns
// are the cases that pass builds break on.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeName, TermMatcher, type RawMatch } from '../../server/src/core/text/termMatcher';

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
    if (best >= 0) keepLongest(matches, { start: end - patterns[best].length, end, normStart: end - patterns[best].length, normEnd: end, pattern: best });
  }
  return matches;
}

/** Of overlapping matches, arriving by end, the longest; of two as long, the first. Written apart from addLongest. */
function keepLongest(kept: RawMatch[], match: RawMatch): void {
  const length = (m: RawMatch) => m.normEnd - m.normStart;
  const overlapping = kept.filter(k => k.normEnd > match.normStart);
  if (overlapping.some(k => length(k) >= length(match))) return;
  kept.splice(kept.length - overlapping.length, overlapping.length, match);
}

// Few letters, so that patterns share prefixes and suffixes and occur often; word and CJK characters
// both, since word boundaries apply to the first only.
// The ends of the ranges of word characters (0 9 A Z a z) and their neighbours (/ : @ [ ` {) are there
// to be told apart.
const letter = fc.constantFrom('a', 'b', 'A', '1', '决', '议', '局', '-', '(', ')', '0', '9', 'Z', 'z', '/', ':', '@', '[', '`', '{');
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
    // 4,096 patterns or more below one node are sorted by counting their next characters: here those
    // below 'a', between the runs of those below 'A' and 'z', and written alike by the hundred, so
    // that the first of each must stay first.
    const run = (first: string, count: number) => fc.array(word.map(w => `${first}${w.slice(0, 2)}`), { minLength: count, maxLength: count + 500 });
    fc.assert(fc.property(fc.tuple(run('A', 100), run('a', 4200), run('z', 50)).map(([upper, lower, after]) => [...lower, ...upper, ...after]), fc.array(letter, { maxLength: 40 }).map(l => l.join('')), (patterns, text) => {
      const matcher = new TermMatcher(patterns);
      const firstOf = new Map<string, number>();
      patterns.forEach((pattern, index) => {
        if (pattern.length > 0 && !firstOf.has(pattern)) firstOf.set(pattern, index);
        assert.equal(matcher.firstPatternLike(index), pattern.length === 0 ? index : firstOf.get(pattern));
      });
      assert.deepEqual(matcher.scan(text), naiveScan(patterns, text));
    }), { numRuns: 8, seed: 20261210 });
  });

  it('matches a name as long as the matcher reads, and no longer one', () => {
    const longest = '决'.repeat(512);
    const matcher = new TermMatcher([longest, `${longest}议`]);
    assert.deepEqual(matcher.scan(`${longest}议`).map(m => [m.start, m.end, m.pattern]), [[0, 512, 0]]);
    assert.equal(matcher.lookup(longest), 0);
    assert.equal(matcher.lookup(`${longest}议`), -1);
  });

  it('finds patterns from a text itself, wherever they stand in it', () => {
    fc.assert(fc.property(fc.array(letter, { minLength: 1, maxLength: 60 }).map(l => l.join('')), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 8 })), { minLength: 1, maxLength: 12 }), (text, cuts) => {
      const patterns = cuts.map(([at, length]) => text.slice(at % text.length, (at % text.length) + length));
      assert.deepEqual(new TermMatcher(patterns).scan(text), naiveScan(patterns, text));
    }), { numRuns: 400, seed: 20261202 });
  });

  it('reads white space, line breaks after hyphens and full-width brackets as in its normalized reading', () => {
    // The text read the plain way, with where each character of the reading stands in the text (a space
    // kept between two Latin characters stands where the white space began).
    const reading = (text: string) => {
      let read = '';
      const at: number[] = [];
      let gapStart = -1;
      let newline = false;
      for (let i = 0; i < text.length; i++) {
        const character = text[i] === '（' ? '(' : text[i] === '）' ? ')' : text[i];
        const code = character.charCodeAt(0);
        if ([32, 9, 10, 13, 0x3000, 0xa0].includes(code)) { if (gapStart < 0) gapStart = i; newline ||= code === 10 || code === 13; continue; }
        const prev = read.charCodeAt(read.length - 1);
        if (gapStart >= 0 && read.length > 0 && prev < 0x2e80 && code < 0x2e80 && !(prev === 45 && newline)) { read += ' '; at.push(gapStart); }
        gapStart = -1;
        newline = false;
        read += character;
        at.push(i);
      }
      return { read, at };
    };
    // U+2E80 is the first character no space is kept next to, U+2E7F the last one before it.
    const spaced = fc.constantFrom('a', 'A', 'z', '-', '决', '议', '（', '）', '(', '\u2e80', '\u2e7f', ' ', '  ', '\n', '-\n', '-\r', '\r\n', '\u3000', '\u00a0', '\t');
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 25 }), fc.array(spaced, { maxLength: 60 }).map(l => l.join('')), (words, text) => {
      const patterns = words.map(normalizeName);
      const { read, at } = reading(text);
      const expected = naiveScan(patterns, read).map(m => ({ ...m, start: at[m.normStart], end: at[m.normEnd - 1] + 1 }));
      // Word boundaries are read in the text itself: the reading differs from it only by white space.
      assert.deepEqual(new TermMatcher(patterns).scan(text), expected, JSON.stringify(text));
    }), { numRuns: 1000, seed: 20261211 });
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

