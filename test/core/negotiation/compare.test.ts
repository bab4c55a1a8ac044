// Comparing revisions: the aligner on its own, then drafts written for the tests in both languages
// with one paragraph inserted, one deleted, one moved and one changed by a single word.
import { strict as assert } from 'node:assert';
import { align, textSimilarity } from '../../../server/src/core/compare/align';
import { formatMarkdown, formatText } from '../../../server/src/core/compare/report';
import { compareRevisions } from '../../../server/src/core/compare/revisions';
import { fixture, service } from '../../helpers';

const compare = (earlier: string, later: string) => compareRevisions(service.parse(earlier), service.parse(later));
const summary = (changes: readonly { kind: string; from: string | null; to: string | null; changed?: boolean }[]) =>
  changes.map(c => `${c.kind} ${c.from ?? '-'} ${c.to ?? '-'}${c.changed ? ' changed' : ''}`);

describe('paragraph aligner', () => {
  const exact = (a: string, b: string) => (a === b ? 1 : 0);

  it('pairs by content: one insertion does not shift every later item', () => {
    const result = align(['a', 'b', 'c', 'd'], ['a', 'x', 'b', 'c', 'd'], { similarity: exact });
    assert.deepEqual(result.pairs.map(p => [p.left, p.right, p.moved]), [[0, 0, false], [1, 2, false], [2, 3, false], [3, 4, false]]);
    assert.deepEqual([result.added, result.deleted], [[1], []]);
  });

  it('finds a moved item, and leaves the rest in order', () => {
    const result = align(['a', 'b', 'c', 'd', 'e'], ['a', 'e', 'b', 'c', 'd'], { similarity: exact });
    assert.deepEqual(result.pairs.filter(p => p.moved).map(p => [p.left, p.right]), [[4, 1]]);
    assert.equal(result.pairs.filter(p => !p.moved).length, 4);
  });

  it('takes items of any kind with a similarity of the caller\'s (a parity check pairs numbers)', () => {
    const zh = [{ n: 1 }, { n: 2 }, { n: 3 }];
    const en = ['para 1', 'para 3'];
    const result = align(zh, en, { similarity: (a, b) => (b.endsWith(String(a.n)) ? 1 : 0) });
    assert.deepEqual([result.pairs.map(p => [p.left, p.right]), result.deleted], [[[0, 0], [2, 1]], [1]]);
  });

  it('scores one changed word high and a different paragraph low, in both languages', () => {
    assert.ok(textSimilarity('Requests a report within 90 days;', 'Requests a report within 60 days;') > 0.6);
    assert.ok(textSimilarity('Requests a report within 90 days;', 'Decides to remain seized of the matter.') < 0.2);
    assert.ok(textSimilarity('请秘书长在90天内向安理会报告；', '请秘书长在60天内向安理会报告；') > 0.6);
    assert.ok(textSimilarity('请秘书长在90天内向安理会报告；', '决定继续积极处理此案。') < 0.2);
  });
});

describe('comparing revisions', () => {
  for (const language of ['en', 'zh']) {
    it(`reports exactly the inserted, deleted, moved and changed paragraphs and the renumbering (${language})`, () => {
      const result = compare(fixture(`negotiation/rev1-${language}.unres`), fixture(`negotiation/rev2-${language}.unres`));
      assert.deepEqual(summary(result.changes), [
        'moved OP6 OP2',
        'renumbered OP2 OP3',
        'changed OP3 OP4',
        'deleted OP4 -',
        'added - OP5',
        'renumbered OP5 OP6',
      ]);
      const changed = result.changes[2];
      const edits = changed.diff!.filter(p => p.op !== 'equal').map(p => `${p.op} ${p.text}`);
      // by word in English, by character in Chinese
      assert.deepEqual(edits, language === 'en' ? ['delete 90', 'insert 60'] : ['delete 9', 'insert 6']);
      assert.deepEqual(result.citations, { added: ['S/RES/2396 (2017)'], removed: [] });
    });
  }

  it('reports a moved paragraph whose text changed too once, as moved, never also renumbered', () => {
    const earlier = 'The Security Council,\nRecalling its resolutions,\n1. Decides to extend the mandate of the mission until 2027;\n2. Requests the Secretary-General to report every six months on the mission;\n3. Encourages States to support the mission with troops and equipment;\n4. Decides to remain seized.';
    const later = 'The Security Council,\nRecalling its resolutions,\n1. Encourages States to support the mission with troops and police;\n2. Decides to extend the mandate of the mission until 2027;\n3. Requests the Secretary-General to report every six months on the mission;\n4. Decides to remain seized.';
    const result = compare(earlier, later);
    assert.deepEqual(summary(result.changes), ['moved OP3 OP1 changed', 'renumbered OP1 OP2', 'renumbered OP2 OP3']);
  });

  it('never reports a preambular paragraph renumbered, and lists a corrected year as a citation removed and added', () => {
    const earlier = 'The Security Council,\nRecalling its resolution 2195 (2015),\nNoting the report,\n1. Decides to remain seized.';
    const later = 'The Security Council,\nWelcoming the efforts of the Member States,\nRecalling its resolution 2195 (2014),\nNoting the report,\n1. Decides to remain seized.';
    const result = compare(earlier, later);
    assert.deepEqual(summary(result.changes), ['added - PP1', 'changed PP1 PP2']);
    assert.deepEqual(result.citations, { added: ['S/RES/2195 (2014)'], removed: ['S/RES/2195 (2015)'] });
  });

  it('finds nothing between a revision and itself, and reads PDF line breaks as no change', () => {
    const text = fixture('negotiation/rev1-zh.unres');
    assert.deepEqual(compare(text, text).changes, []);
    assert.deepEqual(compare(text, text.replace('提高对保护关键基础设施的认识', '提高对保护关键\n基础设施的认识')).changes, []);
  });

  it('writes a Markdown table with runs of renumbered paragraphs in one row', () => {
    const earlier = 'The Security Council,\n1. Decides one thing;\n2. Decides a second thing entirely;\n3. Requests a third report;\n4. Urges a fourth effort;\n5. Decides to remain seized.';
    const later = 'The Security Council,\n1. Welcomes a brand new initiative of the Council;\n2. Decides one thing;\n3. Decides a second thing entirely;\n4. Requests a third report;\n5. Urges a fourth effort;\n6. Decides to remain seized.';
    const table = formatMarkdown(compare(earlier, later), 'en');
    assert.deepEqual(table.trim().split('\n'), [
      '| Earlier | Later | Change | What |',
      '|---|---|---|---|',
      '|  | OP1 | added | Welcomes a brand new initiative of the Council; |',
      '| OP1–OP5 | OP2–OP6 | renumbered | +1 |',
    ]);
    assert.match(formatText(compare(fixture('negotiation/rev1-en.unres'), fixture('negotiation/rev2-en.unres')), 'en'), /^changed +OP3 +OP4 +….*within \[-90-\]\{\+60\+\} days;$/m);
  });
});
