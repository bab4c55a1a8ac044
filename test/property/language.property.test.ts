// detectLanguage (parse/document.ts) stops counting once the rest of its sample cannot change the
// answer: on any text, with any spans skipped, it must answer as the count of the whole sample does.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { detectLanguage } from '../../server/src/core/parse/document';
import type { DraftLanguage, OffsetRange } from '../../server/src/core/types';

const SAMPLE = 64 * 1024;

/** The whole sample counted, then decided: the definition the early stop must agree with. */
function referenceLanguage(text: string, skip: readonly OffsetRange[]): DraftLanguage {
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < Math.min(text.length, SAMPLE); i++) {
    if (skip.some(span => span.start <= i && i < span.end)) continue;
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xd840 && c <= 0xd87f)) cjk++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return cjk * 3 >= latin && cjk > 0 ? 'zh' : 'en';
}

// Runs long enough to cross the blocks the count is made in, mixed near the balance of three Latin letters to one ideograph.
const run = fc.tuple(fc.constantFrom('决', 'a', 'Z', ' ', '，', '𠀀', '1', '\u3400', '\u9fff', '\u4dbf'), fc.integer({ min: 1, max: 3000 })).map(([c, n]) => c.repeat(n));
const text = fc.array(run, { maxLength: 40 }).map(runs => runs.join(''));

describe('detectLanguage', () => {
  it('answers as counting the whole sample does, on any text and any spans skipped', () => {
    fc.assert(fc.property(text, fc.array(fc.tuple(fc.nat(80_000), fc.nat(20_000)), { maxLength: 4 }), (draft, spans) => {
      // Skipped spans are sorted and apart, as resolint's comments are.
      const skip: OffsetRange[] = [];
      for (const [start, length] of spans.sort((a, b) => a[0] - b[0])) {
        if (skip.length === 0 || start > skip[skip.length - 1].end) skip.push({ start, end: start + length });
      }
      assert.equal(detectLanguage(draft, skip), referenceLanguage(draft, skip));
    }), { numRuns: 600 });
  });

  it('answers as counting the whole sample does when what comes late outweighs what came first', () => {
    // One kind first, then enough of the other to come near the balance, or past it, after the first blocks.
    fc.assert(fc.property(fc.integer({ min: 1, max: 16_000 }), fc.double({ min: 0.5, max: 1.5, noNaN: true }), fc.boolean(), (first, share, chineseFirst) => {
      const latinForBalance = Math.round(first * 3 * share);
      const draft = chineseFirst ? '决'.repeat(first) + 'a'.repeat(latinForBalance) : 'a'.repeat(latinForBalance) + '决'.repeat(first);
      assert.equal(detectLanguage(draft), referenceLanguage(draft, []));
    }), { numRuns: 600 });
  });

  it('decides on the sample only: Chinese after 64K characters of English is English', () => {
    assert.equal(detectLanguage('a'.repeat(SAMPLE) + '决'.repeat(SAMPLE)), 'en');
    assert.equal(detectLanguage('决'.repeat(10) + 'abc'.repeat(10)), 'zh');
    assert.equal(detectLanguage('决'.repeat(10) + 'abc'.repeat(10) + 'a'), 'en');
    assert.equal(detectLanguage(''), 'en');
  });
});
