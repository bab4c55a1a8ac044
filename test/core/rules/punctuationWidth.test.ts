import { strict as assert } from 'node:assert';
import { applyFix, diagnose, fixture, service } from '../../helpers';
import { WELL_FORMED_ZH } from './structureRules.fixtures';

const RULE = 'punctuation-width';

describe(RULE, () => {
  it('flags half-width , ; : ? in Chinese prose and fixes each to full width', () => {
    const text = '回顾其决议, 重申承诺;请问?注意:';
    const found = diagnose(text, RULE);
    assert.deepEqual(found.map(d => d.covered), [',', ';', '?', ':']);
    assert.equal(found.reduceRight((t, d) => applyFix(t, d), text), '回顾其决议，重申承诺；请问？注意：');
  });

  it('flags full-width marks in English prose', () => {
    const text = 'Recalling its resolutions，reaffirming；';
    assert.equal(diagnose(text, RULE).length, 2);
    assert.equal(applyFix(text, diagnose(text, RULE)[0]), 'Recalling its resolutions, reaffirming；');
  });

  it('leaves numbers, times, URLs and citation brackets alone', () => {
    assert.deepEqual(diagnose('共1,000人，10:30开会，见https://undocs.org/zh/S/RES/2341(2017)，第2341(2017)号决议。', RULE), []);
  });

  it('offers one action that fixes the whole file', () => {
    const text = `${WELL_FORMED_ZH}\n回顾其以往各项决议,重申承诺，认识到责任，表示关切，欢迎报告,注意到进展，强调合作。`;
    const document = service.parse(text);
    const diagnostics = service.getDiagnostics(document)!;
    const first = diagnostics.find(d => d.code === RULE)!;
    const actions = service.getCodeActions(document, 'file:///draft.txt', first.range, diagnostics);
    const fixAll = actions.find(a => /所有/.test(a.title))!;
    assert.equal(fixAll.edit!.changes!['file:///draft.txt'].length, 2);
  });

  it('reports corpus 004 (half-width punctuation from PDF extraction) once, as information, with one fix for all; nothing in corpus 003', () => {
    const text = fixture('corpus-004.txt');
    const found = diagnose(text);
    assert.deepEqual(found.map(d => [d.code, d.severity]), [[RULE, 3]]);
    assert.match(found[0].message, /^本文的标点通篇为半角（网页和 PDF 副本常见）：共 \d+ 处/);
    const fixed = applyFix(text, found[0]);
    assert.deepEqual(diagnose(fixed, RULE), []);
    const halfWidth = (t: string) => t.replace(/[，；：？]/g, m => ({ '，': ',', '；': ';', '：': ':', '？': '?' })[m]!).replace(/ /g, '');
    assert.equal(halfWidth(fixed), halfWidth(text));
    assert.deepEqual(diagnose(fixture('corpus-003.txt'), RULE), []);
  });

  it('reports each slip where most marks are right', () => {
    const text = '回顾其以往各项决议，重申对会员国主权的承诺,认识到其责任，表示关切，欢迎其报告。';
    assert.deepEqual(diagnose(text, RULE).map(d => [d.covered, d.severity]), [[',', 2]]);
  });
});
