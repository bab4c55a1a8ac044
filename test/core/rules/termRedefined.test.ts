import { strict as assert } from 'node:assert';
import { applyFix, diagnose, fixture, onlyFinding } from '../../helpers';

const RULE = 'term-redefined';

describe(RULE, () => {
  it('warns at a second definition, naming the line of the first', () => {
    const text = '东南亚国家联盟(东盟)会员国，\n东盟和\n东南亚国家联盟(东盟)';
    const finding = onlyFinding(text, RULE);
    assert.equal(finding.covered, '东南亚国家联盟(东盟)');
    assert.equal(finding.range.start.line, 2);
    assert.equal(finding.severity, 2);
    assert.match(finding.message, /“东盟”已在第 1 行定义/);
    assert.equal(applyFix(text, finding), '东南亚国家联盟(东盟)会员国，\n东盟和\n东盟');
  });

  it('counts a definition with another short form or in English as a redefinition', () => {
    assert.equal(diagnose('国际民用航空组织(民航组织)，国际民用航空组织(国际民航组织)', RULE).length, 1);
    assert.match(diagnose('the Association of Southeast Asian Nations (ASEAN) and the Association of Southeast Asian Nations (ASEAN)', RULE, 'en')[0].message, /already defined on line 1/);
  });

  it('is silent on one definition per entity, and on the corpus', () => {
    assert.deepEqual(diagnose('东南亚国家联盟(东盟)与国际民用航空组织(民航组织)', RULE), []);
    assert.deepEqual(diagnose(fixture('corpus-003.txt'), RULE), []);
    assert.deepEqual(diagnose(fixture('corpus-004.txt'), RULE), []);
  });
});
