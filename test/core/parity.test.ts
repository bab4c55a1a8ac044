// Parity of a Chinese and an English text on strings: the pair written for the tests (test/fixtures/
// parity: `agreed` says the same in both languages, `mandate` has one planted mismatch of each kind),
// and the reading of figures, dates and citations that must not raise a false mismatch.
import { strict as assert } from 'node:assert';
import { fixture, service } from '../helpers';

const URIS = { leftUri: 'file:///drafts/a.zh.unres', rightUri: 'file:///drafts/a.en.unres' };

function compare(zh: string, en: string) {
  return service.compareParity(service.parse(zh), service.parse(en));
}

/** kind, section, label on each side and the values each side has that the other lacks. */
function mismatches(zh: string, en: string): string[] {
  return compare(zh, en).mismatches.map(m => `${m.kind} ${m.left.label ?? '-'}:${m.left.values.join('|')} ${m.right.label ?? '-'}:${m.right.values.join('|')}`);
}

const zhDraft = (...paragraphs: string[]) => `安全理事会，\n\n${paragraphs.join('\n\n')}\n`;
const enDraft = (...paragraphs: string[]) => `The Security Council,\n\n${paragraphs.join('\n\n')}\n`;

describe('parity of the Chinese and English texts', () => {
  it('finds nothing in a pair that says the same', () => {
    const comparison = compare(fixture('parity/agreed.zh.unres'), fixture('parity/agreed.en.unres'));
    assert.deepEqual(comparison.counts, { left: { PP: 5, OP: 5 }, right: { PP: 5, OP: 5 } });
    assert.deepEqual(comparison.mismatches, []);
  });

  it('finds the one planted mismatch of each kind, a missing paragraph shifting nothing after it', () => {
    const zh = fixture('parity/mandate.zh.unres');
    const en = fixture('parity/mandate.en.unres');
    assert.deepEqual(mismatches(zh, en), [
      'symbols PP3:S/2018/922 PP3:S/2018/292',
      'paragraph PP4:关切地注意到安全局势依然脆弱， -:',
      'figures OP1:12 OP1:18',
      'dates OP2:2019-06-15 OP2:2020-06-15',
      'subItems OP2:(a)|(b)|(c) OP2:(a)|(b)',
      'citations OP3:2399 (2018) OP3:2399 (2017)',
    ]);
    // The English PP4 (Recognizing…) is paired with the Chinese PP5 (认识到…), not with the PP4 it lacks.
    assert.deepEqual(compare(zh, en).counts, { left: { PP: 5, OP: 5 }, right: { PP: 4, OP: 5 } });
  });

  it('puts each mismatch on both texts, with the other\'s version in the message and a link to its place', () => {
    const zh = service.parse(fixture('parity/mandate.zh.unres'));
    const en = service.parse(fixture('parity/mandate.en.unres'));
    const { left, right } = service.getParityDiagnostics(zh, en, { ...URIS, messageLanguage: 'zh' });
    assert.equal(left.length, 6);
    assert.equal(right.length, 6);
    assert.ok([...left, ...right].every(d => d.code === 'parity-mismatch' && d.severity === 2 && d.source === 'resolint'));
    const figures = left.find(d => d.message.includes('数字'))!;
    assert.equal(figures.message, 'OP1 的数字与英文本 OP1 不一致：本文本 12，英文本 18。');
    assert.equal(zh.text.slice(zh.lines.offsetAt(figures.range.start), zh.lines.offsetAt(figures.range.end)), '12');
    const related = figures.relatedInformation![0];
    assert.equal(related.location.uri, URIS.rightUri);
    assert.equal(en.text.slice(en.lines.offsetAt(related.location.range.start), en.lines.offsetAt(related.location.range.end)), '18');
    const english = service.getParityDiagnostics(zh, en, { ...URIS, messageLanguage: 'en' }).right;
    assert.ok(english.some(d => d.message.startsWith('PP4 of the Chinese text has no counterpart here (preambular paragraphs: 4 here, 5 in the Chinese text): “关切地注意到')));
    assert.ok(english.some(d => d.message === 'OP2 has other dates than OP2 of the Chinese text: here 15 June 2020; there 15 June 2019.'));
    const missing = english.find(d => d.message.startsWith('PP4 of the Chinese text'))!;
    assert.equal(missing.relatedInformation![0].location.uri, URIS.leftUri);
  });

  it('reads figures and dates alike in both languages: separators, months, days, articles in Chinese numerals', () => {
    assert.deepEqual(mismatches(
      zhDraft('1. 吁请各方确保已部署的3000名人员在2017年12月和12月31日之前的安全，并遵守《宪章》第四十一条；'),
      enDraft('1. Calls upon all parties to ensure the safety of the 3,000 personnel deployed in December 2017 and until 31 December, and to abide by Article 41 of the Charter;'),
    ), []);
    assert.deepEqual(mismatches(zhDraft('1. 吁请在2017年12月之前部署；'), enDraft('1. Calls for deployment before November 2017;')), ['dates OP1:2017-12 OP1:2017-11']);
  });

  it('does not read a year-less citation as another resolution, nor the number of a committee named after one', () => {
    assert.deepEqual(mismatches(
      zhDraft('回顾第1373号决议和1267委员会的工作，'),
      enDraft('Recalling resolution 1373 (2001) and the work of the 1267 (1999) Committee,'),
    ), []);
    assert.deepEqual(mismatches(zhDraft('回顾第1373号决议，'), enDraft('Recalling resolution 1373 (2001) and resolution 1540 (2004),')), ['citations PP1: PP1:1540 (2004)']);
  });

  it('reports a paragraph the English lacks where it would stand, and one the Chinese lacks', () => {
    const zh = zhDraft('回顾第2341(2017)号决议，', '1. 决定延长12个月；', '2. 请秘书长在2019年6月15日之前提交报告；', '3. 决定继续积极处理此案。');
    const en = enDraft('Recalling resolution 2341 (2017),', '1. Decides to extend for 12 months;', '2. Decides to remain actively seized of the matter.');
    const comparison = compare(zh, en);
    assert.deepEqual(comparison.mismatches.map(m => `${m.kind} ${m.left.label} ${m.right.label}`), ['paragraph OP2 null']);
    const english = service.parse(en);
    const place = comparison.mismatches[0].right.range;
    assert.equal(english.text.slice(place.start, place.end), '1. Decides to extend for 12 months;');
    assert.deepEqual(compare(en, zh).mismatches.map(m => `${m.kind} ${m.left.label} ${m.right.label}`), ['paragraph null OP2']);
  });

  it('pairs paragraphs by content up to 500 on a side, by position past that (a hostile file stays linear)', () => {
    const zh = (n: number, from = 0) => zhDraft(...Array.from({ length: n - from }, (_, i) => `${i + 1}. 决定延长${i + from + 1}天；`));
    const en = (n: number, from = 0) => enDraft(...Array.from({ length: n - from }, (_, i) => `${i + 1}. Decides to extend for ${i + from + 1} days;`));
    assert.deepEqual(compare(zh(400), en(400)).mismatches, []);
    assert.deepEqual(compare(zh(400), en(400, 1)).mismatches.map(m => `${m.kind} ${m.left.label}`), ['paragraph OP1']);
    assert.deepEqual(compare(zh(600), en(600)).mismatches, []);
    const shifted = compare(zh(600), en(600, 1)).mismatches;
    assert.equal(shifted.filter(m => m.kind === 'figures').length, 599);
  });

  it('compares empty texts and a text with itself without a finding', () => {
    assert.deepEqual(compare('', '').mismatches, []);
    const text = fixture('resolution-zh.unres');
    assert.deepEqual(compare(text, text).mismatches, []);
  });
});
