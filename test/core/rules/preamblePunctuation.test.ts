import { strict as assert } from 'node:assert';
import { applyFix, diagnose, fixture, onlyFinding } from '../../helpers';
import { WELL_FORMED_EN, WELL_FORMED_ZH, withLine } from './structureRules.fixtures';

const RULE = 'preamble-punctuation';

describe(RULE, () => {
  it('flags a preambular paragraph ending with ； and fixes it to ，', () => {
    const text = withLine(WELL_FORMED_ZH, 1, '回顾其以往各项决议；');
    const [finding] = diagnose(text, RULE);
    assert.equal(finding.covered, '；');
    assert.equal(applyFix(text, finding), WELL_FORMED_ZH);
  });

  it('appends the missing comma, in English too', () => {
    const zh = withLine(WELL_FORMED_ZH, 2, '重申对会员国主权的承诺');
    assert.equal(applyFix(zh, diagnose(zh, RULE)[0]), WELL_FORMED_ZH);
    const en = withLine(WELL_FORMED_EN, 2, 'Deeply concerned by the situation');
    assert.equal(applyFix(en, diagnose(en, RULE)[0]), WELL_FORMED_EN);
  });

  it('reads a line without final punctuation as going on in the next one: a line break typed inside a paragraph makes no two of it', () => {
    assert.deepEqual(diagnose(withLine(WELL_FORMED_EN, 1, 'Recalling its previous\nresolutions,'), RULE), []);
    assert.deepEqual(diagnose(withLine(WELL_FORMED_ZH, 1, '回顾其以往\n\n各项决议，'), RULE), []);
  });

  it('keeps an astral last character whole in the range', () => {
    const text = withLine(WELL_FORMED_ZH, 2, '重申对会员国主权的承诺𠀀');
    assert.equal(diagnose(text, RULE)[0].covered, '𠀀');
  });

  it('leaves a half-width comma to punctuation-width', () => {
    const text = withLine(WELL_FORMED_ZH, 1, '回顾其以往各项决议,');
    assert.deepEqual(diagnose(text, RULE), []);
    assert.equal(diagnose(text, 'punctuation-width').length, 1);
  });

  it('is silent on well-formed resolutions and on the corpus', () => {
    for (const name of ['resolution-zh.unres', 'resolution-en.unres', 'corpus-003.txt', 'corpus-004.txt']) {
      assert.deepEqual(diagnose(fixture(name), RULE), [], name);
    }
  });

  it('shows the finding on the last character, an astral one whole, a lone low surrogate alone', () => {
    assert.equal(onlyFinding(withLine(WELL_FORMED_ZH, 2, '重申对会员国主权的承诺𠀀'), RULE).covered, '𠀀');
    assert.equal(onlyFinding(withLine(WELL_FORMED_ZH, 2, '重申对会员国主权的承诺\udc00'), RULE).covered, '\udc00');
    assert.equal(onlyFinding(withLine(WELL_FORMED_ZH, 2, '重申对会员国主权的承诺'), RULE).covered, '诺');
    assert.equal(onlyFinding(withLine(WELL_FORMED_ZH, 2, '重申对会员国主权的承\ud840诺'), RULE).covered, '诺');
  });
});
