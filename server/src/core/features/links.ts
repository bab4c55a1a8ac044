// Document links: each reference a draft makes to another UN document opens its official text on
// undocs.org (Ctrl+click in VS Code, and in any LSP editor), in the draft's language. Each kind of
// reference is one source of links: cited resolutions, and the other document symbols (S/2017/375,
// S/PRST/2017/1, S/PV.8180 (Resumption 1)).
import type { DocumentLink } from 'vscode-languageserver-types';
import type { ResolutionRecord } from '../data/record';
import { resolutionSymbol, undocsLink, undocsUrl } from '../format';
import type { ResolutionDocument } from '../parse/document';
import type { DraftLanguage, OffsetRange } from '../types';

/** One link before it gets an LSP range. */
export interface LinkTarget {
  readonly range: OffsetRange;
  /** The official text's address. */
  readonly target: string;
  /** The document's symbol as it is printed: S/RES/2341 (2017), A/RES/71/291. */
  readonly symbol: string;
}

export interface LinkOptions {
  record: ResolutionRecord;
  messageLanguage: DraftLanguage;
}

type LinkSource = (document: ResolutionDocument, options: LinkOptions) => Iterable<LinkTarget>;

/**
 * Every resolution cited, Security Council or General Assembly: each item of a list its own link, a
 * symbol (S/RES/2341 (2017)) linked whole. A Council resolution gets the year the record gives it (the
 * official text's), else the written one; an Assembly citation whose session cannot be told, none.
 */
function* citationLinks(document: ResolutionDocument, { record }: LinkOptions): Iterable<LinkTarget> {
  for (const citation of document.citations) {
    for (const item of citation.items) {
      const range = citation.style === 'symbol' && citation.items.length === 1 ? citation.range : item.range;
      if (citation.organ === 'securityCouncil') {
        const year = record.get(item.number)?.adopted.year ?? item.year;
        yield { range, target: undocsLink(item.number, year, document.language), symbol: resolutionSymbol(item.number, year) };
      } else if (citation.organ === 'generalAssembly' && item.assemblySymbol) {
        yield { range, target: undocsUrl(item.assemblySymbol, document.language), symbol: item.assemblySymbol };
      }
    }
  }
}

/** Every document symbol other than a resolution's, as undocs.org takes it (S/1996/636 for S/1996/636*). */
function* symbolLinks(document: ResolutionDocument): Iterable<LinkTarget> {
  for (const symbol of document.symbols) {
    yield { range: symbol.range, target: undocsUrl(symbol.linkSymbol, document.language), symbol: symbol.symbol };
  }
}

const SOURCES: readonly LinkSource[] = [citationLinks, symbolLinks];

const TOOLTIP = {
  zh: (symbol: string) => `在 undocs.org 上打开 ${symbol} 的正式文本`,
  en: (symbol: string) => `Open the official text of ${symbol} on undocs.org`,
} as const;

/**
 * Links made for one draft: a draft cites a few dozen documents; one of 40,000 citations took 130 ms
 * a request, which the editor makes after each edit. The first ones in the text are linked.
 */
export const DOCUMENT_LINKS = 5000;

/**
 * The first `limit` targets of the sources, in text order. Each source gives its targets in text order
 * (the parse reads citations and symbols from the start of the text on): they are merged, and no
 * target after the limit is made.
 */
function firstTargets(sources: Iterator<LinkTarget>[], limit: number): LinkTarget[] {
  const heads = sources.map(source => source.next());
  const targets: LinkTarget[] = [];
  while (targets.length < limit) {
    let first = -1;
    heads.forEach((head, i) => {
      if (!head.done && (first < 0 || head.value.range.start < (heads[first].value as LinkTarget).range.start)) first = i;
    });
    if (first < 0) break;
    targets.push(heads[first].value as LinkTarget);
    heads[first] = sources[first].next();
  }
  return targets;
}

/** The links of a draft, in the order of the text, DOCUMENT_LINKS at most. */
export function getDocumentLinks(document: ResolutionDocument, options: LinkOptions): DocumentLink[] {
  const sources = SOURCES.map(source => source(document, options)[Symbol.iterator]());
  return firstTargets(sources, DOCUMENT_LINKS).map(({ range, target, symbol }) => ({
    range: document.lines.rangeOf(range),
    target,
    tooltip: TOOLTIP[options.messageLanguage](symbol),
  }));
}
