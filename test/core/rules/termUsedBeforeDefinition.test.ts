import { strict as assert } from 'node:assert';
import { applyFix, diagnose, fixture, onlyFinding } from '../../helpers';

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
});
