// How preambular and operative paragraphs open.
//
// English has morphology: the UN Editorial Manual says each preambular paragraph "begins with a
// present, past or perfect participle or participial phrase or an adjective" and each operative
// paragraph "with an operative verb (or phrase) in the present indicative tense". Chinese has none:
// the same verbs open both parts (促请 opens preambular paragraphs of S/RES/2399 (2017), 回顾
// operative ones), adverbs stand before them (又回顾, 还决定, 关切地注意到) and a paragraph may open
// with a prepositional phrase whose verb comes later (对……表示严重关切, S/RES/2394 (2017)). So Chinese
// openers are one list of verbs, with those prefixes allowed.
import type { DraftLanguage } from '../types';

/**
 * Verbs and fixed phrases that open paragraphs of Security Council resolutions in Chinese. Sources:
 * the issue that specified these rules (回顾 … 授权), shared/data/phrases.tsv (parallel S/RES texts),
 * and the Chinese texts of S/RES/1985 (2011), 2394 (2017), 2399 (2018), 2446 (2018), 2505 (2020),
 * 2660 (2022), 2693 (2023), 2745 (2024) and 2774 (2025) as published on zh.wikisource / zhonghuashu.
 */
export const CHINESE_PREAMBULAR_OPENERS: readonly string[] = [
  // from the issue and phrases.tsv
  '回顾', '又回顾', '还回顾', '重申', '认识到', '强调', '着重指出', '表示关切', '欢迎', '注意到', '表示注意到',
  '赞赏地注意到', '再次着重指出', '表示最严重地关切', '认定', '根据《联合国宪章》第七章采取行动',
  // read in the S/RES texts named above
  '审议了', '重点指出', '强调指出', '关切地注意到', '表示尤为关切', '铭记', '确认', '申明', '哀悼',
  // read in the official texts of test/fixtures/official (older translations among them) and named in issue 11
  '业已审议', '业已审查', '覆按', '念及', '希望', '意识到', '鉴于', '深为关切', '深感关切', '严重关切', '决心', '决意',
  '肯定', '称赞', '认可', '痛惜', '提醒', '深信', '确信', '相信', '承认', '感到震惊', '震惊', '考虑到', '承诺', '坚决要求',
];

export const CHINESE_OPERATIVE_OPENERS: readonly string[] = [
  // from the issue and phrases.tsv
  '决定', '请', '促请', '吁请', '敦促', '鼓励', '欢迎', '重申', '强调', '指示', '认识到', '表示', '谴责', '授权',
  '强烈敦促', '强烈谴责', '最强烈地谴责', '决定继续积极处理此案',
  // read in the S/RES texts named above
  '还决定', '又决定', '呼吁', '要求', '维持', '同意', '赞同', '赞扬', '支持', '核可', '邀请', '知悉', '欣见',
  // read in the official texts of test/fixtures/official: 决议 opens the single operative paragraph of 1960s texts
  '希望', '确信', '延长', '确定', '核准', '决议',
];

const CHINESE_OPENER_VERBS: readonly string[] = [...new Set([...CHINESE_PREAMBULAR_OPENERS, ...CHINESE_OPERATIVE_OPENERS,
  '就此指出', '指出', '深表关切', '关切', '确认'])];

/** For completion: shared/data/phrases.tsv and the UN Editorial Manual's examples. */
export const ENGLISH_PREAMBULAR_OPENERS: readonly string[] = ['Recalling', 'Recalling also', 'Recalling further',
  'Reaffirming', 'Recognizing', 'Emphasizing', 'Stressing', 'Underlining', 'Underscoring', 'Expressing concern',
  'Expressing its gravest concern', 'Welcoming', 'Noting', 'Noting with appreciation', 'Taking note of',
  'Determining', 'Acting under Chapter VII of the Charter of the United Nations', 'Bearing in mind', 'Mindful',
  'Deeply concerned'];

export const ENGLISH_OPERATIVE_OPENERS: readonly string[] = ['Decides', 'Requests', 'Calls upon', 'Urges',
  'Strongly urges', 'Encourages', 'Welcomes', 'Reaffirms', 'Emphasizes', 'Stresses', 'Condemns',
  'Strongly condemns', 'Authorizes', 'Demands', 'Expresses', 'Recognizes', 'Directs', 'Invites',
  'Decides to remain actively seized of the matter'];

/** Adverbs that stand before the verb: 又回顾, 还请, 再次促请, 并决定. */
const CHINESE_ADVERB = /^(?:又|还|并|也|亦|但|兹|因此|继续|已经|全心全意|再次|进一步|同时|特别是|特别|尤其|一再|再度|此外还|此外|坚决)/;
/** Acting under Chapter VII: 根据《联合国宪章》第七章采取行动, also written 兹根据《宪章》第七章 (S/RES/661 (1990)). */
const CHAPTER_VII = /^根据《?(?:联合国)?宪章》?第七章/;
/** An adverb formed with 地: 关切地注意到, 最强烈地谴责, 赞赏地. */
const CHINESE_DI_ADVERB = /^[\u4e00-\u9fff]{1,6}地(?![区方点位球带图])/;
/** A prepositional opening whose verb follows: 对……表示关切, 根据……, 就此. */
const CHINESE_PREPOSITION = /^(?:对|就|在|根据|按照|依照|依据|鉴于|本着|为了|为|关于|考虑到)/;

const byLength = [...CHINESE_OPENER_VERBS].sort((a, b) => b.length - a.length);

function startsWithVerb(text: string): string | undefined {
  return byLength.find(verb => text.startsWith(verb));
}

/** The opener of a Chinese paragraph (adverbs included), or undefined if none is recognized. */
export function chineseOpener(text: string): string | undefined {
  let rest = text;
  for (let i = 0; i < 3; i++) {
    const verb = startsWithVerb(rest);
    if (verb) return text.slice(0, text.length - rest.length + verb.length);
    const adverb = CHINESE_ADVERB.exec(rest) ?? CHINESE_DI_ADVERB.exec(rest);
    if (!adverb) break;
    rest = rest.slice(adverb[0].length);
  }
  if (CHAPTER_VII.test(rest)) return text.slice(0, text.length - rest.length) + '根据';
  // 对所有违反……的行为表示严重关切, 已经在……举行协商时决定: the verb stands at the end of the first clause.
  const preposition = CHINESE_PREPOSITION.exec(rest);
  if (preposition) {
    const clause = rest.slice(0, rest.search(/[，,；;。]|$/));
    if (byLength.some(verb => clause.includes(verb))) return text.slice(0, text.length - rest.length + preposition[0].length);
  }
  return undefined;
}

/** Adverbs before an English participle or verb: Further recalling, Strongly condemns, Also decides. */
const ENGLISH_ADVERB = /^(?:[A-Z]?[a-z]+ly|[Aa]lso|[Ff]urther|[Aa]gain|[Oo]nce|[Ss]till|[Nn]ot)\b\s+/;
/** Adjectives that open preambular paragraphs (UN Editorial Manual: "or an adjective"). */
const ENGLISH_ADJECTIVES = new Set(['mindful', 'aware', 'cognizant', 'conscious', 'desirous', 'fearful', 'confident',
  'anxious', 'eager', 'keen', 'resolved', 'seized', 'sure', 'grateful', 'appreciative', 'supportive', 'indignant', 'determined',
  'convinced', 'alarmed', 'gravely', 'firm']);

function firstWordAfterAdverbs(text: string): { word: string; end: number } | undefined {
  let rest = text;
  for (let i = 0; i < 3; i++) {
    const adverb = ENGLISH_ADVERB.exec(rest);
    if (!adverb) break;
    rest = rest.slice(adverb[0].length);
  }
  const word = /^[A-Za-z]+/.exec(rest);
  return word ? { word: word[0], end: text.length - rest.length + word[0].length } : undefined;
}

/** Recalling, Deeply concerned, Mindful, Having considered: a participle or an adjective. */
export function englishPreambularOpener(text: string): string | undefined {
  const first = firstWordAfterAdverbs(text);
  if (!first) return undefined;
  const word = first.word.toLowerCase();
  const ok = /(?:ing|ed)$/.test(word) || ENGLISH_ADJECTIVES.has(word);
  return ok ? text.slice(0, first.end) : undefined;
}

/** Decides, Calls upon, Strongly condemns: a verb in the present indicative, third person. */
export function englishOperativeOpener(text: string): string | undefined {
  const first = firstWordAfterAdverbs(text);
  if (!first || !/^[A-Z]?[a-z]+s$/.test(first.word) || /(?:ss|us|is)$/.test(first.word)) return undefined;
  return text.slice(0, first.end);
}

/** UN style italicizes openers; a Markdown draft writes *Recalling* or _Decides_. */
function withoutEmphasis(text: string): string {
  return text.replace(/^[*_]{1,3}(?=\S)/, '').replace(/^(\S+?)[*_]{1,3}(?=\s|$)/, '$1');
}

export function preambularOpener(text: string, language: DraftLanguage): string | undefined {
  const plain = withoutEmphasis(text);
  return language === 'zh' ? chineseOpener(plain) : englishPreambularOpener(plain);
}

export function operativeOpener(text: string, language: DraftLanguage): string | undefined {
  const plain = withoutEmphasis(text);
  return language === 'zh' ? chineseOpener(plain) : englishOperativeOpener(plain);
}
