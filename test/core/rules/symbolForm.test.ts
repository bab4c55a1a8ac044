import { strict as assert } from 'node:assert';
import { applyFix, diagnose, onlyFinding, service } from '../../helpers';

const RULE = 'symbol-form';

describe(RULE, () => {
  it('deletes a space typed inside a symbol on one line, before or after a slash', () => {
    for (const [wrong, right] of [
      ['注意到秘书长的报告(S /2017/375)，', '注意到秘书长的报告(S/2017/375)，'],
      ['Taking note of S/PRST/ 2017/1,', 'Taking note of S/PRST/2017/1,'],
      ['Taking note of A/72/L. 62,', 'Taking note of A/72/L.62,'],
    ]) {
      const finding = onlyFinding(wrong, RULE, 'zh');
      assert.equal(finding.severity, 2);
      assert.match(finding.message, /文号中间不应有空格：应写作“[^”]+”。/);
      assert.equal(applyFix(wrong, finding), right);
      assert.deepEqual(diagnose(right, RULE), []);
    }
  });

  it('never reports a line break inside a symbol: PDF extraction makes them', () => {
    assert.deepEqual(diagnose('注意到秘书长的报告(S/2017/\n375)和S/PRST/2017/\r\n1号主席声明，', RULE), []);
    assert.deepEqual(diagnose('Taking note of S /\n2017/375 and A/72/L.\n62,', RULE), []);
    // A page break of a PDF between the two halves: page number and job number left out by the view.
    const paged = '注意到秘书长的报告(S/2017/\n\n3/12\n\n17-23064 (C)\n\n375)和其他文件，';
    assert.deepEqual(diagnose(paged, RULE), []);
    assert.deepEqual(service.parse(paged).symbols.map(s => s.symbol), ['S/2017/375']);
  });

  it('writes a two-digit year in full where one year is possible: 17 is 2017, 95 is 1995', () => {
    const text = '回顾第S/PRST/17/1号主席声明，';
    const finding = onlyFinding(text, RULE, 'en');
    assert.equal(finding.message, 'The year of a document symbol is written in full: S/PRST/2017/1.');
    assert.equal(finding.covered, '17');
    assert.equal(applyFix(text, finding), '回顾第S/PRST/2017/1号主席声明，');
    assert.equal(applyFix('Noting S/95/12,', onlyFinding('Noting S/95/12,', RULE)), 'Noting S/1995/12,');
  });

  it('reports a two-digit year that no year fits, without a fix', () => {
    const finding = onlyFinding('Noting S/PRST/50/3,', RULE, 'en');
    assert.match(finding.message, /which year 50 stands for cannot be told/);
    assert.equal((finding.data as { fix?: unknown }).fix, undefined);
  });

  it('reports a statement whose year is later than the date the draft gives it, without a fix', () => {
    const zh = onlyFinding('回顾2012年4月16日主席声明(S/PRST/2013/13)，', RULE, 'zh');
    assert.equal(zh.message, '主席声明 S/PRST/2013/13 的年份 2013 晚于草案所写的日期（2012年4月16日）：文号或日期有误。');
    assert.equal(zh.covered, '2013');
    assert.equal((zh.data as { fix?: unknown }).fix, undefined);
    const en = onlyFinding('Recalling the statement S/PRST/2015/3 of 18 December 2014,', RULE, 'en');
    assert.match(en.message, /^The year of S\/PRST\/2015\/3, 2015, is later than the date the draft gives the statement \(18 December 2014\)/);
  });

  it('leaves a statement whose year is its date\'s alone, and an earlier one too (the issue asks for later only)', () => {
    assert.deepEqual(diagnose('回顾2012年4月16日主席声明(S/PRST/2012/13)和2014年12月18日S/PRST/2014/28号主席声明，', RULE), []);
  });
});
