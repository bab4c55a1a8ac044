import { strict as assert } from 'node:assert';
import { diagnose, fixture, service } from '../../helpers';

const RULE = 'proposal-tag-left';

describe(RULE, () => {
  it('reports each delegation tag and agreed mark, with its paragraph label', () => {
    const found = diagnose(fixture('negotiation/brackets-en.unres'), RULE);
    assert.deepEqual(found.map(d => d.covered), ['(US)', '(RU)', '(CN, FR)', '(RU: delete)', '(agreed ad ref)']);
    assert.equal(found[3].message, 'OP2: the negotiation tag “(RU: delete)” is still in the text.');
    assert.ok(found.every(d => d.severity === 3));
    const zh = diagnose(fixture('negotiation/brackets-zh.unres'), RULE);
    assert.deepEqual(zh.map(d => d.covered), ['(美国)', '(俄罗斯联邦)', '(CN、FR)', '(RU：删除)', '(暂时商定)']);
  });

  it('is a warning at the final stage', () => {
    const document = service.parse('The Security Council,\nRecalling its resolutions,\n1. Decides to extend the mandate (US);');
    const [finding] = service.getDiagnostics(document, { stage: 'final' })!.filter(d => d.code === RULE);
    assert.equal(finding.severity, 2);
  });

  it('takes United States (US) for a definition, not a tag', () => {
    assert.deepEqual(diagnose('The Security Council,\nWelcoming the offer of the United States (US),\n1. Decides to remain seized.', RULE), []);
  });
});
