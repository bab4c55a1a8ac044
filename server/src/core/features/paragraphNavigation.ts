// Going to a paragraph by the name delegates give it: OP12, PP3, OP3(a), 执行部分第12段, 序言部分第3段,
// paragraph 12; and the paragraphs as workspace symbols.
import { SymbolKind, type Range } from 'vscode-languageserver-types';
import { allLabels } from '../negotiation/labels';
import type { ResolutionDocument } from '../parse/document';
import { paragraphOpening } from './paragraphHover';

// A sub-item label is one or two letters, or a longer roman numeral: (a), (ii), (viii). The two kinds
// never match the same label, so that a query of many sub-items is read in one way, not in 2^n.
const LABEL = /^(PP|OP)\s*(\d{1,3})((?:\s*\((?:[a-z]{1,2}|[ivxl]{3,6})\))*)$/i;
const CHINESE = /^(序言部分|序言|执行部分|执行)?\s*(?:第\s*)?(\d{1,3})\s*(?:段\s*)?((?:[(（][a-z]{1,2}[)）]\s*)*)$/;
const ENGLISH = /^(preambular|operative)?\s*(?:paragraph|para\.?)\s*(\d{1,3})((?:\s*\([a-z]{1,2}\))*)$/i;

/** The label a query names (OP12, PP3, OP3(a)), or undefined when it names none. */
export function paragraphLabelOf(query: string): string | undefined {
  const text = query.trim();
  const subItems = (s: string | undefined) => (s ?? '').replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').toLowerCase();
  const label = LABEL.exec(text);
  if (label) return `${label[1].toUpperCase()}${Number(label[2])}${subItems(label[3])}`;
  const zh = CHINESE.exec(text);
  if (zh && (zh[1] || /第|段/.test(text))) return `${zh[1]?.startsWith('序言') ? 'PP' : 'OP'}${Number(zh[2])}${subItems(zh[3])}`;
  const en = ENGLISH.exec(text);
  if (en) return `${en[1]?.toLowerCase() === 'preambular' ? 'PP' : 'OP'}${Number(en[2])}${subItems(en[3])}`;
  return undefined;
}

/** Where the paragraph a query names stands, or null. */
export function findParagraph(document: ResolutionDocument, query: string): Range | null {
  const label = paragraphLabelOf(query);
  if (!label) return null;
  for (const found of allLabels(document)) {
    if (found.label === label) return document.lines.rangeOf({ start: found.anchor, end: found.anchor });
  }
  return null;
}

export interface ParagraphSymbol {
  readonly name: string;
  readonly kind: SymbolKind;
  readonly range: Range;
}

/**
 * Symbols given for one draft, the first in the text: the editor asks at each key typed in its symbol
 * search, and a hostile draft of 250,000 paragraphs and sub-items took 300 ms each time.
 */
export const PARAGRAPH_SYMBOLS = 5000;

/**
 * The draft's paragraphs as symbols named by label and opening words; a Chinese draft's names also
 * carry 执行部分第12段, so that the editor's own filtering finds them by either name. Filtered by the
 * query when it names a paragraph (OP1 finds OP1 and its sub-items, not OP12). PARAGRAPH_SYMBOLS at most.
 */
export function getParagraphSymbols(document: ResolutionDocument, query: string): ParagraphSymbol[] {
  const label = paragraphLabelOf(query);
  const symbols: ParagraphSymbol[] = [];
  for (const found of allLabels(document)) {
    if (label && found.label !== label && !found.label.startsWith(`${label}(`)) continue;
    if (symbols.length === PARAGRAPH_SYMBOLS) break;
    const chinese = document.language === 'zh' ? ` ${chineseName(found.label)}` : '';
    symbols.push({
      name: `${found.label}${chinese} ${paragraphOpening(document, found.anchor === found.paragraph.range.start ? found.paragraph.bodyStart : found.anchor, found.range.end, document.language === 'zh' ? 20 : 40)}`,
      kind: found.label.startsWith('PP') ? SymbolKind.String : SymbolKind.Number,
      range: document.lines.rangeOf(found.range),
    });
  }
  return symbols;
}

/** OP12 → 执行部分第12段, PP3(a) → 序言部分第3段(a). */
function chineseName(label: string): string {
  const [, kind, number, rest] = /^(PP|OP)(\d+)(.*)$/.exec(label)!;
  return `${kind === 'PP' ? '序言部分' : '执行部分'}第${number}段${rest}`;
}
