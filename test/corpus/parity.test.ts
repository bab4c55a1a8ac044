// Parity on official texts: the four resolutions the corpus holds in both languages (test/fixtures/
// official, printed-volume English with its line breaks and footnote numbers, Chinese written with
// Chinese numerals, one in traditional characters) say the same, so parity finds nothing; and with
// any one English paragraph taken out, it finds that one paragraph missing and nothing else.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paragraphContent } from '../../server/src/core/compare/parityContent';
import { labeledParagraphs } from '../../server/src/core/negotiation/labels';
import { service } from '../helpers';

const official = join(__dirname, '..', 'fixtures', 'official');
const PAIRS = ['s-res-0368-1975', 's-res-0396-1976', 's-res-0408-1977', 's-res-0443-1978'].map(name => ({
  name,
  zh: readFileSync(join(official, 'zh', readdirSync(join(official, 'zh')).find(file => file.startsWith(name))!), 'utf8'),
  en: readFileSync(join(official, 'en', `${name}.txt`), 'utf8'),
}));

describe('official corpus: parity of the Chinese and English texts', () => {
  it('finds nothing between the Chinese and English texts of one resolution', () => {
    for (const { name, zh, en } of PAIRS) {
      const comparison = service.compareParity(service.parse(zh), service.parse(en));
      assert.deepEqual(comparison.mismatches, [], name);
      assert.deepEqual(comparison.counts.left, comparison.counts.right, name);
    }
  });

  it('finds an English paragraph taken out, and nothing else: later paragraphs are not shifted', () => {
    let exact = 0;
    let cases = 0;
    for (const { name, zh, en } of PAIRS) {
      const chinese = service.parse(zh);
      const english = service.parse(en);
      for (const paragraph of labeledParagraphs(english)) {
        const lineEnd = en.indexOf('\n', paragraph.range.end);
        const cut = en.slice(0, paragraph.range.start) + (lineEnd < 0 ? '' : en.slice(lineEnd + 1));
        const { mismatches } = service.compareParity(chinese, service.parse(cut));
        assert.equal(mismatches.length, 1, `${name} without ${paragraph.label}: ${JSON.stringify(mismatches)}`);
        const [mismatch] = mismatches;
        assert.equal(mismatch.kind, 'paragraph');
        assert.equal(mismatch.right.label, null);
        cases++;
        if (mismatch.left.label === paragraph.label) {
          exact++;
          continue;
        }
        // Only a paragraph with nothing of its own to be known by (no citation, symbol, figure, date or
        // opening formula) can be taken for its neighbour, which has nothing either: only lengths tell them apart.
        const content = paragraphContent(english, paragraph);
        const featureless = content.resolutions.size + content.symbols.size + content.figures.size + content.dates.size === 0 && !content.opening;
        assert.ok(featureless, `${name} without ${paragraph.label}: ${mismatch.left.label} reported`);
        const labels = labeledParagraphs(chinese).map(p => p.label);
        assert.equal(Math.abs(labels.indexOf(mismatch.left.label!) - labels.indexOf(paragraph.label)), 1, `${name}: ${mismatch.left.label} for ${paragraph.label}`);
      }
    }
    assert.equal(cases, 22);
    assert.ok(exact >= 19, `${exact} of ${cases} named exactly`);
  });
});
