// The outline: the preamble and the operative part, one child per paragraph named by its label and
// opening words (PP1 回顾…, OP2 Calls upon…), sub-items nested (OP2(a) …). The alternatives of one
// paragraph are one entry; a paragraph still holding square brackets says so in its detail.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { labeledParagraphs, type LabeledParagraph, type LabeledSubItem } from '../negotiation/labels';
import { negotiationMarkup } from '../negotiation/markup';
import { RangeIndex } from '../negotiation/rangeIndex';
import type { ResolutionDocument } from '../parse/document';
import type { OperativeParagraph } from '../parse/structure';
import type { DraftLanguage, OffsetRange } from '../types';

const NAMES: Record<DraftLanguage, { preamble: string; operative: string; bracketed: string }> = {
  zh: { preamble: '序言部分', operative: '执行部分', bracketed: '[ ] 含方括号' },
  en: { preamble: 'Preamble', operative: 'Operative part', bracketed: '[ ] in brackets' },
};

/** The first words of a paragraph's first line. */
function opening(document: ResolutionDocument, start: number, end: number): string {
  const words = document.text.slice(start, end).split(/[\r\n]/, 1)[0].trim();
  const limit = document.language === 'zh' ? 16 : 48;
  return words.length > limit ? `${words.slice(0, limit)}…` : words;
}

function symbol(document: ResolutionDocument, name: string, kind: SymbolKind, range: OffsetRange, selection: OffsetRange, children: DocumentSymbol[] = [], detail?: string): DocumentSymbol {
  return { name, kind, range: document.lines.rangeOf(range), selectionRange: document.lines.rangeOf(selection), children, ...(detail ? { detail } : {}) };
}

function subItemSymbols(document: ResolutionDocument, items: readonly LabeledSubItem[]): DocumentSymbol[] {
  return items.map(({ label, item, children }) => symbol(document, `${label} ${opening(document, item.labelRange.end, item.range.end)}`, SymbolKind.EnumMember,
    item.range, item.labelRange, subItemSymbols(document, children)));
}

function section(document: ResolutionDocument, name: string, children: DocumentSymbol[], paragraphs: readonly LabeledParagraph[]): DocumentSymbol[] {
  if (paragraphs.length === 0) return [];
  const range = { start: paragraphs[0].range.start, end: paragraphs[paragraphs.length - 1].range.end };
  return [symbol(document, name, SymbolKind.Namespace, range, { start: range.start, end: range.start }, children)];
}

export function getDocumentSymbols(document: ResolutionDocument): DocumentSymbol[] {
  const names = NAMES[document.language];
  const spans = new RangeIndex(negotiationMarkup(document).spans, span => span.range);
  const paragraphSymbol = (p: LabeledParagraph) => {
    const numbered = (p.parts[0] as Partial<OperativeParagraph>).numberRange;
    const bracketed = spans.someOverlapping(p.range);
    return symbol(document, `${p.label} ${opening(document, p.bodyStart, p.range.end)}`, p.kind === 'PP' ? SymbolKind.String : SymbolKind.Number,
      p.range, numbered ?? { start: p.bodyStart, end: p.bodyStart }, subItemSymbols(document, p.subItems), bracketed ? names.bracketed : undefined);
  };
  const labeled = labeledParagraphs(document);
  const preamble = labeled.filter(p => p.kind === 'PP');
  const operative = labeled.filter(p => p.kind === 'OP');
  return [...section(document, names.preamble, preamble.map(paragraphSymbol), preamble), ...section(document, names.operative, operative.map(paragraphSymbol), operative)];
}
