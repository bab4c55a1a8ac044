// Chinese prose takes full-width ，；：？ and English prose half-width , ; : ?. Text extracted from
// PDFs (corpus 004) and text typed with the wrong input mode mix them up. Brackets are left to the
// citation rules.
import type { ResolutionDocument } from '../parse/document';
import type { Localized, Rule } from './rule';

const TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？' };
const TO_HALF: Record<string, string> = { '，': ',', '；': ';', '：': ':', '？': '?' };
/**
 * Where a wrong mark may stand; the code below decides. Chinese prose is full of ，；：？, English of
 * , ; : ?: matching only the marks that may be wrong keeps the scan from visiting every right one.
 * The classes are wider than isCjk and isAsciiWord, never narrower.
 */
const CANDIDATES = {
  zh: /[,;:?]|(?<=[A-Za-z0-9][ \t\u3000]*)[，；：？](?=[ \t\u3000]*[A-Za-z0-9])/g,
  en: /[，；：？]|(?<=[\u2019\u201d\u3000-\u303f\u3400-\u9fff\ud840-\ud87f\uff01-\uff5e][ \t\u3000]*)[,;:?]|[,;:?](?=[ \t\u3000]*[\u2019\u201d\u3000-\u303f\u3400-\u9fff\ud840-\ud87f\uff01-\uff5e])/g,
} as const;

function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xd840 && code <= 0xd87f)
    || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff5e && code !== 0xff0c) || code === 0x201d || code === 0x2019;
}
const isAsciiWord = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isDigit = (code: number) => code >= 48 && code <= 57;
const isInlineSpace = (code: number) => code === 32 || code === 9 || code === 0x3000;

function neighbours(text: string, at: number): { before: number; after: number; afterIndex: number } {
  let i = at - 1;
  while (i >= 0 && isInlineSpace(text.charCodeAt(i))) i--;
  // An astral character before the mark (𠀀) is read by its high surrogate, the half isCjk knows.
  if (i > 0 && (text.charCodeAt(i) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) i--;
  let j = at + 1;
  while (j < text.length && isInlineSpace(text.charCodeAt(j))) j++;
  return { before: i >= 0 ? text.charCodeAt(i) : NaN, after: j < text.length ? text.charCodeAt(j) : NaN, afterIndex: j };
}

const message: Localized<[string, string]> = {
  zh: (found, wanted) => `${wanted === TO_FULL[found] ? '中文' : '英文'}行文应使用${wanted === TO_FULL[found] ? '全角' : '半角'}标点“${wanted}”，而不是“${found}”。`,
  en: (found, wanted) => `${wanted === TO_FULL[found] ? 'Chinese' : 'English'} prose takes the ${wanted === TO_FULL[found] ? 'full-width' : 'half-width'} “${wanted}”, not “${found}”.`,
};
const fixTitle: Localized<[string]> = { zh: wanted => `改为“${wanted}”`, en: wanted => `Write “${wanted}”` };

function* wrongWidths(document: ResolutionDocument): Generator<{ at: number; end: number; found: string; replacement: string; wanted: string }> {
  const { text, citations } = document;
  let nextCitation = 0;
  for (const match of text.matchAll(CANDIDATES[document.language])) {
    const at = match.index!;
    while (nextCitation < citations.length && citations[nextCitation].range.end <= at) nextCitation++;
    if (nextCitation < citations.length && citations[nextCitation].range.start <= at) continue;
    const found = match[0];
    const { before, after, afterIndex } = neighbours(text, at);
    if (TO_FULL[found]) {
      // 1,000 and 10:30 are numbers; a mark between Chinese words is Chinese punctuation.
      if ((isCjk(before) || isCjk(after)) && !(isDigit(before) && isDigit(after))) {
        const end = after === after && isCjk(after) ? afterIndex : at + 1;
        yield { at, end, found, replacement: TO_FULL[found], wanted: TO_FULL[found] };
      }
    } else {
      // In an English draft any full-width mark after Latin text; in a Chinese one only between English words.
      const english = document.language === 'en' ? !isCjk(before) && !isCjk(after) : isAsciiWord(before) && isAsciiWord(after);
      if (english) {
        const half = TO_HALF[found];
        yield { at, end: at + 1, found, replacement: after === after && isAsciiWord(after) && afterIndex === at + 1 ? `${half} ` : half, wanted: half };
      }
    }
  }
}

export const punctuationWidth: Rule = {
  id: 'punctuation-width',
  defaultSeverity: 'warning',
  description: 'Half-width , ; : ? in Chinese prose, or full-width ，；：？ in English prose.',
  fixAll: true,
  *check(document, { messageLanguage }) {
    for (const { at, end, found, replacement, wanted } of wrongWidths(document)) {
      yield {
        ruleId: this.id,
        range: { start: at, end: at + 1 },
        message: message[messageLanguage](found, wanted),
        fix: { title: fixTitle[messageLanguage](wanted), edits: [{ range: { start: at, end }, newText: replacement }] },
      };
    }
  },
};
