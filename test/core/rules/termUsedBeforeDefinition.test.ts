import { strict as assert } from 'node:assert';
import { applyFix, diagnose, fixture, onlyFinding, fixActions, service } from '../../helpers';

const RULE = 'term-used-before-definition';

describe(RULE, () => {
  it('warns about a short form used before the draft defines it, with the line of the definition', () => {
    const text = '请反恐执行局提交报告，\n又请反恐怖主义委员会执行局(反恐执行局)继续。\n反恐执行局还应';
    const finding = onlyFinding(text, RULE);
    assert.equal(finding.covered, '反恐执行局');
    assert.equal(finding.range.start.line, 0);
    assert.equal(finding.severity, 2);
    assert.match(finding.message, /在第 2 行定义之前已经使用/);
  });

  it('moves the definition to the first use with its fix', () => {
    const text = '请反恐执行局提交报告，又请反恐怖主义委员会执行局(反恐执行局)继续。';
    assert.equal(applyFix(text, diagnose(text, RULE)[0]), '请反恐怖主义委员会执行局(反恐执行局)提交报告，又请反恐执行局继续。');
  });

  it('speaks English, and reads English definitions', () => {
    const [finding] = diagnose('CTED reported. The Counter-Terrorism Committee Executive Directorate (CTED) was', RULE, 'en');
    assert.equal(finding.covered, 'CTED');
    assert.match(finding.message, /is used before the draft defines it on line 1/);
  });

  it('is silent inside a longer name, inside the full name of the definition, and after the definition', () => {
    assert.deepEqual(diagnose('反恐怖主义委员会执行局的工作；反恐委员会执行局(反恐执行局)继续，反恐委员会也', RULE), []);
    assert.deepEqual(diagnose('国际民用航空组织(国际民航组织)与国际民航组织', RULE), []);
  });

  it('finds nothing in the corpus', () => {
    assert.deepEqual(diagnose(fixture('corpus-003.txt'), RULE), []);
    assert.deepEqual(diagnose(fixture('corpus-004.txt'), RULE), []);
  });

  it('counts only uses of the short form defined: not the full name, not another short form', () => {
    assert.deepEqual(diagnose('安全理事会，\n请国际民用航空组织报告，\n欢迎国际民用航空组织(民航组织)的工作。\n', RULE), []);
    assert.deepEqual(diagnose('安全理事会，\n请国际民航组织报告，\n欢迎国际民用航空组织(民航组织)的工作。\n', RULE), []);
  });

  it('gives the fix to the first early use only', () => {
    const text = '安全理事会，\n请民航组织报告，\n又请民航组织报告，\n欢迎国际民用航空组织(民航组织)的工作。\n';
    const document = service.parse(text);
    const found = (service.getDiagnostics(document) ?? []).filter(d => d.code === RULE);
    assert.equal(found.length, 2);
    assert.deepEqual(found.map(d => fixActions(document, 'file:///d.unres', d.range, [d]).length), [1, 0]);
    assert.equal(applyFix(text, found[0]), '安全理事会，\n请国际民用航空组织(民航组织)报告，\n又请民航组织报告，\n欢迎民航组织的工作。\n');
  });

  it('writes the definition on one line, as the draft wrote it, whatever line breaks PDF extraction left in it', () => {
    const titleOf = (text: string) => {
      const document = service.parse(text);
      const [finding] = (service.getDiagnostics(document, { messageLanguage: 'en' }) ?? []).filter(d => d.code === RULE);
      return fixActions(document, 'file:///d.unres', finding.range, [finding], { messageLanguage: 'en' })[0].title;
    };
    assert.equal(titleOf('安全理事会，\n请民航组织报告，\n欢迎国际民用航空\n组织(民航组织)的工作，\n'), 'Define it at its first use: 国际民用航空组织(民航组织)');
    assert.equal(titleOf('The Security Council,\nRequests ICAO to report,\nWelcomes the work of the International Civil  \n  Aviation Organization (ICAO),\n'),
      'Define it at its first use: International Civil Aviation Organization (ICAO)');
    assert.equal(titleOf('The Security Council,\r\nRequests ICAO to report,\r\nWelcomes the work of the International Civil\r\nAviation Organization (ICAO),\r\n'),
      'Define it at its first use: International Civil Aviation Organization (ICAO)');
    assert.equal(titleOf('安全理事会，\n请1540委员会报告，\n欢迎第1540(2004)\n号决议所设委员会(1540委员会)的工作，\n'), 'Define it at its first use: 第1540(2004)号决议所设委员会(1540委员会)');
    assert.equal(titleOf('The Security Council,\nRequests the CTC to report,\nWelcomes the work of the Counter-\nTerrorism Committee (CTC),\n'),
      'Define it at its first use: Counter-Terrorism Committee (CTC)');
  });
});
