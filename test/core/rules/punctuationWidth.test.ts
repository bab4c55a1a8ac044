import { strict as assert } from 'node:assert';
import { applyFix, diagnose, fixture, service } from '../../helpers';

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
    const text = fixture('corpus-004.txt');
    const document = service.parse(text);
    const diagnostics = service.getDiagnostics(document)!;
    const first = diagnostics.find(d => d.code === RULE)!;
    const actions = service.getCodeActions(document, 'file:///004.txt', first.range, diagnostics);
    const fixAll = actions.find(a => /所有/.test(a.title))!;
    assert.equal(fixAll.edit!.changes!['file:///004.txt'].length, diagnostics.filter(d => d.code === RULE).length);
  });

  it('reports corpus 004 (half-width punctuation from PDF extraction) and only for width; nothing in corpus 003', () => {
    const codes = new Set(diagnose(fixture('corpus-004.txt')).map(d => d.code));
    assert.deepEqual([...codes], [RULE]);
    assert.deepEqual(diagnose(fixture('corpus-003.txt'), RULE), []);
  });
});
