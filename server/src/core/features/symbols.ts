// The outline: the preamble with one child per preambular paragraph, the operative part with one
// child per numbered paragraph (named by number and opening words), sub-items nested.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { ResolutionDocument } from '../parse/document';
import type { PreambularParagraph, SubItem } from '../parse/structure';
import type { DraftLanguage, OffsetRange } from '../types';

const NAMES: Record<DraftLanguage, { preamble: string; operative: string }> = {
  zh: { preamble: '序言部分', operative: '执行部分' },
  en: { preamble: 'Preamble', operative: 'Operative part' },
};

/** The first words of a paragraph's first line. */
function opening(document: ResolutionDocument, start: number, end: number): string {
  const words = document.text.slice(start, end).split(/[\r\n]/, 1)[0].trim();
  const limit = document.language === 'zh' ? 16 : 48;
  return words.length > limit ? `${words.slice(0, limit)}…` : words;
}

function symbol(document: ResolutionDocument, name: string, kind: SymbolKind, range: OffsetRange, selection: OffsetRange, children: DocumentSymbol[] = []): DocumentSymbol {
  return { name, kind, range: document.lines.rangeOf(range), selectionRange: document.lines.rangeOf(selection), children };
}

function subItemSymbols(document: ResolutionDocument, items: readonly SubItem[]): DocumentSymbol[] {
  return items.map(item => symbol(document, `(${item.label}) ${opening(document, item.labelRange.end, item.range.end)}`, SymbolKind.EnumMember,
    item.range, item.labelRange, subItemSymbols(document, item.children)));
}

function section(document: ResolutionDocument, name: string, children: DocumentSymbol[], paragraphs: readonly PreambularParagraph[]): DocumentSymbol[] {
  if (paragraphs.length === 0) return [];
  const range = { start: paragraphs[0].range.start, end: paragraphs[paragraphs.length - 1].range.end };
  return [symbol(document, name, SymbolKind.Namespace, range, { start: range.start, end: range.start }, children)];
}

export function getDocumentSymbols(document: ResolutionDocument): DocumentSymbol[] {
  const { preamble, operative } = document.structure;
  const names = NAMES[document.language];
  const preambleChildren = preamble.map(p => symbol(document, opening(document, p.bodyStart, p.range.end), SymbolKind.String,
    p.range, { start: p.bodyStart, end: p.bodyStart }, subItemSymbols(document, p.subItems)));
  const operativeChildren = operative.map(p => symbol(document, `${p.number}. ${opening(document, p.bodyStart, p.range.end)}`, SymbolKind.Number,
    p.range, p.numberRange, subItemSymbols(document, p.subItems)));
  return [...section(document, names.preamble, preambleChildren, preamble), ...section(document, names.operative, operativeChildren, operative)];
}
