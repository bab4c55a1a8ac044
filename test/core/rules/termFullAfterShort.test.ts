import { strict as assert } from 'node:assert';
import { applyFix, diagnose, fixture, onlyFinding } from '../../helpers';

const RULE = 'term-full-after-short';

describe(RULE, () => {
  it('informs about a full name written again after its short form was defined and used; the fix writes the short form', () => {
    const text = '东南亚国家联盟(东盟)与东盟成员国合作，\n东南亚国家联盟还';
    const finding = onlyFinding(text, RULE);
    assert.equal(finding.covered, '东南亚国家联盟');
    assert.equal(finding.range.start.line, 1);
    assert.equal(finding.severity, 3);
    assert.match(finding.message, /第 1 行已定义简称“东盟”并已使用/);
    assert.equal(applyFix(text, finding), '东南亚国家联盟(东盟)与东盟成员国合作，\n东盟还');
  });

  it('reads English drafts', () => {
    const [finding] = diagnose('The Counter-Terrorism Committee Executive Directorate (CTED) and CTED. The Counter-Terrorism Committee Executive Directorate again.', RULE, 'en');
    assert.equal(finding.covered, 'Counter-Terrorism Committee Executive Directorate');
    assert.match(finding.message, /write “CTED” here/);
  });

  it('leaves a full name repeated before the short form is ever used, as corpus 003 does', () => {
    assert.deepEqual(diagnose('与国际移民组织(移民组织)合作，并支持国际移民组织的项目', RULE), []);
  });

  it('is silent without a definition, and on the corpus', () => {
    assert.deepEqual(diagnose('反恐执行局与反恐怖主义委员会执行局', RULE), []);
    assert.deepEqual(diagnose(fixture('corpus-003.txt'), RULE), []);
    assert.deepEqual(diagnose(fixture('corpus-004.txt'), RULE), []);
  });

  it('waits for the short form to be used after the definition: a use before it does not count', () => {
    assert.deepEqual(diagnose('安全理事会，\n请民航组织报告，\n欢迎国际民用航空组织(民航组织)的工作，\n又请国际民用航空组织报告。\n', RULE), []);
    assert.deepEqual(diagnose('安全理事会，\n请国际民用航空组织报告，\n欢迎国际民用航空组织(民航组织)的工作，\n请民航组织报告，\n又请国际民用航空组织报告。\n', RULE).map(d => d.covered),
      ['国际民用航空组织']);
  });
});
