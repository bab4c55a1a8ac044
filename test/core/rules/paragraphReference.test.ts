import { strict as assert } from 'node:assert';
import { diagnose, fixture } from '../../helpers';
import { WELL_FORMED_EN, WELL_FORMED_ZH, withLine } from './structureRules.fixtures';

const RULE = 'paragraph-reference';

describe(RULE, () => {
  it('flags a reference to a paragraph the draft does not have', () => {
    const [finding] = diagnose(withLine(WELL_FORMED_ZH, 4, '2. 请秘书长就上文第12段的执行情况提出报告；'), RULE);
    assert.equal(finding.covered, '12');
    assert.match(finding.message, /只有3段/);
    assert.equal(diagnose(withLine(WELL_FORMED_EN, 4, '2. Requests a report on paragraph 12 above;'), RULE)[0].covered, '12');
  });

  it('accepts references to existing paragraphs and to other documents', () => {
    for (const line of ['2. 请秘书长就上文第1段提出报告；', '2. 请秘书长就第2322(2016)号决议第13段提出报告；', '2. 请秘书长就其报告第40段提出建议；']) {
      assert.deepEqual(diagnose(withLine(WELL_FORMED_ZH, 4, line), RULE), [], line);
    }
    assert.deepEqual(diagnose(withLine(WELL_FORMED_EN, 4, '2. Requests a report on paragraph 13 of resolution 2322 (2016);'), RULE), []);
  });

  it('is silent on well-formed resolutions and on letters citing paragraphs of other resolutions', () => {
    for (const name of ['resolution-zh.unres', 'resolution-en.unres', 'corpus-003.txt']) assert.deepEqual(diagnose(fixture(name), RULE), [], name);
  });

  it('says nothing of references in a resolution that has no operative part yet', () => {
    assert.deepEqual(diagnose('安全理事会，\n回顾上文第5段，\n重申其承诺，\n', RULE), []);
  });
});
