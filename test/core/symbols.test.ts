// Document symbols on strings: every form of the issue is read whole, hovered with its components
// explained and linked to undocs.org in the draft's language; PDF line breaks are read through;
// resolutions are left to the citations, so nothing is linked twice.
import { strict as assert } from 'node:assert';
import { cursor, service } from '../helpers';

/** [the text each symbol covers, the symbol read] in text order. */
function symbols(text: string): [string, string][] {
  return service.parse(text).symbols.map(s => [text.slice(s.range.start, s.range.end), s.symbol]);
}

/** [the text a link covers, its target] in text order. */
function links(text: string): [string, string][] {
  const document = service.parse(text);
  return service.getDocumentLinks(document).map(link => [
    text.slice(document.lines.offsetAt(link.range.start), document.lines.offsetAt(link.range.end)), link.target ?? '',
  ]);
}

function hover(marked: string, messageLanguage?: 'zh' | 'en'): string {
  const { text, offset } = cursor(marked);
  const document = service.parse(text);
  const answer = service.doHover(document, document.lines.positionAt(offset), { messageLanguage });
  return answer ? (answer.contents as { value: string }).value : '';
}

const ISSUE_FORMS = [
  'S/2017/375', 'S/PRST/2017/1', 'S/PV.8180', 'S/PV.8180 (Resumption 1)', 'A/72/L.62', 'A/C.6/72/L.10', 'S/2017/1064/Add.1',
  'S/2004/1000/Corr.1', 'E/CN.4/2005/L.10/Add.17', 'S/AC.47/2023/COMM.8', 'S/1996/636*', 'A/ES-11/L.1',
];

describe('document symbols', () => {
  it('reads every form of the issue whole, in running English text', () => {
    const text = `Taking note of ${ISSUE_FORMS.join(', ')} and A/RES/60/288,`;
    assert.deepEqual(symbols(text).map(([written]) => written), ISSUE_FORMS);
  });

  it('links each to undocs.org in the draft\'s language, the asterisk and the space of a resumption left out', () => {
    const text = `Taking note of ${ISSUE_FORMS.join(', ')},`;
    const targets = links(text).map(([, target]) => target);
    assert.equal(targets.length, ISSUE_FORMS.length);
    assert.ok(targets.includes('https://undocs.org/en/S/PV.8180(Resumption1)'), targets.join(' '));
    assert.ok(targets.includes('https://undocs.org/en/S/1996/636'));
    assert.ok(targets.includes('https://undocs.org/en/E/CN.4/2005/L.10/Add.17'));
  });

  it('hovers over every form with its link', () => {
    for (const form of ISSUE_FORMS) {
      const value = hover(`See |${form} here.`);
      assert.match(value, new RegExp(`^\\*\\*${form.replace(/[*().]/g, '\\$&').replace(/\\\*/, '\\\\\\*')}\\*\\*`), value);
      assert.ok(value.includes(`https://undocs.org/en/${form.replace('*', '').replace(' (Resumption 1)', '(Resumption1)')}`), value);
    }
  });

  it('reads the Chinese forms and links them to undocs.org/zh/', () => {
    const text = '注意到S/2017/375号文件、第S/PRST/2017/1号主席声明和秘书长的报告(S/2016/1016)，';
    assert.deepEqual(symbols(text), [['S/2017/375', 'S/2017/375'], ['S/PRST/2017/1', 'S/PRST/2017/1'], ['S/2016/1016', 'S/2016/1016']]);
    assert.deepEqual(links(text).map(([, target]) => target), [
      'https://undocs.org/zh/S/2017/375', 'https://undocs.org/zh/S/PRST/2017/1', 'https://undocs.org/zh/S/2016/1016',
    ]);
  });

  it('reads through a line break of PDF extraction inside a symbol, in Chinese and English, CRLF too', () => {
    assert.deepEqual(symbols('秘书长的报告(S/2017/\n375)和(A/72/L.\r\n62)'), [['S/2017/\n375', 'S/2017/375'], ['A/72/L.\r\n62', 'A/72/L.62']]);
    assert.deepEqual(symbols('the statement S/PRST/\n2017/1 and S/2017/1064/\nAdd.1'), [['S/PRST/\n2017/1', 'S/PRST/2017/1'], ['S/2017/1064/\nAdd.1', 'S/2017/1064/Add.1']]);
  });

  it('leaves resolutions to the citations: S/RES/ and A/RES/ are linked once', () => {
    const text = '回顾S/RES/2341 (2017)、A/RES/60/288和S/2017/375，';
    assert.deepEqual(symbols(text), [['S/2017/375', 'S/2017/375']]);
    assert.deepEqual(links(text).map(([written]) => written), ['S/RES/2341 (2017)', 'A/RES/60/288', 'S/2017/375']);
  });

  it('reads no symbol in a web address, a cut one, prose with a slash, or a symbol that runs into a word', () => {
    assert.deepEqual(symbols('https://undocs.org/zh/S/2015/683 and A/72/… and S/2017/… and Plan A / 2019, A/B testing, S/2017/375abc'), []);
  });

  it('links the symbol of the masthead, and not the running header that repeats it at each page', () => {
    const page = (n: number) => `${n}/3\n\n17-23064 (C)\n\nS/2017/1061\n\n`;
    const text = `联合国\nS/2017/1061\n\n安全理事会\n\n2017年12月14日\n\n注意到秘书长的报告(S/2017/375)，\n\n${page(2)}又注意到其他报告，\n\n${page(3)}决定继续处理此案。\n`;
    assert.deepEqual(symbols(text).map(([written]) => written), ['S/2017/1061', 'S/2017/375']);
    assert.equal(service.parse(text).symbols[0].range.start, text.indexOf('S/2017/1061'));
  });

  it('counts ranges in UTF-16 after astral characters', () => {
    const text = '𠀀𠀀\r\n注意到S/2017/375号文件';
    const document = service.parse(text);
    assert.deepEqual(service.getDocumentLinks(document).map(l => l.range), [{ start: { line: 1, character: 3 }, end: { line: 1, character: 13 } }]);
  });

  it('explains the organ and the series from the conventions, and reads the year and the number', () => {
    const value = hover('注意到|S/PRST/2017/1号主席声明', 'zh');
    assert.match(value, /^\*\*S\/PRST\/2017\/1\*\* · 安全理事会主席的声明/);
    assert.match(value, /`S` 安全理事会 · `PRST` 安全理事会主席的声明/);
    assert.match(value, /年份 2017 · 编号 1/);
    assert.match(value, /\[https:\/\/undocs\.org\/zh\/S\/PRST\/2017\/1\]/);
    const english = hover('Taking note of |A/C.6/72/L.10/Add.1,', 'en');
    assert.match(english, /`A` General Assembly · `C\.6` Standing, permanent or main committee · `L\.10` Limited distribution \(generally a draft\) · `Add\.1` Addendum/);
    assert.match(english, /session 72 · number 10/);
  });

  it('shows a component the conventions do not explain as written, with nothing made up', () => {
    const value = hover('see |S/AC.47/2023/COMM.8', 'en');
    assert.match(value, /`S` Security Council · `AC\.47` Ad hoc committee · `COMM\.8`\n/);
    assert.match(value, /year 2023 · number 8/);
  });

  it('says that the date of a presidential statement is the draft\'s, not checked', () => {
    const value = hover('回顾2012年4月16日主席声明(|S/PRST/2012/13)，', 'zh');
    assert.match(value, /日期“2012年4月16日”是草案所写的，未与任何记录核对。/);
    assert.doesNotMatch(value, /⚠/);
    assert.match(hover('Recalling the statement |S/PRST/2014/28 of 18 December 2014,', 'en'), /The date 18 December 2014 is the draft's/);
    assert.match(hover('回顾2012年4月16日主席声明(|S/PRST/2013/13)，', 'en'), /⚠ The year in the symbol, 2013, is later than that date\./);
  });

  it('gives each statement of a list its own date', () => {
    const statements = (text: string) => service.parse(text).symbols.map(s => `${s.symbol} ${s.date?.date.year}-${s.date?.date.month}-${s.date?.date.day}`);
    assert.deepEqual(statements('以及2006年10月6日和2009年4月13日的主席声明(S/PRST/2006/41和S/PRST/2009/7)，'), ['S/PRST/2006/41 2006-10-6', 'S/PRST/2009/7 2009-4-13']);
    assert.deepEqual(statements('its statements of 6 October 2006 and 13 April 2009 (S/PRST/2006/41 and S/PRST/2009/7),'), ['S/PRST/2006/41 2006-10-6', 'S/PRST/2009/7 2009-4-13']);
    assert.deepEqual(statements('2005年12月21日(S/PRST/2005/64)和2006年12月20日(S/PRST/2006/56)安全理事会主席声明'), ['S/PRST/2005/64 2005-12-21', 'S/PRST/2006/56 2006-12-20']);
    // Two dates, three statements: whose is whose cannot be told.
    assert.deepEqual(statements('2006年10月6日和2009年4月13日的主席声明(S/PRST/2006/41、S/PRST/2009/7和S/PRST/2009/8)'), ['S/PRST/2006/41 undefined-undefined-undefined', 'S/PRST/2009/7 undefined-undefined-undefined', 'S/PRST/2009/8 undefined-undefined-undefined']);
  });

  it('hovers a resolution symbol as a resolution, not as a document symbol', () => {
    assert.match(hover('回顾|S/RES/2341 (2017)，', 'zh'), /安全理事会决议/);
  });
});
