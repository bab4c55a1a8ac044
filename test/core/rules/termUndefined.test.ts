import { strict as assert } from 'node:assert';
import { applyFix, diagnose, fixture, fixActions, service } from '../../helpers';

const RULE = 'term-undefined';

describe(RULE, () => {
  it('hints once, at the first use, about a short form the draft never defines', () => {
    const findings = diagnose('请反恐执行局提交报告，反恐执行局还应', RULE);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].covered, '反恐执行局');
    assert.equal(findings[0].severity, 4);
    assert.match(findings[0].message, /没有定义简称“反恐执行局”（全称：反恐怖主义委员会执行局）/);
  });

  it('defines it there with its fix, in the draft\'s language', () => {
    const zh = '请反恐执行局提交报告';
    assert.equal(applyFix(zh, diagnose(zh, RULE)[0]), '请反恐怖主义委员会执行局(反恐执行局)提交报告');
    const en = 'Requests CTED to report';
    const [finding] = diagnose(en, RULE, 'en');
    assert.match(finding.message, /never defines “CTED” \(Counter-Terrorism Committee Executive Directorate\)/);
    assert.equal(applyFix(en, finding), 'Requests Counter-Terrorism Committee Executive Directorate (CTED) to report');
  });

  it('is silent on the organ the title line of a resolution names', () => {
    assert.deepEqual(diagnose('安全理事会，\n\n回顾安理会以往各项决议，\n\n1. 决定继续积极处理此案。', RULE), []);
    assert.equal(diagnose('回顾安理会以往各项决议，', RULE)[0].covered, '安理会');
    assert.deepEqual(diagnose('安全理事会，\n\n回顾安理会以往各项决议，\n\n1. 请反恐执行局提交报告。', RULE).map(d => d.covered), ['反恐执行局']);
  });

  it('is silent on defined short forms, full names, and short forms that refer back to a full name', () => {
    assert.deepEqual(diagnose('国际民用航空组织(民航组织)与民航组织', RULE), []);
    assert.deepEqual(diagnose('反恐怖主义委员会执行局', RULE), []);
    assert.deepEqual(diagnose('根据《联合国宪章》第七章，并根据《宪章》第四十一条', RULE), []);
  });

  it('takes a Title Case name before a known short form that is no initialism as its definition', () => {
    const text = 'Noting the role of the International Criminal Police Organization (INTERPOL),\n1. Requests INTERPOL to assist;';
    assert.deepEqual(diagnose(text, RULE), []);
    const [definition] = service.parse(text).terms.definitions;
    assert.equal(text.slice(definition.full.range.start, definition.full.range.end), 'International Criminal Police Organization');
    assert.ok(definition.novel, 'a name the glossary lacks can be added to the workspace glossary');
    assert.equal(service.parse('Noting the International Criminal Police Organization (INTERPOL),').terms.definitions[0].full.form,
      'International Criminal Police Organization');
  });

  it('only hints at the well-known short forms official texts leave undefined in corpus 003', () => {
    assert.deepEqual(diagnose(fixture('corpus-003.txt'), RULE).map(d => [d.covered, d.severity]), [['安理会', 4], ['反恐执行局', 4], ['伊黎伊斯兰国(达伊沙)', 4]]);
    assert.deepEqual(diagnose(fixture('corpus-004.txt'), RULE), []);
  });

  it('hints at the short form, not at a full name written before it; an apposition gets no mechanical fix', () => {
    const [finding] = diagnose('请反恐怖主义委员会执行局和反恐执行局合作', RULE);
    assert.equal(finding.covered, '反恐执行局');
    const apposition = '安全理事会，\n谴责伊黎伊斯兰国(达伊沙)的行径，\n';
    const document = service.parse(apposition);
    const [hint] = (service.getDiagnostics(document) ?? []).filter(d => d.code === RULE);
    assert.equal(hint.message, '本文件没有定义简称“伊黎伊斯兰国(达伊沙)”（全称：伊拉克和黎凡特伊斯兰国）：简称应在首次出现时以“全称(简称)”定义。');
    assert.deepEqual(fixActions(document, 'file:///d.unres', hint.range, [hint]), []);
  });

  it('lets the title line define its organ, only its own: 大会， names no Security Council', () => {
    assert.deepEqual(diagnose('安全理事会，\n请安理会继续处理此案。\n', RULE), []);
    assert.equal(diagnose('大会，\n回顾安全理事会的决定，\n请安理会继续处理此案。\n', RULE)[0]?.covered, '安理会');
  });
});
