// Hover on a reference to a paragraph of the same draft (第5段, 上文第5段, paragraph 5 above): the
// label and the opening words of that paragraph.
import type { Hover } from 'vscode-languageserver-types';
import { labeledParagraphs } from '../negotiation/labels';
import type { ResolutionDocument } from '../parse/document';
import type { OffsetRange } from '../types';
import type { HoverOptions } from './citationHover';

/** The first words of text[start, end) on one line, cut at `limit` characters. */
export function paragraphOpening(document: ResolutionDocument, start: number, end: number, limit: number): string {
  const words = document.text.slice(start, end).replace(/\s+/g, document.language === 'zh' ? '' : ' ').trim();
  return words.length > limit ? `${words.slice(0, limit)}…` : words;
}

/** The reference with the words around its number: 上文第5段, paragraph 5 above. */
function referenceRange(text: string, number: OffsetRange): OffsetRange {
  let { start, end } = number;
  const before = /(?:(?:上文|下文|本决议)?第\s*|paragraphs?\s+)$/.exec(text.slice(Math.max(0, start - 16), start));
  if (before) start -= before[0].length;
  const after = /^(?:\s*段|\s+(?:above|below)\b)/.exec(text.slice(end, end + 8));
  if (after) end += after[0].length;
  return { start, end };
}

const OPENING_LIMIT = { zh: 40, en: 100 };

export function paragraphHover(document: ResolutionDocument, offset: number, _options: HoverOptions): Hover | null {
  for (const reference of document.paragraphReferences) {
    const range = referenceRange(document.text, reference.numberRange);
    if (offset < range.start || offset > range.end) continue;
    const paragraph = labeledParagraphs(document).find(p => p.kind === 'OP' && p.number === reference.number);
    if (!paragraph) return null;
    const words = paragraphOpening(document, paragraph.bodyStart, paragraph.range.end, OPENING_LIMIT[document.language]);
    const escaped = words.replace(/[\\`*_[\]<>#]/g, c => `\\${c}`);
    return { contents: { kind: 'markdown', value: `**${paragraph.label}** ${escaped}` }, range: document.lines.rangeOf(range) };
  }
  return null;
}
