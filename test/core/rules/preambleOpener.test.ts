import { strict as assert } from 'node:assert';
import { diagnose, fixture, onlyFinding } from '../../helpers';
import { WELL_FORMED_EN, WELL_FORMED_ZH, withLine } from './structureRules.fixtures';

const RULE = 'preamble-opener';

describe(RULE, () => {
  it('flags a Chinese preambular paragraph that opens with a noun', () => {
    const finding = onlyFinding(withLine(WELL_FORMED_ZH, 2, '秘书长的报告已经提交，'), RULE);
    assert.equal(finding.covered, '秘书长的报告已经提交');
    assert.match(finding.message, /而不是“秘书长的报告已经提交”。$/);
    assert.equal(finding.severity, 3);
  });

  it('names the first phrase of the paragraph as it reads, not a slice of the line', () => {
    const finding = onlyFinding(withLine(WELL_FORMED_ZH, 2, '该报\n\n告所述的恐怖主义威胁，'), RULE);
    assert.match(finding.message, /而不是“该报告所述的恐怖主义威胁”。$/);
    assert.equal(finding.covered, '该报\n\n告所述的恐怖主义威胁');
    assert.match(onlyFinding(withLine(WELL_FORMED_EN, 1, 'Further notes with concern the threat,'), RULE, 'en').message, /not “Further notes”\.$/);
  });

  it('recognizes the openers the issue names and the official texts use', () => {
    for (const opener of ['深为关切', '深感关切', '严重关切', '意识到', '深信', '确信', '相信', '决心', '决意', '承认', '感到震惊', '震惊', '痛惜', '念及', '考虑到']) {
      assert.deepEqual(diagnose(withLine(WELL_FORMED_ZH, 2, `${opener}恐怖主义威胁日益严重，`), RULE), [], opener);
    }
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

  it('quotes the first words: up to a clause mark or space, at most 12 Chinese code units, an English word with its adverbs, never half of 𠀀', () => {
    assert.equal(onlyFinding(withLine(WELL_FORMED_ZH, 2, '各国应当合作并且交流，'), RULE).covered, '各国应当合作并且交流');
    assert.equal(onlyFinding(withLine(WELL_FORMED_ZH, 2, '各国应，合作，'), RULE).covered, '各国应');
    assert.equal(onlyFinding(withLine(WELL_FORMED_ZH, 2, '，各国应当合作，'), RULE).covered, '，');
    assert.equal(onlyFinding(withLine(WELL_FORMED_ZH, 2, '各国应当合作并且交流各国应当合作，'), RULE).covered, '各国应当合作并且交流各国');
    assert.equal(onlyFinding(withLine(WELL_FORMED_ZH, 2, '各国应当合作并且交流各𠀀作，'), RULE).covered, '各国应当合作并且交流各𠀀');
    assert.equal(onlyFinding(withLine(WELL_FORMED_ZH, 2, '各国应当合\ud840作，'), RULE).covered, '各国应当合\ud840作');
    assert.equal(onlyFinding(withLine(WELL_FORMED_ZH, 2, '各国应当合作并且交流'), RULE).covered, '各国应当合作并且交流');
    assert.equal(onlyFinding(withLine(WELL_FORMED_EN, 2, 'Antidisestablishmentarianisms abound,'), RULE).covered, 'Antidisestablishmentarianisms');
    assert.equal(onlyFinding(withLine(WELL_FORMED_EN, 2, 'Strongly also further notes abound,'), RULE).covered, 'Strongly also further notes');
    assert.equal(onlyFinding(withLine(WELL_FORMED_EN, 2, 'The situation remains grave,'), RULE).covered, 'The');
  });
});
