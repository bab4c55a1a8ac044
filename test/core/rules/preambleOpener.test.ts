import { strict as assert } from 'node:assert';
import { diagnose, fixture, onlyFinding } from '../../helpers';
import { WELL_FORMED_EN, WELL_FORMED_ZH, withLine } from './structureRules.fixtures';

const RULE = 'preamble-opener';

describe(RULE, () => {
  it('flags a Chinese preambular paragraph that opens with a noun', () => {
    const finding = onlyFinding(withLine(WELL_FORMED_ZH, 2, '秘书长的报告已经提交，'), RULE);
    assert.equal(finding.covered, '秘书长的报告');
    assert.equal(finding.severity, 3);
  });

  it('flags an English preambular paragraph that opens with a verb in the indicative', () => {
    assert.equal(diagnose(withLine(WELL_FORMED_EN, 1, 'Recalls its previous resolutions,'), RULE)[0].covered, 'Recalls');
  });

  it('accepts adverbs, 地-adverbs and prepositional openings of official texts', () => {
    for (const line of ['又回顾其决议，', '关切地注意到局势紧张，', '对所有违反协定的行为表示严重关切，', '根据《联合国宪章》第七章采取行动，']) {
      assert.deepEqual(diagnose(withLine(WELL_FORMED_ZH, 2, line), RULE), [], line);
    }
    for (const line of ['Further recalling its resolutions,', 'Mindful of its responsibility,', 'Having considered the report,']) {
      assert.deepEqual(diagnose(withLine(WELL_FORMED_EN, 2, line), RULE), [], line);
    }
  });

  it('reads openers italicized in Markdown', () => {
    assert.deepEqual(diagnose(withLine(WELL_FORMED_EN, 1, '*Recalling* its previous resolutions,'), RULE), []);
    assert.deepEqual(diagnose(withLine(WELL_FORMED_EN, 2, '_Deeply concerned_ by the situation,'), RULE), []);
  });

  it('is silent on well-formed resolutions and on texts that are not resolutions', () => {
    for (const name of ['resolution-zh.unres', 'resolution-en.unres', 'corpus-003.txt', 'corpus-004.txt']) {
      assert.deepEqual(diagnose(fixture(name), RULE), [], name);
    }
  });

  it('quotes the first words: up to a clause mark or space, at most 6 Chinese characters or 24 English ones, never half of 𠀀', () => {
    assert.equal(onlyFinding(withLine(WELL_FORMED_ZH, 2, '各国应当合作并且交流，'), RULE).covered, '各国应当合作');
    assert.equal(onlyFinding(withLine(WELL_FORMED_ZH, 2, '各国应，合作，'), RULE).covered, '各国应');
    assert.equal(onlyFinding(withLine(WELL_FORMED_ZH, 2, '，各国应当合作，'), RULE).covered, '，');
    assert.equal(onlyFinding(withLine(WELL_FORMED_ZH, 2, '各国应当合𠀀作，'), RULE).covered, '各国应当合𠀀');
    assert.equal(onlyFinding(withLine(WELL_FORMED_ZH, 2, '各国应当合\ud840作，'), RULE).covered, '各国应当合\ud840');
    assert.equal(onlyFinding(withLine(WELL_FORMED_ZH, 2, '各国应当合作并且交流'), RULE).covered, '各国应当合作');
    assert.equal(onlyFinding(withLine(WELL_FORMED_EN, 2, 'Antidisestablishmentarianisms abound,'), RULE).covered, 'Antidisestablishmentaria');
    assert.equal(onlyFinding(withLine(WELL_FORMED_EN, 2, 'The situation remains grave,'), RULE).covered, 'The');
  });
});
