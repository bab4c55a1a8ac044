import { strict as assert } from 'node:assert';
import { applyFix, diagnose, fixture } from '../../helpers';
import { WELL_FORMED_EN, WELL_FORMED_ZH, withLine } from './structureRules.fixtures';

const RULE = 'operative-punctuation';

describe(RULE, () => {
  it('wants ； on every operative paragraph but the last', () => {
    const text = withLine(WELL_FORMED_ZH, 3, '1. 决定延长任务期限。');
    const [finding] = diagnose(text, RULE);
    assert.equal(finding.covered, '。');
    assert.equal(applyFix(text, finding), WELL_FORMED_ZH);
  });

  it('wants 。 on the last, and . in English', () => {
    const zh = withLine(WELL_FORMED_ZH, 5, '3. 决定继续积极处理此案；');
    assert.match(diagnose(zh, RULE)[0].message, /最后一个执行段落/);
    assert.equal(applyFix(zh, diagnose(zh, RULE)[0]), WELL_FORMED_ZH);
    const en = withLine(WELL_FORMED_EN, 5, '3. Decides to remain actively seized of the matter');
    assert.equal(applyFix(en, diagnose(en, RULE)[0]), WELL_FORMED_EN);
  });

  it('reads the end of a paragraph with sub-items at its last sub-item', () => {
    const text = withLine(WELL_FORMED_ZH, 4, '2. 请秘书长：\n(a) 提出报告；\n(b) 通报情况；');
    assert.deepEqual(diagnose(text, RULE), []);
  });

  it('is silent on well-formed resolutions and on the corpus', () => {
    for (const name of ['resolution-zh.unres', 'resolution-en.unres', 'corpus-003.txt', 'corpus-004.txt']) {
      assert.deepEqual(diagnose(fixture(name), RULE), [], name);
    }
  });
});
