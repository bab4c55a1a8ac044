// The printed lines of a text, as the paragraph reader sees them: trimmed, with their indentation,
// whether a blank line stands before them, and what opens them (a paragraph number, a sub-item label,
// a list bullet of a web copy). Page furniture, which the view leaves out, is no line at all.
import { LINES_PER_STEP } from '../steps';
import { isSpace } from '../text/chars';
import type { DraftLanguage, OffsetRange } from '../types';
import { englishOperativeOpener } from './openers';

export interface TextLine {
  /** From the first to after the last non-space character. */
  readonly range: OffsetRange;
  readonly text: string;
  /** The text as read: traditional characters as simplified ones, a web copy's list bullet left out. */
  readonly read: string;
  /** Where `read` starts in the line: after a bullet (`- 回顾`), 0 when there is none. */
  readonly readStart: number;
  /** Columns of white space before the text; a full-width space counts two. */
  readonly indent: number;
  readonly blankBefore: boolean;
}

/** A list bullet of a web or Markdown copy: `- 回顾…`, `* 1. 决定…`, `• Recalling`. */
const BULLET = /^[-*•·]\s+/;

/**
 * Non-blank lines of text, trimmed, with exact offsets, a few thousand lines at each next(). removed:
 * spans the view left out (sorted); a line inside one (page furniture) is skipped. simplify reads a
 * line's characters (traditional ones as simplified).
 */
export function* textLinesInSteps(text: string, removed: readonly OffsetRange[], simplify: (line: string) => string = line => line): Generator<void, TextLine[]> {
  const lines: TextLine[] = [];
  let r = 0;
  let blank = false;
  for (let lineStart = 0, count = 0; lineStart <= text.length; count++) {
    if (count === LINES_PER_STEP) { yield; count = 0; }
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let first = lineStart;
    let last = lineEnd;
    lineStart = lineEnd + 1;
    let indent = 0;
    for (; first < last; first++) {
      const c = text.charCodeAt(first);
      if (c === 0x3000) indent += 2;
      else if (c === 32 || c === 9 || c === 0xa0 || c === 0xfeff) indent++;
      else if (c !== 13 && c !== 12) break;
    }
    while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
    while (r < removed.length && removed[r].end < last) r++;
    const furniture = r < removed.length && removed[r].start <= first && removed[r].end >= last;
    // A footnote marker ends the line (Force, 43): the line ends before it.
    if (!furniture && r < removed.length && removed[r].start > first && removed[r].start < last && removed[r].end >= last) {
      last = removed[r].start;
      while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
    }
    if (last > first && !furniture) {
      const raw = text.slice(first, last);
      const bullet = BULLET.exec(raw);
      const readStart = bullet ? bullet[0].length : 0;
      lines.push({ range: { start: first, end: last }, text: raw, read: simplify(raw.slice(readStart)), readStart, indent, blankBefore: blank });
      blank = false;
    } else if (!furniture) {
      blank = lines.length > 0;
    }
  }
  return lines;
}

/** `5.`, `5．`, and in English the slips of scanned print: `4,` `Z.` `ll.` before an operative verb. */
export const OPERATIVE_NUMBER = /^(\d{1,3})\s*[.．](?!\d)\s*/;
const SCANNED_NUMBER = /^(\d{1,3}|[IlZSO]{1,2}|\d[Il]|[Il]\d)\s*[.,](?!\d)\s+(?=[A-Z])/;
export const SUB_ITEM_LABEL = /^[(（]([a-z]{1,2}|[ivxl]{1,6})[)）]\s*/;

/** The number that opens an operative paragraph, and how long the marker is; scan slips give no number. */
export function operativeNumber(read: string, language: DraftLanguage): { number?: number; length: number } | undefined {
  const number = OPERATIVE_NUMBER.exec(read);
  if (number) return { number: Number(number[1]), length: number[0].length };
  const scanned = language === 'en' ? SCANNED_NUMBER.exec(read) : null;
  if (!scanned || !englishOperativeOpener(read.slice(scanned[0].length))) return undefined;
  return { ...(/^\d+$/.test(scanned[1]) ? { number: Number(scanned[1]) } : {}), length: scanned[0].length };
}

/** A section heading of the operative part: `A`, `B.` alone on a line (S/RES/865 (1993)). */
export function isSectionHeading(read: string): boolean {
  return /^[A-H]\.?$/.test(read) || /^[一二三四五六七八九十]{1,2}$/.test(read);
}

/** The line that records the adoption, after which the resolution ends: footnotes, annexes follow. Scans read Adopted as Adapted. */
const ADOPTION = /^(?:第[\d一二三四五六七八九十百千〇零]+次会议.{0,24}通过|Ad[oa]pted (?:at|by|unanimously|without)|\d{4}年\d{1,2}月\d{1,2}日.{0,10}第\d+次会议.{0,12}通过)/;
/** An annex heading ends the resolution too: 附件, Annex, ANNEX I. */
const ANNEX = /^(?:附件[一二三四五六七八九十]*|Annex(?: [IVX]+)?|ANNEX(?: [IVX]+)?)$/;
export function isAdoptionLine(read: string): boolean {
  return ADOPTION.test(read) || ANNEX.test(read);
}
