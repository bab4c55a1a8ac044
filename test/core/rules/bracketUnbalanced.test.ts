import { strict as assert } from 'node:assert';
import { diagnose, fixture, onlyFinding, service } from '../../helpers';

const RULE = 'bracket-unbalanced';

describe(RULE, () => {
  it('is an error on an opening bracket never closed, pointing at the end of the text it takes in', () => {
    const text = 'The Security Council,\nRecalling its resolutions,\n1. Decides [to extend the mandate;\n2. Decides to remain seized.';
    const document = service.parse(text);
    const [diagnostic] = service.getDiagnostics(document, { uri: 'file:///d.unres' })!.filter(d => d.code === RULE);
    assert.equal(diagnostic.severity, 1);
    assert.equal(document.lines.offsetAt(diagnostic.range.start), text.indexOf('['));
    const [reach] = diagnostic.relatedInformation!;
    assert.equal(reach.location.uri, 'file:///d.unres');
    assert.equal(document.lines.offsetAt(reach.location.range.start), text.length);
    assert.match(diagnostic.message, /never closed/);
  });

  it('is an error on a closing bracket never opened, pointing at the start of the text, in Chinese too', () => {
    const text = '安全理事会，\n回顾其各项决议，\n1. 决定延长任务期限]；\n2. 决定继续积极处理此案。';
    const finding = onlyFinding(text, RULE);
    assert.equal(finding.covered, ']');
    assert.match(finding.message, /没有对应的左方括号/);
    const document = service.parse(text);
    const [diagnostic] = service.getDiagnostics(document, { uri: 'file:///d.unres' })!.filter(d => d.code === RULE);
    assert.equal(document.lines.offsetAt(diagnostic.relatedInformation![0].location.range.start), '安全理事会，'.length);
  });

  it('is silent on balanced drafts, nested and spanning paragraphs, and on texts that are no resolutions', () => {
    for (const name of ['negotiation/brackets-en.unres', 'negotiation/brackets-zh.unres', 'resolution-zh.unres', 'corpus-003.txt']) {
      assert.deepEqual(diagnose(fixture(name), RULE), [], name);
    }
  });
});
