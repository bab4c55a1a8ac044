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

const NAMES: Record<DraftLanguage, { preamble: string; operative: string; bracketed: string; more: (count: number) => string }> = {
  zh: { preamble: '序言部分', operative: '执行部分', bracketed: '[ ] 含方括号', more: count => `……另有 ${count} 项` },
  en: { preamble: 'Preamble', operative: 'Operative part', bracketed: '[ ] in brackets', more: count => `… ${count} more` },
};

/**
 * Paragraphs listed in each part of the outline, and sub-items under each paragraph. A resolution has
 * a few hundred at most; a hostile draft of 140,000 one-line paragraphs took 400 ms an outline, which
 * the editor asks after each edit. The rest is one entry that says how many it holds.
 */
export const OUTLINE_PARAGRAPHS = 5000;

/** The first words of a paragraph's first line. */
function opening(document: ResolutionDocument, start: number, end: number): string {
  const words = document.text.slice(start, end).split(/[\r\n]/, 1)[0].trim();
  const limit = document.language === 'zh' ? 16 : 48;
  return words.length > limit ? `${words.slice(0, limit)}…` : words;
}

function symbol(document: ResolutionDocument, name: string, kind: SymbolKind, range: OffsetRange, selection: OffsetRange, children: DocumentSymbol[] = [], detail?: string): DocumentSymbol {
  return { name, kind, range: document.lines.rangeOf(range), selectionRange: document.lines.rangeOf(selection), children, ...(detail ? { detail } : {}) };
}

/** The first OUTLINE_PARAGRAPHS entries of a list, and one that stands for the rest, from the first it leaves out. */
function listed<T>(document: ResolutionDocument, entries: readonly T[], rangeOf: (entry: T) => OffsetRange, symbolOf: (entry: T) => DocumentSymbol): DocumentSymbol[] {
  const symbols = entries.slice(0, OUTLINE_PARAGRAPHS).map(symbolOf);
  if (entries.length > OUTLINE_PARAGRAPHS) {
    const rest = { start: rangeOf(entries[OUTLINE_PARAGRAPHS]).start, end: rangeOf(entries[entries.length - 1]).end };
    symbols.push(symbol(document, NAMES[document.language].more(entries.length - OUTLINE_PARAGRAPHS), SymbolKind.Namespace, rest, { start: rest.start, end: rest.start }));
  }
  return symbols;
}

function subItemSymbols(document: ResolutionDocument, items: readonly LabeledSubItem[]): DocumentSymbol[] {
  return listed(document, items, ({ item }) => item.range, ({ label, item, children }) => symbol(document, `${label} ${opening(document, item.labelRange.end, item.range.end)}`,
    SymbolKind.EnumMember, item.range, item.labelRange, subItemSymbols(document, children)));
}

function section(document: ResolutionDocument, name: string, paragraphs: readonly LabeledParagraph[], paragraphSymbol: (p: LabeledParagraph) => DocumentSymbol): DocumentSymbol[] {
  if (paragraphs.length === 0) return [];
  const range = { start: paragraphs[0].range.start, end: paragraphs[paragraphs.length - 1].range.end };
  const children = listed(document, paragraphs, p => p.range, paragraphSymbol);
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
  return [...section(document, names.preamble, preamble, paragraphSymbol), ...section(document, names.operative, operative, paragraphSymbol)];
}
