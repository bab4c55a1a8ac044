import { strict as assert } from 'node:assert';
import { diagnose, fixture } from '../../helpers';
import { WELL_FORMED_EN, WELL_FORMED_ZH, withLine } from './structureRules.fixtures';

const RULE = 'operative-opener';

describe(RULE, () => {
  it('flags an operative paragraph without an operative verb', () => {
    const [finding] = diagnose(withLine(WELL_FORMED_ZH, 4, '2. 秘书长应提出报告；'), RULE);
    assert.equal(finding.covered, '秘书长应提出报告');
    assert.match(finding.message, /第2段/);
  });

  it('flags an English operative paragraph opening with a participle', () => {
    assert.equal(diagnose(withLine(WELL_FORMED_EN, 4, '2. Requesting the Secretary-General to report;'), RULE)[0].covered, 'Requesting');
  });

  it('accepts adverbs before the verb', () => {
    assert.deepEqual(diagnose(withLine(WELL_FORMED_ZH, 4, '2. 还请秘书长提出报告；'), RULE), []);
    assert.deepEqual(diagnose(withLine(WELL_FORMED_EN, 4, '2. Further requests the Secretary-General to report;'), RULE), []);
    assert.deepEqual(diagnose(withLine(WELL_FORMED_EN, 4, '2. Strongly condemns all attacks;'), RULE), []);
  });

  it('is silent on well-formed resolutions and on the corpus', () => {
    for (const name of ['resolution-zh.unres', 'resolution-en.unres', 'corpus-003.txt', 'corpus-004.txt']) {
      assert.deepEqual(diagnose(fixture(name), RULE), [], name);
    }
  });
});
