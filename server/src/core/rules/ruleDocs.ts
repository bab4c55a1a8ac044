// What each rule checks and why, with a wrong and a right example in Chinese and English: what
// `resolint --explain` prints and what SARIF carries as help. The tests check every example: the wrong
// one gets a finding of its rule, the right one none.
import type { DraftLanguage } from '../types';

export interface RuleExample {
  readonly wrong: string;
  readonly right: string;
}

export interface RuleDoc {
  readonly what: Readonly<Record<DraftLanguage, string>>;
  readonly why: Readonly<Record<DraftLanguage, string>>;
  /** A Chinese example always; an English one unless the rule reads Chinese drafts only. */
  readonly examples: { readonly zh: RuleExample; readonly en?: RuleExample };
}

const ZH_TITLE = '安全理事会，\n\n';
const EN_TITLE = 'The Security Council,\n\n';
const ZH_RECALL = `${ZH_TITLE}回顾其以往各项决议，\n\n`;
const EN_RECALL = `${EN_TITLE}Recalling its earlier resolutions,\n\n`;

export const RULE_DOCS: Readonly<Record<string, RuleDoc>> = {
  'citation-year-mismatch': {
    what: { zh: '所引安理会决议的年份与记录中的通过年份不符。', en: 'The year of a cited Security Council resolution is not the year the record gives for its adoption.' },
    why: { zh: '年份写错会让读者去找另一份文件；2195(2015)号决议并不存在，第2195号决议于2014年通过。也可能是编号写错，请核对后再改。', en: 'A wrong year sends the reader to a document that does not exist: resolution 2195 was adopted in 2014, so 2195 (2015) is no resolution. The number may be the wrong part: check before changing the year.' },
    examples: {
      zh: { wrong: '回顾第2195(2015)号决议，', right: '回顾第2195(2014)号决议，' },
      en: { wrong: 'Recalling its resolution 2195 (2015),', right: 'Recalling its resolution 2195 (2014),' },
    },
  },
  'citation-unknown': {
    what: { zh: '所引安理会决议不在数据中：编号落在数据的已知缺口里，或晚于数据的最后一项。仅为信息。', en: 'A cited Security Council resolution is not in the data: its number lies in a known gap of the data, or after its last resolution. Information only.' },
    why: { zh: '数据无法核对这项引文的年份和日期；决议可能比数据新。可在工作区记录文件 .resolution-record.json 中补充其编号、日期、标题和出处。年份与前后决议不符的编号由 citation-year-mismatch 报告。', en: 'The data cannot confirm the year or date of this citation; the resolution may be newer than the data. The workspace record file, .resolution-record.json, can add its number, date, title and source. A year that its neighbours rule out is reported by citation-year-mismatch instead.' },
    examples: {
      zh: { wrong: '回顾第2822(2026)号决议，', right: '回顾第2821(2026)号决议，' },
      en: { wrong: 'Recalling its resolution 2822 (2026),', right: 'Recalling its resolution 2821 (2026),' },
    },
  },
  'citation-date-mismatch': {
    what: { zh: '与所引决议一同写出的日期不是其通过日期。', en: 'A date written with a cited resolution is not its adoption date.' },
    why: { zh: '决议以通过日期为准；日期写错会与正式记录不一致。', en: 'A resolution is known by the date it was adopted; a wrong date contradicts the official record.' },
    examples: {
      zh: { wrong: '回顾2001年9月29日第1373(2001)号决议，', right: '回顾2001年9月28日第1373(2001)号决议，' },
      en: { wrong: 'Recalling its resolution 1373 (2001) of 29 September 2001,', right: 'Recalling its resolution 1373 (2001) of 28 September 2001,' },
    },
  },
  'citation-form': {
    what: { zh: '引文的写法不合规范：缺少“号”、年份在“号”之后、括号不配对、列举之间用逗号、最后一项未用“和/及”连接；英文编号与年份之间缺少空格。', en: 'A citation is not written in the standard form: 号 missing or misplaced, mismatched brackets, commas between listed items, a last item not joined by 和/及; in English, no space between number and year.' },
    why: { zh: '联合国文件以统一格式引用决议，便于查找和核对。', en: 'UN texts cite resolutions in one form, which readers and search tools rely on.' },
    examples: {
      zh: { wrong: '回顾第2341(2017)决议，', right: '回顾第2341(2017)号决议，' },
      en: { wrong: 'Recalling its resolution 2341(2017),', right: 'Recalling its resolution 2341 (2017),' },
    },
  },
  'citation-list-conjunction': {
    what: { zh: '中文决议列表的最后一项之前用了“、”，而非“和”或“及”。仅为信息，不自动修正。', en: 'In a Chinese list of resolutions, the last item follows 、 rather than 和 or 及. Information only, with no automatic fix.' },
    why: { zh: '起草指南在最后一项之前用“和”（或“及”）；但已通过的案文也写作“、”，两种写法并存。英文列表不检查。', en: 'Drafting guides put 和 (or 及) before the last item; adopted texts also write 、, so both forms are in use. English lists are not checked, so there is no English example.' },
    examples: {
      zh: { wrong: '回顾第1540(2004)、1673(2006)、1810(2008)号决议，', right: '回顾第1540(2004)、1673(2006)和1810(2008)号决议，' },
    },
  },
  'symbol-form': {
    what: { zh: '文号写法有误：一行之内文号中间有空格（S /2017/375），年份只写两位（S/PRST/17/1），或主席声明文号的年份晚于草案给它的日期。PDF 提取造成的换行不算。', en: 'A document symbol is malformed: a space typed inside it on one line (S /2017/375), a two-digit year (S/PRST/17/1), or a presidential statement whose year is later than the date the draft gives it. Line breaks from PDF extraction are not findings.' },
    why: { zh: '文号是文件的唯一标识，各语文本相同；写错的文号在 undocs.org 上找不到文件。年份只写两位时，只有一种可能的年份才提供修正（安理会文号自1994年起含年份）；日期与文号年份不符时，不知道错在哪一方，因此不提供修正。', en: 'A symbol identifies a document in every language; a malformed one finds nothing on undocs.org. A two-digit year is fixed only where one year is possible (Security Council symbols carry the year since 1994); when a date and the year of a statement disagree, either may be wrong, so no fix is offered.' },
    examples: {
      zh: { wrong: '回顾2012年4月16日主席声明(S/PRST/2013/13)，', right: '回顾2012年4月16日主席声明(S/PRST/2012/13)，' },
      en: { wrong: 'Taking note of the report of the Secretary-General (S /2017/375),', right: 'Taking note of the report of the Secretary-General (S/2017/375),' },
    },
  },
  'preamble-opener': {
    what: { zh: '序言段不以惯用的开头语（回顾、重申、认识到、表示关切……）开头。', en: 'A preambular paragraph does not open with a participle or phrase (Recalling, Deeply concerned, Mindful…).' },
    why: { zh: '序言段说明背景，按惯例以开头语引出；中文开头语无形态标记，因此只作为信息提示。', en: 'Preambular paragraphs set out the background and open with a participle or adjective, as the UN Editorial Manual defines them.' },
    examples: {
      zh: { wrong: `${ZH_TITLE}安理会的决议很重要，\n\n1. 决定继续处理此案。\n`, right: `${ZH_RECALL}1. 决定继续处理此案。\n` },
      en: { wrong: `${EN_TITLE}Notes its earlier resolutions,\n\n1. Decides to remain seized of the matter.\n`, right: `${EN_RECALL}1. Decides to remain seized of the matter.\n` },
    },
  },
  'preamble-punctuation': {
    what: { zh: '序言段不以“，”结尾。', en: 'A preambular paragraph does not end with a comma.' },
    why: { zh: '整项决议是一个句子：序言段以逗号相连，执行段以分号相连，最后以句号结束。', en: 'A resolution is one sentence: preambular paragraphs end with commas, operative paragraphs with semicolons, the last with a full stop.' },
    examples: {
      zh: { wrong: `${ZH_TITLE}回顾其以往各项决议。\n\n1. 决定继续处理此案。\n`, right: `${ZH_RECALL}1. 决定继续处理此案。\n` },
      en: { wrong: `${EN_TITLE}Recalling its earlier resolutions.\n\n1. Decides to remain seized of the matter.\n`, right: `${EN_RECALL}1. Decides to remain seized of the matter.\n` },
    },
  },
  'operative-opener': {
    what: { zh: '执行段不以执行动词（决定、请、促请……）开头。', en: 'An operative paragraph does not open with an operative verb (Decides, Requests, Calls upon…).' },
    why: { zh: '执行段表达安理会的决定或要求，按惯例以动词开头；中文依据词表判断，因此只作为信息提示。', en: 'Operative paragraphs state what the Council decides or asks, and open with a verb in the present tense.' },
    examples: {
      zh: { wrong: `${ZH_RECALL}1. 此案仍由安理会处理。\n`, right: `${ZH_RECALL}1. 决定继续处理此案。\n` },
      en: { wrong: `${EN_RECALL}1. The matter remains before the Council.\n`, right: `${EN_RECALL}1. Decides to remain seized of the matter.\n` },
    },
  },
  'operative-punctuation': {
    what: { zh: '执行段不以“；”结尾，或最后一段不以“。”结尾。', en: 'An operative paragraph does not end with a semicolon, or the last one with a full stop.' },
    why: { zh: '整项决议是一个句子：执行段以分号相连，最后一段以句号结束。', en: 'A resolution is one sentence: operative paragraphs end with semicolons and the last with a full stop.' },
    examples: {
      zh: { wrong: `${ZH_RECALL}1. 请秘书长提交报告；\n\n2. 决定继续处理此案；\n`, right: `${ZH_RECALL}1. 请秘书长提交报告；\n\n2. 决定继续处理此案。\n` },
      en: { wrong: `${EN_RECALL}1. Requests the Secretary-General to report;\n\n2. Decides to remain seized of the matter;\n`, right: `${EN_RECALL}1. Requests the Secretary-General to report;\n\n2. Decides to remain seized of the matter.\n` },
    },
  },
  'operative-numbering': {
    what: { zh: '执行段编号有缺号、重号或顺序颠倒。修正会同时改写对被移动段落的引用。', en: 'Operative paragraphs are numbered with a gap, a duplicate or out of order. The fix renumbers the references to moved paragraphs too.' },
    why: { zh: '执行段按编号被引用（上文第5段）；编号出错，引用就指错段落。', en: 'Operative paragraphs are cited by number (paragraph 5 above): a wrong numbering makes those references point elsewhere.' },
    examples: {
      zh: { wrong: `${ZH_RECALL}1. 请秘书长提交报告；\n\n3. 决定继续处理此案。\n`, right: `${ZH_RECALL}1. 请秘书长提交报告；\n\n2. 决定继续处理此案。\n` },
      en: { wrong: `${EN_RECALL}1. Requests the Secretary-General to report;\n\n3. Decides to remain seized of the matter.\n`, right: `${EN_RECALL}1. Requests the Secretary-General to report;\n\n2. Decides to remain seized of the matter.\n` },
    },
  },
  'paragraph-reference': {
    what: { zh: '“上文第12段”之类的引用指向本决议中不存在的段落。', en: 'A reference such as "paragraph 12 above" names a paragraph the draft does not have.' },
    why: { zh: '删除或移动段落后，引用往往没有随之更新。', en: 'References are often left behind when paragraphs are deleted or moved.' },
    examples: {
      zh: { wrong: `${ZH_RECALL}1. 决定设立一个委员会；\n\n2. 请秘书长报告上文第3段的执行情况。\n`, right: `${ZH_RECALL}1. 决定设立一个委员会；\n\n2. 请秘书长报告上文第1段的执行情况。\n` },
      en: { wrong: `${EN_RECALL}1. Decides to establish a committee;\n\n2. Requests the Secretary-General to report on paragraph 3 above.\n`, right: `${EN_RECALL}1. Decides to establish a committee;\n\n2. Requests the Secretary-General to report on paragraph 1 above.\n` },
    },
  },
  'punctuation-width': {
    what: { zh: '中文行文中用了半角 , ; : ?，或英文行文中用了全角标点。', en: 'Half-width , ; : ? in Chinese prose, or full-width marks in English prose.' },
    why: { zh: '从 PDF 提取或输入法切换时常混入另一种宽度的标点；联合国中文文本使用全角标点。', en: 'Text extracted from PDFs or typed in the wrong input mode mixes the widths; each language has its own.' },
    examples: {
      zh: { wrong: '回顾其以往各项决议, 重申其承诺，', right: '回顾其以往各项决议，重申其承诺，' },
      en: { wrong: 'Recalling its earlier resolutions，reaffirming its commitment,', right: 'Recalling its earlier resolutions, reaffirming its commitment,' },
    },
  },
  'term-used-before-definition': {
    what: { zh: '简称在草案给出定义之前就已使用。', en: 'A short form is used before the draft defines it.' },
    why: { zh: '读者在首次见到简称时应能知道其所指；定义应放在首次使用处。', en: 'A reader meeting a short form should know what it stands for: the definition belongs at its first use.' },
    examples: {
      zh: { wrong: '请反恐执行局提交报告，又请反恐怖主义委员会执行局(反恐执行局)协助。', right: '请反恐怖主义委员会执行局(反恐执行局)提交报告，又请反恐执行局协助。' },
      en: { wrong: 'Requests CTED to report, and the Counter-Terrorism Committee Executive Directorate (CTED) to assist.', right: 'Requests the Counter-Terrorism Committee Executive Directorate (CTED) to report, and CTED to assist.' },
    },
  },
  'term-undefined': {
    what: { zh: '草案使用了简称，却从未定义。', en: 'The draft uses a short form it never defines.' },
    why: { zh: '正式文本常不定义“反恐执行局”这类熟知的简称，因此这只是提示（resolint 加 --hints 才显示）。', en: 'Official texts often leave well-known short forms such as CTED undefined, so this is a hint (resolint prints it with --hints).' },
    examples: {
      zh: { wrong: '请反恐执行局提交报告。', right: '请反恐怖主义委员会执行局(反恐执行局)提交报告。' },
      en: { wrong: 'Requests CTED to report.', right: 'Requests the Counter-Terrorism Committee Executive Directorate (CTED) to report.' },
    },
  },
  'term-redefined': {
    what: { zh: '同一机构被再次定义。', en: 'The same entity is defined a second time.' },
    why: { zh: '简称只需定义一次；之后直接使用简称。', en: 'A short form is defined once; after that the short form alone is used.' },
    examples: {
      zh: { wrong: '请反恐怖主义委员会执行局(反恐执行局)提交报告，又请反恐怖主义委员会执行局(反恐执行局)协助。', right: '请反恐怖主义委员会执行局(反恐执行局)提交报告，又请反恐执行局协助。' },
      en: { wrong: 'Requests the Counter-Terrorism Committee Executive Directorate (CTED) to report, and the Counter-Terrorism Committee Executive Directorate (CTED) to assist.', right: 'Requests the Counter-Terrorism Committee Executive Directorate (CTED) to report, and CTED to assist.' },
    },
  },
  'term-full-after-short': {
    what: { zh: '草案定义并使用了简称之后，又写出全称。', en: 'The full name appears again after the draft has defined its short form and used it.' },
    why: { zh: '定义简称之后统一使用简称，文本更简洁一致。', en: 'Once a short form is defined and in use, using it throughout keeps the text short and consistent.' },
    examples: {
      zh: { wrong: '请反恐怖主义委员会执行局(反恐执行局)提交报告，又请反恐执行局协助，并请反恐怖主义委员会执行局汇报。', right: '请反恐怖主义委员会执行局(反恐执行局)提交报告，又请反恐执行局协助，并请反恐执行局汇报。' },
      en: { wrong: 'Requests the Counter-Terrorism Committee Executive Directorate (CTED) to report, CTED to assist, and the Counter-Terrorism Committee Executive Directorate to brief.', right: 'Requests the Counter-Terrorism Committee Executive Directorate (CTED) to report, CTED to assist, and CTED to brief.' },
    },
  },
  'term-inconsistent-short': {
    what: { zh: '同一机构用了两个简称（如“民航组织”和“国际民航组织”）。同一机构的另一名称（伊黎伊斯兰国，又称达伊沙）不算第二个简称。', en: 'Two short forms of one entity (ED, then CTED, for the Counter-Terrorism Committee Executive Directorate). Another name of the entity (ISIL, also known as Da\'esh) is not a second short form.' },
    why: { zh: '两个简称会让读者以为是两个机构；应统一使用草案定义或首先使用的那个。', en: 'Two short forms read as two entities; use the one the draft defines, or uses first.' },
    examples: {
      zh: { wrong: '欢迎国际民用航空组织(民航组织)的工作，又请国际民航组织提交报告。', right: '欢迎国际民用航空组织(民航组织)的工作，又请民航组织提交报告。' },
      en: { wrong: 'Requests the Counter-Terrorism Committee Executive Directorate (ED) to report, and CTED to assist.', right: 'Requests the Counter-Terrorism Committee Executive Directorate (CTED) to report, and CTED to assist.' },
    },
  },
  'bracket-unbalanced': {
    what: { zh: '方括号缺少另一半：左方括号始终没有闭合，或右方括号前没有对应的左方括号。', en: 'A square bracket without its partner: an opening one never closed, or a closing one never opened.' },
    why: { zh: '未闭合的左方括号使其后直到文末都被读作尚未商定的文字，方括号清单（resolint --brackets）也随之出错；多半是剪切粘贴时丢了另一半。', en: 'An unclosed bracket makes the rest of the draft read as unagreed text, and the list of open brackets (resolint --brackets) goes wrong with it; the partner is usually lost in cutting and pasting.' },
    examples: {
      zh: { wrong: `${ZH_RECALL}1. 决定[将任务期限延长至2027年12月31日；\n\n2. 决定继续积极处理此案。\n`, right: `${ZH_RECALL}1. 决定[将任务期限延长至2027年12月31日]；\n\n2. 决定继续积极处理此案。\n` },
      en: { wrong: `${EN_RECALL}1. Decides [to extend the mandate until 31 December 2027;\n\n2. Decides to remain actively seized of the matter.\n`, right: `${EN_RECALL}1. Decides [to extend the mandate until 31 December 2027];\n\n2. Decides to remain actively seized of the matter.\n` },
    },
  },
  'bracket-unresolved': {
    what: { zh: '仍在方括号内的文字，或尚未选定的备选方案（Option）：谈判期间为信息，定稿阶段为警告（设置 unResolution.stage、配置的 stage 或 resolint --final）。', en: 'Text still in square brackets, or Option blocks with none chosen: information while the draft is negotiated, a warning at the final stage (the setting unResolution.stage, the configuration\'s stage, or resolint --final).' },
    why: { zh: '方括号标出尚未商定的文字；定稿不应再有方括号。谈判期间方括号本是常态，因此只作信息提示。', en: 'Brackets mark text not yet agreed, and a final text has none; while the draft is negotiated they are its business, hence only information.' },
    examples: {
      zh: { wrong: `${ZH_RECALL}1. 决定[将任务期限延长至2027年12月31日]；\n\n2. 决定继续积极处理此案。\n`, right: `${ZH_RECALL}1. 决定将任务期限延长至2027年12月31日；\n\n2. 决定继续积极处理此案。\n` },
      en: { wrong: `${EN_RECALL}1. Decides to extend the mandate [until 31 December 2027];\n\n2. Decides to remain actively seized of the matter.\n`, right: `${EN_RECALL}1. Decides to extend the mandate until 31 December 2027;\n\n2. Decides to remain actively seized of the matter.\n` },
    },
  },
  'proposal-tag-left': {
    what: { zh: '文中仍留有代表团的提案标记（(美国)、(RU: delete)）或商定标记（(暂时商定)、(agreed ad ref)）：谈判期间为信息，定稿阶段为警告。', en: 'A delegation\'s proposal tag ((US), (RU: delete)) or an agreed mark ((agreed ad ref), (暂时商定)) still in the text: information while the draft is negotiated, a warning at the final stage.' },
    why: { zh: '这些标记记录谈判中谁提出或商定了什么；文字商定后即应删去，通过的决议中没有这些标记。', en: 'The tags record who proposed or agreed what during the negotiation; they go once the text is agreed, and no adopted resolution has them.' },
    examples: {
      zh: { wrong: `${ZH_RECALL}1. 请秘书长在90天内提交报告(暂时商定)；\n\n2. 决定继续积极处理此案。\n`, right: `${ZH_RECALL}1. 请秘书长在90天内提交报告；\n\n2. 决定继续积极处理此案。\n` },
      en: { wrong: `${EN_RECALL}1. Requests the Secretary-General to report within 90 days (agreed ad ref);\n\n2. Decides to remain actively seized of the matter.\n`, right: `${EN_RECALL}1. Requests the Secretary-General to report within 90 days;\n\n2. Decides to remain actively seized of the matter.\n` },
    },
  },
};
