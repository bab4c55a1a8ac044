// The open brackets of a draft as a list for the chair's summary: each bracketed span (nested ones
// too) and each Option block, with its paragraph label, its place and its first words.
import type { ResolutionDocument } from '../parse/document';
import { paragraphAt } from './labels';
import { negotiationMarkup } from './markup';

export interface OpenBracket {
  /** The paragraph's label (OP3, OP3(a) when inside a sub-item); empty outside paragraphs. */
  readonly label: string;
  /** 1-based, columns in UTF-16 code units, as editors show them. */
  readonly line: number;
  readonly column: number;
  readonly depth: number;
  /** The bracketed text on one line, cut after 80 characters. */
  readonly excerpt: string;
}

const EXCERPT = 80;

function subItemLabel(document: ResolutionDocument, offset: number): string {
  const paragraph = paragraphAt(document, offset);
  if (!paragraph) return '';
  let label = paragraph.label;
  let items = paragraph.subItems;
  for (;;) {
    const item = items.find(i => i.item.range.start <= offset && offset < i.item.range.end);
    if (!item) return label;
    label = item.label;
    items = item.children;
  }
}

export function openBrackets(document: ResolutionDocument): OpenBracket[] {
  const markup = negotiationMarkup(document);
  const oneLine = (start: number, end: number) => document.text.slice(start, end).replace(/\s+/g, ' ');
  const entries = [
    ...markup.spans.map(span => ({ start: span.range.start, labelAt: span.range.start, depth: span.depth, written: oneLine(span.range.start, span.range.end) })),
    // An Option block: its headers, labeled as the paragraph under the first one.
    ...markup.groups.filter(g => g.form === 'option').map(g => ({
      start: g.range.start, labelAt: g.alternatives[0].content.start, depth: 0, written: g.alternatives.map(a => oneLine(a.label.start, a.label.end)).join(' / '),
    })),
  ].sort((a, b) => a.start - b.start);
  return entries.map(entry => {
    const position = document.lines.positionAt(entry.start);
    return {
      label: subItemLabel(document, entry.labelAt),
      line: position.line + 1,
      column: position.character + 1,
      depth: entry.depth,
      excerpt: entry.written.length > EXCERPT ? `${entry.written.slice(0, EXCERPT)}…` : entry.written,
    };
  });
}
