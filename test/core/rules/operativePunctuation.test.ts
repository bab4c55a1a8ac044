import { strict as assert } from 'node:assert';
import { applyFix, diagnose, fixture, onlyFinding } from '../../helpers';
import { WELL_FORMED_EN, WELL_FORMED_ZH, withLine } from './structureRules.fixtures';

const RULE = 'operative-punctuation';

describe(RULE, () => {
  it('wants ； on every operative paragraph but the last', () => {
    const text = withLine(WELL_FORMED_ZH, 3, '1. 决定延长任务期限。');
    const [finding] = diagnose(text, RULE);
    assert.equal(finding.covered, '。');
    assert.equal(applyFix(text, finding), WELL_FORMED_ZH);
  });

  it('does not take ， for the end of an operative paragraph: 1. 决定延长任务期限， gets ； (issue 9)', () => {
    const text = withLine(WELL_FORMED_ZH, 3, '1. 决定延长任务期限，');
    const found = diagnose(text, RULE);
    assert.deepEqual(found.map(d => [d.covered, d.severity, d.message]), [['，', 2, '执行段落（第1段）应以“；”结尾。']]);
    assert.equal(applyFix(text, found[0]), WELL_FORMED_ZH);
    // Nor a half-width comma, nor for the last paragraph, nor in English.
    assert.equal(applyFix(withLine(WELL_FORMED_ZH, 3, '1. 决定延长任务期限,'), onlyFinding(withLine(WELL_FORMED_ZH, 3, '1. 决定延长任务期限,'), RULE)), WELL_FORMED_ZH);
    const last = withLine(WELL_FORMED_ZH, 5, '3. 决定继续积极处理此案，');
    assert.equal(onlyFinding(last, RULE).message, '最后一个执行段落（第3段）应以“。”结尾。');
    const en = withLine(WELL_FORMED_EN, 3, '1. Decides to extend the mandate,');
    assert.equal(onlyFinding(en, RULE, 'en').message, 'Operative paragraph (1) ends with “;”.');
    assert.equal(applyFix(en, onlyFinding(en, RULE)), WELL_FORMED_EN);
  });

  it('accepts ; for ； and . for the last in English, and a half-width ; in Chinese (its width is punctuation-width\'s)', () => {
    assert.deepEqual(diagnose(WELL_FORMED_EN, RULE), []);
    assert.deepEqual(diagnose(withLine(WELL_FORMED_ZH, 3, '1. 决定延长任务期限;'), RULE), []);
    assert.equal(onlyFinding(withLine(WELL_FORMED_ZH, 5, '3. 决定继续积极处理此案.'), RULE).covered, '.');
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
