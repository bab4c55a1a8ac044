// What each rule says, in both interface languages, and the title of its quick fix: the words the
// drafter reads in the editor and in resolint's output. One draft per rule; the messages name what
// the draft wrote and what the record or the convention wants.
import { strict as assert } from 'node:assert';
import { formatDate } from '../../../server/src/core/format';
import { fixActions, service } from '../../helpers';

/** Each finding of the rule: severity, message and quick-fix titles, in the language asked for. */
function said(text: string, rule: string, language: 'zh' | 'en'): [number | undefined, string, string[], ...string[][]][] {
  const document = service.parse(text);
  return (service.getDiagnostics(document, { messageLanguage: language, uri: 'file:///draft.unres' }) ?? []).filter(d => d.code === rule).map(d => [
    d.severity, d.message,
    fixActions(document, 'file:///draft.unres', d.range, [d], { messageLanguage: language }).map(a => a.title),
    // The related information (the other end of a bracket, the date a symbol disagrees with), when there is some.
    ...(d.relatedInformation ? [d.relatedInformation.map(r => r.message)] : []),
  ]);
}

const ERROR = 1;
const WARNING = 2;
const INFORMATION = 3;
const HINT = 4;

describe('messages and quick-fix titles, in Chinese and English', () => {
  it('citation-year-mismatch', () => {
    const text = '安全理事会，\n回顾第2195(2015)号决议，\n';
    assert.deepEqual(said(text, 'citation-year-mismatch', 'zh'), [[ERROR, '第2195号决议于2014年12月19日通过，年份应为2014，不是2015。', ['将年份改为2014']]]);
    assert.deepEqual(said(text, 'citation-year-mismatch', 'en'), [[ERROR, 'Resolution 2195 was adopted on 19 December 2014: the year is 2014, not 2015.', ['Change the year to 2014']]]);
  });

  it('citation-unknown: a number past the data, a gap in it; a year no such number can have is citation-year-mismatch\'s', () => {
    const { last } = service.record;
    const gap = Array.from({ length: last.number }, (_, i) => i + 1).find(n => service.record.isGap(n))!;
    const { before, after } = service.record.neighbours(gap);
    const next = last.number + 100;
    const text = `安全理事会，\n回顾第${next}(${last.adopted.year - 20})号决议、第${next}(${last.adopted.year})号决议和第${gap}号决议，\n`;
    assert.deepEqual(said(text, 'citation-unknown', 'zh'), [
      [INFORMATION, `第${next}号决议比数据新（已知最后一项：第${last.number}号，${formatDate(last.adopted, 'zh')}），可在 .resolution-record.json 中补充。`, []],
      [INFORMATION, `数据中没有第${gap}号决议（介于第${before!.number}号和第${after!.number}号之间）：其通过日期和标题不详，可在 .resolution-record.json 中补充。`, []],
    ]);
    assert.deepEqual(said(text, 'citation-unknown', 'en'), [
      [INFORMATION, `Resolution ${next} is newer than the data (last known: ${last.number}, ${formatDate(last.adopted, 'en')}); .resolution-record.json can add it.`, []],
      [INFORMATION, `Resolution ${gap} is not in the data (between ${before!.number} and ${after!.number}): its date and title are unknown; .resolution-record.json can add it.`, []],
    ]);
    assert.equal(said(text, 'citation-year-mismatch', 'en').length, 1);
  });

  it('citation-date-mismatch: Security Council and General Assembly; the fix writes the date in the draft\'s language', () => {
    const text = '安全理事会，\n回顾2001年9月29日第1373(2001)号决议和大会2006年9月9日第60/288号决议，\n';
    assert.deepEqual(said(text, 'citation-date-mismatch', 'zh'), [
      [ERROR, '第1373号决议的通过日期是2001年9月28日，不是2001年9月29日。', ['改为记录的日期2001年9月28日']],
      [ERROR, '大会第60/288号决议的通过日期是2006年9月8日，不是2006年9月9日。', ['改为记录的日期2006年9月8日']],
    ]);
    assert.deepEqual(said(text, 'citation-date-mismatch', 'en'), [
      [ERROR, 'Resolution 1373 was adopted on 28 September 2001, not 29 September 2001.', ['Change to the recorded date, 2001年9月28日']],
      [ERROR, 'General Assembly resolution 60/288 was adopted on 8 September 2006, not 9 September 2006.', ['Change to the recorded date, 2006年9月8日']],
    ]);
  });

  it('citation-form: the year after 号, mismatched brackets, a missing space, 号 missing', () => {
    const text = '回顾第2341号(2017)决议、第2341(2017）号决议和第2341(2017)决议，';
    assert.deepEqual(said(text, 'citation-form', 'zh'), [
      [WARNING, '年份应写在“号”之前：应写作“第2341(2017)号决议”。', ['改为“第2341(2017)号决议”']],
      [WARNING, '年份两侧的括号宽度不一致：应写作“第2341(2017)号决议”。', ['改为“)”']],
      [WARNING, '决议编号后缺少“号”：应写作“第2341(2017)号决议”。', ['插入“号”']],
    ]);
    assert.deepEqual(said(text, 'citation-form', 'en'), [
      [WARNING, 'The year belongs before 号: write 第2341(2017)号决议.', ['Write “第2341(2017)号决议”']],
      [WARNING, 'The brackets around the year do not match (one full-width, one half-width): write 第2341(2017)号决议.', ['Write “)”']],
      [WARNING, 'The citation lacks 号 after the resolution number: write 第2341(2017)号决议.', ['Insert “号”']],
    ]);
    // Each message writes the citation with its own fix made.
    const list = '回顾第1373(2001)，1624(2005)、2178(2014)号决议，';
    assert.deepEqual(said(list, 'citation-form', 'zh'), [
      [WARNING, '决议列表中各项之间应使用顿号“、”：应写作“第1373(2001)、1624(2005)、2178(2014)号决议”。', ['改为“、”']],
    ]);
    assert.deepEqual(said(list, 'citation-form', 'en'), [
      [WARNING, 'Items of a Chinese list of resolutions are separated by 、: write 第1373(2001)、1624(2005)、2178(2014)号决议.', ['Write “、”']],
    ]);
    // 、 before the last item is in use in adopted texts: information, without a fix.
    assert.deepEqual(said(list, 'citation-list-conjunction', 'zh'), [
      [INFORMATION, '决议列表的最后一项之前通常用“和”（或“及”）连接；已通过的案文也写作“、”，故仅供参考。', []],
    ]);
    assert.deepEqual(said(list, 'citation-list-conjunction', 'en'), [
      [INFORMATION, 'Drafting guides join the last item of a Chinese list of resolutions with 和 (or 及); adopted texts also write 、, so this is for information only.', []],
    ]);
    const brackets = 'Recalling resolution 2341 （2017）,';
    assert.deepEqual(said(brackets, 'citation-form', 'zh'), [[WARNING, '英文引文的年份应使用半角括号：应写作“resolution 2341 (2017)”。', ['改为“resolution 2341 (2017)”']]]);
    assert.deepEqual(said(brackets, 'citation-form', 'en'), [[WARNING, 'English citations put the year in half-width brackets: resolution 2341 (2017).', ['Write “resolution 2341 (2017)”']]]);
    const english = 'Recalling resolution 2341(2017),';
    assert.deepEqual(said(english, 'citation-form', 'zh'), [[WARNING, '英文引文中编号与年份之间应有空格：应写作“resolution 2341 (2017)”。', ['插入空格']]]);
    assert.deepEqual(said(english, 'citation-form', 'en'), [[WARNING, 'Put a space between the number and the year: resolution 2341 (2017).', ['Insert a space']]]);
  });

  it('preamble-opener and operative-opener', () => {
    const text = '安全理事会，\n各国应当合作，\n1. 各国继续处理此案。\n';
    assert.deepEqual(said(text, 'preamble-opener', 'zh'), [[INFORMATION, '序言段落应以“回顾”“重申”“认识到”“表示关切”等短语开头，而不是“各国应当合作”。', []]]);
    assert.deepEqual(said(text, 'preamble-opener', 'en'), [[INFORMATION, 'A preambular paragraph opens with a participle or adjective (Recalling, Reaffirming, Deeply concerned…), not “各国应当合作”.', []]]);
    assert.deepEqual(said(text, 'operative-opener', 'zh'), [[INFORMATION, '执行段落第1段应以“决定”“请”“促请”“敦促”等执行动词开头，而不是“各国继续处理此案”。', []]]);
    assert.deepEqual(said(text, 'operative-opener', 'en'), [[INFORMATION, 'Operative paragraph 1 opens with an operative verb (Decides, Requests, Calls upon, Urges…), not “各国继续处理此案”.', []]]);
  });

  it('preamble-punctuation and operative-punctuation', () => {
    const text = '安全理事会，\n回顾其以往各项决议。\n1. 决定甲。\n2. 决定乙；\n';
    assert.deepEqual(said(text, 'preamble-punctuation', 'zh'), [[WARNING, '序言段落应以“，”结尾。', ['以“，”结尾']]]);
    assert.deepEqual(said(text, 'preamble-punctuation', 'en'), [[WARNING, 'A preambular paragraph ends with “，”.', ['End with “，”']]]);
    assert.deepEqual(said(text, 'operative-punctuation', 'zh'), [
      [WARNING, '执行段落（第1段）应以“；”结尾。', ['以“；”结尾']],
      [WARNING, '最后一个执行段落（第2段）应以“。”结尾。', ['以“。”结尾']],
    ]);
    assert.deepEqual(said(text, 'operative-punctuation', 'en'), [
      [WARNING, 'Operative paragraph (1) ends with “；”.', ['End with “；”']],
      [WARNING, 'The last operative paragraph (2) ends with “。”.', ['End with “。”']],
    ]);
  });

  it('operative-numbering: a duplicate, a gap, disorder, a wrong start; the fix renumbers', () => {
    const text = '安全理事会，\n回顾其以往各项决议，\n2. 决定甲；\n2. 决定乙；\n5. 决定丙；\n3. 决定丁。\n';
    const renumber = ['重新编排执行段落编号'];
    assert.deepEqual(said(text, 'operative-numbering', 'zh'), [
      [WARNING, '第一个执行段落应编为1，而不是2。', renumber],
      [WARNING, '执行段落编号2重复。', renumber],
      [WARNING, '执行段落编号从2跳到5，中间有缺号。', renumber],
      [WARNING, '执行段落编号3排在5之后，顺序错乱。', renumber],
    ]);
    assert.deepEqual(said(text, 'operative-numbering', 'en').map(([, message, titles]) => [message, titles]), [
      ['The first operative paragraph is numbered 1, not 2.', ['Renumber operative paragraphs']],
      ['Operative paragraph number 2 is used twice.', ['Renumber operative paragraphs']],
      ['Operative numbering jumps from 2 to 5.', ['Renumber operative paragraphs']],
      ['Operative paragraph 3 comes after 5: out of order.', ['Renumber operative paragraphs']],
    ]);
  });

  it('paragraph-reference, with one paragraph and with several', () => {
    const one = '安全理事会，\n回顾其以往各项决议，\n1. 决定按上文第5段行事。\n';
    assert.deepEqual(said(one, 'paragraph-reference', 'zh'), [[WARNING, '本决议没有第5段：执行段落只有1段。', []]]);
    assert.deepEqual(said(one, 'paragraph-reference', 'en'), [[WARNING, 'There is no paragraph 5: the draft has 1 operative paragraph.', []]]);
    const two = '安全理事会，\n回顾其以往各项决议，\n1. 决定甲；\n2. 决定按上文第5段行事。\n';
    assert.deepEqual(said(two, 'paragraph-reference', 'en'), [[WARNING, 'There is no paragraph 5: the draft has 2 operative paragraphs.', []]]);
  });

  it('punctuation-width, both ways; its fixes, one by one and for the whole file', () => {
    const zh = '安全理事会，\n回顾其决议,重申承诺,并请各国合作，\n';
    const fixAll = (language: 'zh' | 'en') => (language === 'zh' ? '修正本文件中所有 punctuation-width 问题' : 'Fix all punctuation-width problems in this file');
    assert.deepEqual(said(zh, 'punctuation-width', 'zh'), Array(2).fill([WARNING, '中文行文应使用全角标点“，”，而不是“,”。', ['改为“，”', fixAll('zh')]]));
    assert.deepEqual(said(zh, 'punctuation-width', 'en'), Array(2).fill([WARNING, 'Chinese prose takes the full-width “，”, not “,”.', ['Write “，”', fixAll('en')]]));
    const en = 'The Security Council,\nRecalling its resolutions；reaffirming its commitment？\n';
    assert.deepEqual(said(en, 'punctuation-width', 'zh'), [
      [WARNING, '英文行文应使用半角标点“;”，而不是“；”。', ['改为“;”', fixAll('zh')]],
      [WARNING, '英文行文应使用半角标点“?”，而不是“？”。', ['改为“?”', fixAll('zh')]],
    ]);
    assert.deepEqual(said(en, 'punctuation-width', 'en'), [
      [WARNING, 'English prose takes the half-width “;”, not “；”.', ['Write “;”', fixAll('en')]],
      [WARNING, 'English prose takes the half-width “?”, not “？”.', ['Write “?”', fixAll('en')]],
    ]);
  });

  it('the term rules', () => {
    const redefined = '安全理事会，\n欢迎国际民用航空组织(民航组织)的工作，\n又欢迎国际民用航空组织(民航组织)的报告，\n';
    assert.deepEqual(said(redefined, 'term-redefined', 'zh'), [[WARNING, '“民航组织”已在第 2 行定义：此后应直接使用简称。', ['改为“民航组织”']]]);
    assert.deepEqual(said(redefined, 'term-redefined', 'en'), [[WARNING, '“民航组织” is already defined on line 2: use the short form from then on.', ['Write “民航组织”']]]);

    const fullAgain = '安全理事会，\n欢迎国际民用航空组织(民航组织)的工作，\n请民航组织报告，\n又请国际民用航空组织报告。\n';
    assert.deepEqual(said(fullAgain, 'term-full-after-short', 'zh'), [[INFORMATION, '第 2 行已定义简称“民航组织”并已使用：此处不必再写全称“国际民用航空组织”。', ['改为简称“民航组织”']]]);
    assert.deepEqual(said(fullAgain, 'term-full-after-short', 'en'), [[INFORMATION, 'The draft defines “民航组织” on line 2 and uses it: write “民航组织” here, not “国际民用航空组织”.', ['Write the short form “民航组织”']]]);

    const inconsistent = '安全理事会，\n欢迎国际民用航空组织(民航组织)的工作，\n请国际民航组织报告。\n';
    assert.deepEqual(said(inconsistent, 'term-inconsistent-short', 'zh'), [[WARNING, '同一机构在本文件中有两种简称：第 2 行起使用“民航组织”，此处写作“国际民航组织”。', ['改为“民航组织”']]]);
    assert.deepEqual(said(inconsistent, 'term-inconsistent-short', 'en'), [[WARNING, 'Two short forms for one entity: the draft uses “民航组织” from line 2, and “国际民航组织” here.', ['Write “民航组织”']]]);

    const undefinedShort = '安全理事会，\n请反恐执行局报告。\n';
    assert.deepEqual(said(undefinedShort, 'term-undefined', 'zh'), [[HINT, '本文件没有定义简称“反恐执行局”（全称：反恐怖主义委员会执行局）：简称应在首次出现时以“全称(简称)”定义。', ['在此定义：反恐怖主义委员会执行局(反恐执行局)']]]);
    assert.deepEqual(said(undefinedShort, 'term-undefined', 'en'), [[HINT, 'The draft never defines “反恐执行局” (Counter-Terrorism Committee Executive Directorate): define a short form where it first appears, as “Full Name (反恐执行局)”.', ['Define it here: 反恐怖主义委员会执行局(反恐执行局)']]]);

    const early = '安全理事会，\n请民航组织报告，\n欢迎国际民用航空组织(民航组织)的工作。\n';
    assert.deepEqual(said(early, 'term-used-before-definition', 'zh'), [[WARNING, '“民航组织”在第 3 行定义之前已经使用：简称应在首次出现时定义。', ['在首次出现处定义：国际民用航空组织(民航组织)']]]);
    assert.deepEqual(said(early, 'term-used-before-definition', 'en'), [[WARNING, '“民航组织” is used before the draft defines it on line 3: define a short form where it first appears.', ['Define it at its first use: 国际民用航空组织(民航组织)']]]);
  });

  it('bracket-unbalanced, bracket-unresolved and proposal-tag-left, with the paragraph label', () => {
    const unclosed = '安全理事会，\n回顾其以往各项决议，\n1. 决定[延长]任务期限；\n2. [请秘书长报告。\n';
    assert.deepEqual(said(unclosed, 'bracket-unbalanced', 'zh'), [[ERROR, '“[”没有对应的右方括号：此后直到文末都将被读作方括号内的文字。', [], ['方括号内的文字延续到这里（文末）']]]);
    assert.deepEqual(said(unclosed, 'bracket-unbalanced', 'en'), [[ERROR, '“[” is never closed: the rest of the draft reads as bracketed text.', [], ['the bracketed text runs to here (the end of the draft)']]]);
    assert.deepEqual(said(unclosed, 'bracket-unresolved', 'zh'), [[INFORMATION, 'OP1：方括号内的文字尚未商定。', ['去掉方括号（接受此文字）']]]);
    assert.deepEqual(said(unclosed, 'bracket-unresolved', 'en'), [[INFORMATION, 'OP1: bracketed text not yet agreed.', ['Remove brackets (accept this text)']]]);
    const english = 'The Security Council,\nRecalling its resolutions,\n1. Decides to extend the mandate (US);\n2. Requests] the Secretary-General to report.\n';
    assert.deepEqual(said(english, 'bracket-unbalanced', 'zh'), [[ERROR, '“]”没有对应的左方括号。', [], ['从这里（正文开头）起找不到左方括号']]]);
    assert.deepEqual(said(english, 'bracket-unbalanced', 'en'), [[ERROR, '“]” closes a bracket that was never opened.', [], ['no opening bracket from here (the start of the text) on']]]);
    assert.deepEqual(said(english, 'proposal-tag-left', 'zh'), [[INFORMATION, 'OP1：谈判标记“(US)”仍在文中。', []]]);
    assert.deepEqual(said(english, 'proposal-tag-left', 'en'), [[INFORMATION, 'OP1: the negotiation tag “(US)” is still in the text.', []]]);
    const options = 'The Security Council,\nRecalling its resolutions,\n1. Decides to act;\nOption 1\n2. Decides to extend the mandate;\nOption 2\n2. Decides to end the mandate;\n3. Decides to remain seized of the matter.\n';
    assert.deepEqual(said(options, 'bracket-unresolved', 'zh').map(([severity, message]) => [severity, message]), [[INFORMATION, 'OP2：2个备选方案尚未选定。']]);
    assert.deepEqual(said(options, 'bracket-unresolved', 'en').map(([severity, message]) => [severity, message]), [[INFORMATION, 'OP2: 2 options, none chosen yet.']]);
  });

  it('symbol-form: a space, a two-digit year, one that cannot be told, a statement dated before its year', () => {
    const text = '安全理事会，\n回顾 S /2017/375号文件和S/PRST/17/1号主席声明以及S/PRST/50/3，\n又回顾2014年12月18日S/PRST/2015/3号主席声明，\n1. 决定继续积极处理此案。\n';
    assert.deepEqual(said(text, 'symbol-form', 'zh'), [
      [WARNING, '文号中间不应有空格：应写作“S/2017/375”。', ['删除空格']],
      [WARNING, '文号中的年份应写全四位：应写作“S/PRST/2017/1”。', ['改为“2017”']],
      [WARNING, '文号中的年份应写全四位；“50”指哪一年无法确定。', []],
      [WARNING, '主席声明 S/PRST/2015/3 的年份 2015 晚于草案所写的日期（2014年12月18日）：文号或日期有误。', [], ['2014年12月18日']],
    ]);
    assert.deepEqual(said(text, 'symbol-form', 'en'), [
      [WARNING, 'A document symbol has no space inside: write S/2017/375.', ['Delete the space']],
      [WARNING, 'The year of a document symbol is written in full: S/PRST/2017/1.', ['Write “2017”']],
      [WARNING, 'The year of a document symbol is written in full; which year 50 stands for cannot be told.', []],
      [WARNING, 'The year of S/PRST/2015/3, 2015, is later than the date the draft gives the statement (18 December 2014): the symbol or the date is wrong.', [], ['18 December 2014']],
    ]);
  });
});
