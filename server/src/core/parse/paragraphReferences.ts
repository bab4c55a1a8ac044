// References to operative paragraphs of the same draft: 上文第5段, 第5段, 第4和5段, paragraph 5 above.
// A reference that follows a citation or another document (第1990(2011)号决议第2段, paragraph 2 of
// resolution 1990 (2011), 报告第3段) points outside the draft and is left alone.
import type { TextView } from '../text/view';
import type { Citation, OffsetRange } from '../types';

export interface ParagraphReference {
  readonly number: number;
  readonly numberRange: OffsetRange;
  /** 上文, 下文, 本决议, above, below, of this resolution: certainly a paragraph of this draft. */
  readonly explicit: boolean;
}

// Group 1: the explicit marker; group 2: the numbers (with sub-item labels and list words).
// The list is read as far as it goes, and 段 looked for after it: on a list without 段, a later 第 in it
// would read the same list to the same end, so the search goes on after the list (an expression ending
// in 段 retried the list from each of its 第, in time squared).
const CHINESE = /(上文|下文|本决议)?第\s*(\d{1,3}(?:\s*[(（][a-z]{1,2}[)）])?(?:\s*(?:、|和|及|至)\s*(?:第\s*)?\d{1,3}(?:\s*[(（][a-z]{1,2}[)）])?)*)/dg;
const PARAGRAPH_WORD = /\s*段/y;
// Group 1: the numbers; group 2: what follows (above, below, of this resolution, or another "of").
const ENGLISH = /\bparagraphs?\s+(\d{1,3}(?:\s*\([a-z]{1,2}\))?(?:\s*(?:,|and|to)\s*\d{1,3}(?:\s*\([a-z]{1,2}\))?)*)(\s+(?:above|below|of (?:this|the present) resolution)\b|\s+of\b)?/dg;
/** What stands before 第N段 when the paragraph is another document's. */
const OTHER_DOCUMENT_BEFORE = /(?:决议|》|报告|声明|信|文件|协定|协议|公约|议定书|条|章|附件)\s*$/;

/** The paragraph numbers in a run like `4(a)、5和6`, sub-item labels skipped. */
function numbersIn(text: string, offset: number): { number: number; range: OffsetRange }[] {
  const found = [];
  for (const match of text.matchAll(/[(（][a-z]{1,2}[)）]|\d{1,3}/g)) {
    if (!/^\d/.test(match[0])) continue;
    const start = offset + match.index!;
    found.push({ number: Number(match[0]), range: { start, end: start + match[0].length } });
  }
  return found;
}

/** Characters of the view read between two steps: a few milliseconds of matching, whatever the text. */
const CHARACTERS_PER_STEP = 1 << 16;
/**
 * No reference holds one of these (a reference is made of its words, numbers, sub-item labels, list
 * words and white space): a stretch of the view read in one step ends before one. A draft without 。
 * or ； (40,000 citations in a row) was one step of 28 ms when only those ended a stretch.
 */
const STRETCH_END = /[^\sA-Za-z0-9(),（）、和及至第段上下文本决议]/g;

/**
 * References in the view from its offset `from` on, their ranges in the original text, read a stretch
 * of some 65,000 characters at a step. citations: the document's, whose ends (in the original) mark
 * references to another resolution's paragraphs.
 */
export function* findParagraphReferencesInSteps(view: TextView, from: number, citations: readonly Citation[]): Generator<void, ParagraphReference[]> {
  const citationEnds = new Set(citations.map(c => c.range.end));
  const followsCitation = (start: number) => {
    let i = start;
    while (i > 0 && /\s/.test(view.text[i - 1])) i--;
    return i > 0 && citationEnds.has(view.toOriginalEnd(i));
  };
  const text = view.text;
  const references: ParagraphReference[] = [];
  for (let stretchStart = from; stretchStart < text.length;) {
    STRETCH_END.lastIndex = Math.min(stretchStart + CHARACTERS_PER_STEP, text.length);
    const end = STRETCH_END.exec(text)?.index ?? text.length;
    const stretch = text.slice(stretchStart, end);
    const add = (numbers: [number, number], explicit: boolean) => {
      const start = stretchStart + numbers[0];
      for (const { number, range: numberRange } of numbersIn(text.slice(start, stretchStart + numbers[1]), start)) {
        references.push({ number, numberRange: view.toOriginalRange(numberRange), explicit });
      }
    };
    CHINESE.lastIndex = 0;
    for (let match = CHINESE.exec(stretch); match; match = CHINESE.exec(stretch)) {
      PARAGRAPH_WORD.lastIndex = CHINESE.lastIndex;
      if (!PARAGRAPH_WORD.test(stretch)) continue;
      CHINESE.lastIndex = PARAGRAPH_WORD.lastIndex;
      const explicit = match[1] !== undefined;
      const start = stretchStart + match.index!;
      if (!explicit && (followsCitation(start) || OTHER_DOCUMENT_BEFORE.test(text.slice(Math.max(0, start - 8), start)))) continue;
      add(match.indices![2], explicit);
    }
    for (const match of stretch.matchAll(ENGLISH)) {
      const tail = match[2]?.trim();
      if (tail === 'of') continue; // paragraph 2 of resolution 1990 (2011), of the report
      add(match.indices![1], tail !== undefined);
    }
    stretchStart = end;
    yield;
  }
  return references.sort((a, b) => a.numberRange.start - b.numberRange.start);
}
