// Hover on a document symbol (S/PRST/2017/1, A/C.6/72/L.10, S/2017/1064/Add.1): what each component
// means (data/symbolComponents.ts), the year or session and the number read from the symbol, the
// official text on undocs.org in the draft's language, and for a presidential statement the date the
// draft gives it, which nothing checks.
import type { Hover } from 'vscode-languageserver-types';
import { REISSUED, SYMBOL_COMPONENTS } from '../data/symbolComponents';
import { formatDate, undocsUrl } from '../format';
import type { ResolutionDocument } from '../parse/document';
import type { CitedSymbol, SymbolPart } from '../parse/symbols';
import type { DraftLanguage } from '../types';
import type { HoverOptions } from './citationHover';
import { itemAt } from './rangeAt';

const LABELS = {
  zh: {
    document: (organ: string) => `${organ}文件`,
    year: '年份',
    session: '届会',
    number: '编号',
    date: (date: string) => `日期“${date}”是草案所写的，未与任何记录核对。`,
    later: (year: number) => `⚠ 文号中的年份 ${year} 晚于这一日期。`,
    source: '文号各部分的含义：[联合国图书馆文号指南](https://research.un.org/zh/docs/symbols)',
    separator: ' · ',
  },
  en: {
    document: (organ: string) => `${organ} document`,
    year: 'year',
    session: 'session',
    number: 'number',
    date: (date: string) => `The date ${date} is the draft's; it is not checked against any record.`,
    later: (year: number) => `⚠ The year in the symbol, ${year}, is later than that date.`,
    source: 'Components as the [UN Library\'s guide to document symbols](https://research.un.org/en/docs/symbols) explains them',
    separator: ' · ',
  },
} as const;

/** A component with what it means; the year, session and number are told on a line of their own. */
function describePart(part: SymbolPart, language: DraftLanguage): string | undefined {
  if (part.kind === 'year' || part.kind === 'session' || part.kind === 'number') return undefined;
  const component = part.key === undefined ? undefined : SYMBOL_COMPONENTS[part.key];
  return component ? `\`${part.text}\` ${component.label[language]}` : `\`${part.text}\``;
}

/** The year (or the Assembly's session) and the number, as the symbol writes them. */
function facts(symbol: CitedSymbol, language: DraftLanguage): string {
  const labels = LABELS[language];
  return [
    symbol.year !== undefined ? `${labels.year} ${symbol.year}` : undefined,
    symbol.session !== undefined ? `${labels.session} ${symbol.session}` : undefined,
    symbol.number !== undefined ? `${labels.number} ${symbol.number}` : undefined,
  ].filter(Boolean).join(labels.separator);
}

/** What the document is: its series (a statement, a verbatim record, a draft), else a document of its organ. */
function kindOf(symbol: CitedSymbol, language: DraftLanguage): string | undefined {
  const series = [...symbol.parts].reverse().find(p => p.kind === 'series');
  if (series) return SYMBOL_COMPONENTS[series.key!].label[language];
  const organ = SYMBOL_COMPONENTS[symbol.parts[0].key!];
  return organ && LABELS[language].document(organ.label[language]);
}

/** The hover text of a symbol, in Markdown. */
export function describeSymbol(symbol: CitedSymbol, document: ResolutionDocument, language: DraftLanguage): string {
  const labels = LABELS[language];
  const kind = kindOf(symbol, language);
  const lines = [`**${symbol.symbol.replace('*', '\\*')}**${kind ? ` · ${kind}` : ''}`];
  const parts = symbol.parts.flatMap(part => describePart(part, language) ?? []);
  if (symbol.reissued) parts.push(`\`*\` ${REISSUED.label[language]}`);
  if (symbol.resumption !== undefined) parts.push(`\`(Resumption ${symbol.resumption})\``);
  lines.push(parts.join(labels.separator));
  const read = facts(symbol, language);
  if (read) lines.push(read);
  if (symbol.date) {
    lines.push(labels.date(formatDate(symbol.date.date, symbol.date.language)));
    const later = symbol.issues.find(issue => issue.kind === 'laterThanDate');
    if (later) lines.push(labels.later(later.year));
  }
  const link = undocsUrl(symbol.linkSymbol, document.language);
  lines.push(`[${link}](${link})`);
  lines.push(labels.source);
  return lines.join('\n\n');
}

export function symbolHover(document: ResolutionDocument, offset: number, { messageLanguage }: HoverOptions): Hover | null {
  const symbol = itemAt(document.symbols, offset);
  if (!symbol) return null;
  return {
    contents: { kind: 'markdown', value: describeSymbol(symbol, document, messageLanguage) },
    range: document.lines.rangeOf(symbol.range),
  };
}
