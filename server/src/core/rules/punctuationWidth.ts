// Chinese prose takes full-width ，；：？ and English prose half-width , ; : ?. Text extracted from
// PDFs (corpus 004) and text typed with the wrong input mode mix them up. Brackets are left to the
// citation rules.
import type { ResolutionDocument } from '../parse/document';
import { isCjk } from '../text/chars';
import type { DraftLanguage } from '../types';
import { PAUSE, type Localized, type Pause, type Rule, type TextEdit } from './rule';

const TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？' };
const TO_HALF: Record<string, string> = { '，': ',', '；': ';', '：': ':', '？': '?' };
/**
 * Where a wrong mark may stand; the code below decides. Chinese prose is full of ，；：？, English of
 * , ; : ?: matching only the marks that may be wrong keeps the scan from visiting every right one.
 * The classes are wider than isCjk and isAsciiWord, never narrower.
 */
const CANDIDATES = {
  // The mark first, its neighbours after: a look behind at every position would cost more than the scan.
  zh: /[,;:?]|[，；：？](?<=[A-Za-z0-9][ \t\u3000]*.)(?=[ \t\u3000]*[A-Za-z0-9])/g,
  en: /[，；：？]|[,;:?](?:(?<=[\u2019\u201d\u3000-\u303f\u3400-\u9fff\ud840-\ud87f\uff01-\uff5e][ \t\u3000]*.)|(?=[ \t\u3000]*[\u2019\u201d\u3000-\u303f\u3400-\u9fff\ud840-\ud87f\uff01-\uff5e]))/g,
} as const;

/** Chinese on one side of a mark; the closing quotes ” ’ count only in Chinese texts, English ones use them too. */
function isChinese(code: number, language: DraftLanguage): boolean {
  return (isCjk(code) && code !== 0xff0c) || (language === 'zh' && (code === 0x201d || code === 0x2019));
}
const isAsciiWord = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isDigit = (code: number) => code >= 48 && code <= 57;
const isInlineSpace = (code: number) => code === 32 || code === 9 || code === 0x3000;

function neighbours(text: string, at: number): { before: number; after: number; afterIndex: number } {
  let i = at - 1;
  while (i >= 0 && isInlineSpace(text.charCodeAt(i))) i--;
  let before = i >= 0 ? text.charCodeAt(i) : NaN;
  // An astral character before the mark (𠀀) is read by its high surrogate, which tells an ideograph
  // from an emoji; a lone low surrogate is no character at all.
  if ((before & 0xfc00) === 0xdc00) before = i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800 ? text.charCodeAt(i - 1) : NaN;
  let j = at + 1;
  while (j < text.length && isInlineSpace(text.charCodeAt(j))) j++;
  return { before, after: j < text.length ? text.charCodeAt(j) : NaN, afterIndex: j };
}

const message: Localized<[string, string]> = {
  zh: (found, wanted) => `${wanted === TO_FULL[found] ? '中文' : '英文'}行文应使用${wanted === TO_FULL[found] ? '全角' : '半角'}标点“${wanted}”，而不是“${found}”。`,
  en: (found, wanted) => `${wanted === TO_FULL[found] ? 'Chinese' : 'English'} prose takes the ${wanted === TO_FULL[found] ? 'full-width' : 'half-width'} “${wanted}”, not “${found}”.`,
};
const fixTitle: Localized<[string]> = { zh: wanted => `改为“${wanted}”`, en: wanted => `Write “${wanted}”` };

interface WrongMark { at: number; end: number; found: string; replacement: string; wanted: string }

/** The rule reads this many candidate marks between two pauses. */
const CANDIDATES_PER_PAUSE = 4096;

function* wrongWidths(document: ResolutionDocument): Generator<WrongMark | Pause> {
  const { text, citations, language } = document;
  const candidates = CANDIDATES[language];
  let nextCitation = 0;
  let read = 0;
  // test() finds the next candidate without making a match array (a text has hundreds of thousands);
  // every match is the mark alone. The expression is shared: its position is set before each search,
  // as another check may have used it while this one was paused.
  for (let from = 0; ;) {
    candidates.lastIndex = from;
    if (!candidates.test(text)) break;
    from = candidates.lastIndex;
    if (++read % CANDIDATES_PER_PAUSE === 0) yield PAUSE;
    const at = from - 1;
    while (nextCitation < citations.length && citations[nextCitation].range.end <= at) nextCitation++;
    if (nextCitation < citations.length && citations[nextCitation].range.start <= at) continue;
    // Read as a string only when it is reported: a full-width mark read so is a new string each time.
    const halfWidth = text.charCodeAt(at) < 0x80;
    const { before, after, afterIndex } = neighbours(text, at);
    if (halfWidth) {
      // 1,000 and 10:30 are numbers; a mark between Chinese words is Chinese punctuation.
      if ((isChinese(before, language) || isChinese(after, language)) && !(isDigit(before) && isDigit(after))) {
        const found = text[at];
        const end = after === after && isChinese(after, language) ? afterIndex : at + 1;
        yield { at, end, found, replacement: TO_FULL[found], wanted: TO_FULL[found] };
      }
    } else {
      // In an English draft any full-width mark after Latin text; in a Chinese one only between English words.
      const english = language === 'en' ? !isChinese(before, language) && !isChinese(after, language) : isAsciiWord(before) && isAsciiWord(after);
      if (english) {
        const found = text[at];
        const half = TO_HALF[found];
        yield { at, end: at + 1, found, replacement: after === after && isAsciiWord(after) && afterIndex === at + 1 ? `${half} ` : half, wanted: half };
      }
    }
  }
}

/** The marks of the other width that stand where they belong: full-width ones in Chinese prose, half-width in English before a space. */
function rightWidthCount(text: string, language: DraftLanguage): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (language === 'zh' ? c === 0xff0c || c === 0xff1b || c === 0xff1a || c === 0xff1f
      : (c === 44 || c === 59 || c === 58 || c === 63) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9 || text.charCodeAt(i + 1) === 10)) count++;
  }
  return count;
}

const systematicMessage: Localized<[number, string]> = {
  zh: (count, wanted) => `本文的标点通篇为${wanted === '，' ? '半角' : '全角'}（网页和 PDF 副本常见）：共 ${count} 处，可一次全部改为${wanted === '，' ? '全角' : '半角'}。`,
  en: (count, wanted) => `This text uses ${wanted === '，' ? 'half-width' : 'full-width'} punctuation throughout, as web and PDF copies do: ${count} marks, which one fix changes to ${wanted === '，' ? 'full width' : 'half width'}.`,
};
const systematicTitle: Localized<[number]> = { zh: count => `改正全部 ${count} 处标点宽度`, en: count => `Change the width of all ${count} marks` };

/** More wrong marks than right ones, and several: a copy that converted them all, not a slip of the keyboard. */
const SYSTEMATIC_MIN = 5;

export const punctuationWidth: Rule = {
  id: 'punctuation-width',
  defaultSeverity: 'warning',
  description: 'Half-width , ; : ? in Chinese prose, or full-width ，；：？ in English prose.',
  fixAll: true,
  *check(document, { messageLanguage }) {
    // All wrong marks are read before the first is reported: they may be a whole text's (below).
    const wrong: WrongMark[] = [];
    for (const mark of wrongWidths(document)) {
      if (mark === PAUSE) yield PAUSE; else wrong.push(mark);
    }
    // Most texts have no wrong mark at all: their right ones are counted only when it may matter.
    if (wrong.length >= SYSTEMATIC_MIN && wrong.length > rightWidthCount(document.text, document.language)) {
      // One finding for the whole text: hundreds of warnings on a web copy of an adopted text would bury the rest.
      const first = wrong[0];
      let edits: TextEdit[] | undefined;
      yield {
        ruleId: this.id,
        range: { start: first.at, end: first.at + 1 },
        severity: 'information',
        message: systematicMessage[messageLanguage](wrong.length, TO_FULL[first.found] ? '，' : ','),
        // Its edits span the text (120,000 of them in a hostile draft): made when the fix is asked for, not
        // carried in the diagnostic the server publishes.
        fix: { title: systematicTitle[messageLanguage](wrong.length), wholeDocument: true, get edits() { return (edits ??= wrong.map(w => ({ range: { start: w.at, end: w.end }, newText: w.replacement }))); } },
      };
      return;
    }
    // Eight marks make all the messages: made once each, not once per finding (a draft may have 100,000).
    const texts = new Map<string, { message: string; title: string }>();
    for (const { at, end, found, replacement, wanted } of wrong) {
      let text = texts.get(found);
      if (!text) texts.set(found, text = { message: message[messageLanguage](found, wanted), title: fixTitle[messageLanguage](wanted) });
      yield {
        ruleId: this.id,
        range: { start: at, end: at + 1 },
        message: text.message,
        fix: { title: text.title, edits: [{ range: { start: at, end }, newText: replacement }] },
      };
    }
  },
};
