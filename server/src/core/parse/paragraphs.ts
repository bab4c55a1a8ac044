// Splits a text into paragraphs. Drafts are written one paragraph per line; text extracted from
// official PDFs wraps a paragraph over several lines with blank lines and page footers between them.
// Paragraph-final punctuation, numbers and sub-item labels mark where paragraphs begin.
import type { DraftLanguage, OffsetRange } from '../types';
import { withoutNegotiationMarks } from '../negotiation/marks';
import { preambularOpener } from './openers';

export interface TextLine {
  /** From the first to after the last non-space character. */
  readonly range: OffsetRange;
  readonly text: string;
}

/** A paragraph before classification: its lines, in order. */
export interface Block {
  readonly lines: TextLine[];
}

/**
 * Non-blank lines of text[start, end), trimmed, with exact offsets; lines that are spans the view
 * left out (page furniture, sorted) are skipped.
 */
export function textLines(text: string, removed: readonly OffsetRange[] = [], start = 0, end = text.length): TextLine[] {
  const lines: TextLine[] = [];
  let r = 0;
  const lineBreak = /\r\n|\r|\n/g;
  lineBreak.lastIndex = start;
  let lineStart = start;
  while (lineStart < end) {
    const match = lineBreak.exec(text);
    const lineEnd = match && match.index < end ? match.index : end;
    let first = lineStart;
    let last = lineEnd;
    while (first < last && /\s/.test(text[first])) first++;
    while (last > first && /\s/.test(text[last - 1])) last--;
    while (r < removed.length && removed[r].end < last) r++;
    const furniture = r < removed.length && removed[r].start <= first && removed[r].end >= last;
    if (last > first && !furniture) lines.push({ range: { start: first, end: last }, text: text.slice(first, last) });
    if (!match || match.index >= end) break;
    lineStart = match.index + match[0].length;
  }
  return lines;
}

const STRONG_END = /[；;。.：:]$/;
const COMMA_END = /[，,]$/;
const ANY_END = /[，,；;。.：:]$/;
export const OPERATIVE_NUMBER = /^(\d{1,3})\s*[.．](?!\d)\s*/;
export const SUB_ITEM_LABEL = /^[(（]([a-z]{1,2}|[ivxl]{1,6})[)）]\s*/;

function startsWithMarker(text: string): boolean {
  return OPERATIVE_NUMBER.test(text) || SUB_ITEM_LABEL.test(text);
}

/**
 * Groups lines into paragraphs. When most lines end with paragraph punctuation the draft is written
 * one paragraph per line, and every line is a paragraph (a line without final punctuation is then a
 * paragraph missing it). Otherwise lines are wrapped: a paragraph ends at ；。：, at a comma when the
 * next line opens a new paragraph, or before a number or sub-item label.
 */
export function groupParagraphs(lines: readonly TextLine[], language: DraftLanguage, isBoundary: (line: TextLine) => boolean): Block[] {
  const content = lines;
  // Negotiation marks at a line's edges ([Alt. 2: …, (RU)]) are set aside when reading where paragraphs begin and end.
  const read = content.map(line => withoutNegotiationMarks(line.text));
  const ended = read.filter(text => ANY_END.test(text)).length;
  const linePerParagraph = ended >= content.length * 0.8;
  const blocks: Block[] = [];
  content.forEach((line, i) => {
    const current = blocks[blocks.length - 1];
    const previous = read[i - 1];
    const startsNew = !current || linePerParagraph || isBoundary(line) || startsWithMarker(line.text)
      || STRONG_END.test(previous)
      || ((COMMA_END.test(previous) || !ANY_END.test(previous)) && preambularOpener(read[i], language) !== undefined);
    if (startsNew) blocks.push({ lines: [line] }); else current.lines.push(line);
  });
  return blocks;
}
