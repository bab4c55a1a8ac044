// Shared by the rules on resolution structure: which paragraphs they read and how a paragraph ends.
import type { ResolutionDocument } from '../parse/document';
import type { PreambularParagraph } from '../parse/structure';
import type { OffsetRange } from '../types';
import type { Finding, Localized, TextEdit } from './rule';

/** Structure rules speak only of resolutions: a letter or report has no title line and no structure. */
export function isResolution(document: ResolutionDocument): boolean {
  return document.structure.title !== undefined;
}

export function paragraphBody(document: ResolutionDocument, paragraph: PreambularParagraph): string {
  return document.text.slice(paragraph.bodyStart, paragraph.range.end);
}

/** The first words of a paragraph, where an opener finding is shown. */
export function openingRange(document: ResolutionDocument, paragraph: PreambularParagraph): OffsetRange {
  const body = paragraphBody(document, paragraph);
  const clause = body.search(/[，,；;。.：:\s]/);
  const length = Math.min(clause < 0 ? body.length : clause, document.language === 'zh' ? 6 : 24);
  let end = paragraph.bodyStart + Math.max(1, length);
  // Never end between the two halves of a surrogate pair (𠀀): the range and the quoted text stay whole.
  if ((document.text.charCodeAt(end - 1) & 0xfc00) === 0xd800 && (document.text.charCodeAt(end) & 0xfc00) === 0xdc00) end++;
  return { start: paragraph.bodyStart, end };
}

/** Half-width and full-width forms of one mark count as the same mark here: width is punctuation-width's business. */
const SAME_MARK: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？' };

export function finalMark(document: ResolutionDocument, paragraph: PreambularParagraph): string {
  const last = document.text[paragraph.range.end - 1] ?? '';
  return SAME_MARK[last] ?? last;
}

const ENDING_MARKS = /[，,；;。.：:]/;

/** The edit that makes a paragraph end with `mark`: replaces a wrong final mark or appends one. */
export function endWith(document: ResolutionDocument, paragraph: PreambularParagraph, mark: string): TextEdit {
  const end = paragraph.range.end;
  return ENDING_MARKS.test(document.text[end - 1] ?? '')
    ? { range: { start: end - 1, end }, newText: mark }
    : { range: { start: end, end }, newText: mark };
}

/** The range a punctuation finding is shown on: the final mark, or the last character. */
export function endingRange(document: ResolutionDocument, paragraph: PreambularParagraph): OffsetRange {
  const end = paragraph.range.end;
  const text = document.text;
  // Keep an astral character whole (a low surrogate after its high one), but not a lone low surrogate.
  const pair = (text.charCodeAt(end - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(end - 2) & 0xfc00) === 0xd800;
  const start = pair ? end - 2 : end - 1;
  return { start: Math.max(paragraph.range.start, start), end };
}

export const endWithTitle: Localized<[string]> = {
  zh: mark => `以“${mark}”结尾`,
  en: mark => `End with “${mark}”`,
};

/** The findings of an opener rule: one on the first words of each paragraph whose opener is not recognized. */
export function* openerFindings(
  document: ResolutionDocument,
  ruleId: string,
  paragraphs: readonly PreambularParagraph[],
  hasOpener: (body: string) => boolean,
  message: (paragraph: PreambularParagraph, start: string) => string,
): Generator<Finding> {
  for (const paragraph of paragraphs) {
    if (hasOpener(paragraphBody(document, paragraph))) continue;
    const range = openingRange(document, paragraph);
    yield { ruleId, range, message: message(paragraph, document.text.slice(range.start, range.end)) };
  }
}
