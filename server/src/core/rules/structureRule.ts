// Shared by the rules on resolution structure: which paragraphs they read and how a paragraph ends.
import { withoutClosingMarks, withoutNegotiationMarks } from '../negotiation/marks';
import type { ResolutionDocument } from '../parse/document';
import type { PreambularParagraph } from '../parse/structure';
import { trailingRunStart } from '../text/chars';
import type { OffsetRange } from '../types';
import type { Finding, Localized, TextEdit } from './rule';

/** Structure rules speak only of resolutions: a letter or report has no title line and no structure. */
export function isResolution(document: ResolutionDocument): boolean {
  return document.structure.title !== undefined;
}

/** A paragraph's words as they read (the view): traditional characters as simplified, line breaks gone. */
export function paragraphBody(document: ResolutionDocument, paragraph: PreambularParagraph): string {
  const view = document.view;
  return view.text.slice(view.toView(paragraph.bodyStart), view.toView(paragraph.range.end));
}

/**
 * A paragraph's first phrase, where an opener finding is shown and which its message names: in Chinese
 * up to the first mark of punctuation (at most 12 characters), in English the first word after adverbs.
 */
export function firstPhrase(document: ResolutionDocument, paragraph: PreambularParagraph): { range: OffsetRange; text: string } {
  const view = document.view;
  const start = view.toView(paragraph.bodyStart);
  const body = paragraphBody(document, paragraph);
  let length: number;
  if (document.language === 'zh') {
    const clause = body.search(/[，,；;。：:、（(\s]/);
    length = Math.min(clause < 0 ? body.length : clause, 12);
    // Never end between the two halves of a surrogate pair (𠀀): the range and the quoted text stay whole.
    if ((body.charCodeAt(length - 1) & 0xfc00) === 0xd800) length++;
  } else {
    const opener = /^[*_]*(?:(?:[A-Z]?[a-z]+ly|[Aa]lso|[Ff]urther|[Aa]gain)\s+){0,3}\S+/.exec(body)?.[0] ?? '';
    length = trailingRunStart(opener, ',;:.');
  }
  length = Math.max(1, Math.min(length, body.length));
  return { range: view.toOriginalRange({ start, end: start + length }), text: body.slice(0, length) };
}

/** Half-width and full-width forms of one mark count as the same mark here: width is punctuation-width's business. */
const SAME_MARK: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？' };

/**
 * Where a paragraph's words end: before the negotiation marks that close it (`, (US)]` ends after the
 * comma), and before the closing quote of a text quoted whole (a press release's `…experts.”`).
 */
function wordsEnd(document: ResolutionDocument, paragraph: PreambularParagraph): number {
  const body = document.text.slice(paragraph.bodyStart, paragraph.range.end);
  const words = withoutClosingMarks(body);
  // Closing quotes after the final mark, read from the end: a paragraph of 110,000 sub-items is 1 MB long.
  const end = trailingRunStart(words, '”"’」');
  const quoted = end < words.length && end > 0 && '。.；;，,：:'.includes(words[end - 1]);
  return paragraph.range.end - (body.length - (quoted ? end : words.length));
}

export function finalMark(document: ResolutionDocument, paragraph: PreambularParagraph): string {
  const last = document.text[wordsEnd(document, paragraph) - 1] ?? '';
  return SAME_MARK[last] ?? last;
}

const ENDING_MARKS = /[，,；;。.：:]/;

/** The edit that makes a paragraph end with `mark`: replaces a wrong final mark or appends one. */
export function endWith(document: ResolutionDocument, paragraph: PreambularParagraph, mark: string): TextEdit {
  const end = wordsEnd(document, paragraph);
  return ENDING_MARKS.test(document.text[end - 1] ?? '')
    ? { range: { start: end - 1, end }, newText: mark }
    : { range: { start: end, end }, newText: mark };
}

/** The range a punctuation finding is shown on: the final mark, or the last character. */
export function endingRange(document: ResolutionDocument, paragraph: PreambularParagraph): OffsetRange {
  const end = wordsEnd(document, paragraph);
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

/** The findings of an opener rule: one on the first phrase of each paragraph whose opener is not recognized. */
export function* openerFindings(
  document: ResolutionDocument,
  ruleId: string,
  paragraphs: readonly PreambularParagraph[],
  hasOpener: (body: string) => boolean,
  message: (paragraph: PreambularParagraph, start: string) => string,
): Generator<Finding> {
  for (const paragraph of paragraphs) {
    if (hasOpener(withoutNegotiationMarks(paragraphBody(document, paragraph)))) continue;
    const phrase = firstPhrase(document, paragraph);
    yield { ruleId, range: phrase.range, message: message(paragraph, phrase.text) };
  }
}
