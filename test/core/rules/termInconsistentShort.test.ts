import { strict as assert } from 'node:assert';
import { applyFix, diagnose, fixture, onlyFinding } from '../../helpers';

const RULE = 'term-inconsistent-short';

describe(RULE, () => {
  it('warns when a draft defines 民航组织, uses it, then writes 国际民航组织; the fix writes the defined form', () => {
    const text = '欢迎国际民用航空组织(民航组织)的工作，\n请民航组织继续，\n又请国际民航组织提交报告。';
    const finding = onlyFinding(text, RULE);
    assert.equal(finding.covered, '国际民航组织');
    assert.equal(finding.range.start.line, 2);
    assert.equal(finding.severity, 2);
    assert.match(finding.message, /同一机构在本文件中有两种简称：第 1 行起使用“民航组织”，此处写作“国际民航组织”/);
    assert.equal(applyFix(text, finding), text.replace('又请国际民航组织', '又请民航组织'));
  });

  it('takes the first short form used when the draft defines none', () => {
    const findings = diagnose('难民署与联合国难民署和难民署', RULE, 'en');
    assert.deepEqual(findings.map(f => f.covered), ['联合国难民署']);
    assert.match(findings[0].message, /the draft uses “难民署” from line 1/);
  });

  it('compares Chinese and English short forms apart, and an apposition by its lead name', () => {
    assert.deepEqual(diagnose('国际民用航空组织(民航组织)与 ICAO 和民航组织', RULE), []);
    assert.deepEqual(diagnose('伊拉克和黎凡特伊斯兰国(伊黎伊斯兰国，又称达伊沙)和伊黎伊斯兰国(达伊沙)', RULE), []);
  });

  it('is silent on one short form, and on the corpus', () => {
    assert.deepEqual(diagnose('东南亚国家联盟(东盟)与东盟', RULE), []);
    assert.deepEqual(diagnose(fixture('corpus-003.txt'), RULE), []);
    assert.deepEqual(diagnose(fixture('corpus-004.txt'), RULE), []);
  });

  it('compares Chinese and English short forms apart: 民航组织 and ICAO are one entity, not two short forms', () => {
    assert.deepEqual(diagnose('安全理事会，\n请民航组织和 ICAO 合作，\n又请民航组织报告。\n', RULE), []);
  });

  it('without a definition, the first short form used is the right one; with one, the defined form, even when used later', () => {
    const undefinedFirst = diagnose('安全理事会，\n请民航组织报告，\n又请国际民航组织报告。\n', RULE);
    assert.deepEqual(undefinedFirst.map(d => d.covered), ['国际民航组织']);
    const definedLater = '安全理事会，\n请国际民航组织报告，\n欢迎国际民用航空组织(民航组织)的工作。\n';
    const found = diagnose(definedLater, RULE);
    assert.deepEqual(found.map(d => d.covered), ['国际民航组织']);
    assert.equal(applyFix(definedLater, found[0]), '安全理事会，\n请民航组织报告，\n欢迎国际民用航空组织(民航组织)的工作。\n');
  });
});
