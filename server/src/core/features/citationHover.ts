import type { Hover } from 'vscode-languageserver-types';
import type { RecordedResolution, ResolutionRecord } from '../data/record';
import { formatDate, resolutionSymbol, undocsLink } from '../format';
import { describeAssemblyItem } from './assemblyHover';
import type { ResolutionDocument } from '../parse/document';
import { itemAt } from './rangeAt';
import type { CitationItem, DraftLanguage, OffsetRange } from '../types';

/** Labels follow the interface language; dates and links follow the draft's language. */
const LABELS = {
  zh: {
    organ: '安全理事会决议',
    adopted: '通过日期',
    yearDiffers: (written: number, recorded: number) => `引文写作 ${written} 年，记录为 ${recorded} 年。`,
    notInRecord: (last: string) => `数据中没有此决议：它比数据新。数据截至 ${last}。`,
    gap: (before: string, after: string) => `数据中没有此决议：它介于 ${before} 和 ${after} 之间，通过日期和标题不详。`,
    source: '来源',
    builtIn: '内置数据',
    workspace: (file: string) => `工作区记录文件 \`${file}\``,
    undl: (id: string) => `联合国数字图书馆记录 ${id}`,
    titleNote: '（标题为联合国数字图书馆的英文说明）',
    comma: '，',
  },
  en: {
    organ: 'Security Council resolution',
    adopted: 'Adopted',
    yearDiffers: (written: number, recorded: number) => `The citation says ${written}; the record says ${recorded}.`,
    notInRecord: (last: string) => `This resolution is not in the data: it is newer. The data ends at ${last}.`,
    gap: (before: string, after: string) => `This resolution is not in the data: it lies between ${before} and ${after}; its date and title are unknown.`,
    source: 'Source',
    builtIn: 'built-in data',
    workspace: (file: string) => `workspace record file \`${file}\``,
    undl: (id: string) => `UN Digital Library record ${id}`,
    titleNote: '',
    comma: ', ',
  },
} as const;

export interface HoverOptions {
  record: ResolutionRecord;
  messageLanguage: DraftLanguage;
}

function contains(range: OffsetRange, offset: number): boolean {
  return range.start <= offset && offset <= range.end;
}

/**
 * Which data answered (the built-in data, or a workspace record file) and where its row comes from:
 * a UN Digital Library record, linked, or the source's own words.
 */
export function sourceLine(source: string, language: DraftLanguage, file?: string): string {
  const labels = LABELS[language];
  const undl = /^undl:(\d+)$/.exec(source);
  const text = undl ? `[${labels.undl(undl[1])}](https://digitallibrary.un.org/record/${undl[1]})` : source;
  return `${labels.source}: ${file === undefined ? labels.builtIn : labels.workspace(file)}${labels.comma}${text}`;
}

/** S/RES/2819 (2026), 14 April 2026: a recorded resolution in one line. */
function brief(resolution: RecordedResolution, language: DraftLanguage): string {
  return `${resolutionSymbol(resolution.number, resolution.adopted.year)}${LABELS[language].comma}${formatDate(resolution.adopted, language)}`;
}

/** The hover text for one cited resolution, in Markdown. */
export function describeItem(item: CitationItem, document: ResolutionDocument, { record, messageLanguage }: HoverOptions): string {
  const labels = LABELS[messageLanguage];
  const recorded = record.get(item.number);
  const year = recorded?.adopted.year ?? item.year;
  const link = undocsLink(item.number, year, document.language);
  const lines = [`**${resolutionSymbol(item.number, year)}** · ${labels.organ}`];
  if (recorded) {
    lines.push(`${labels.adopted}: ${formatDate(recorded.adopted, document.language)}`);
    if (item.year !== undefined && item.year !== recorded.adopted.year) lines.push(`⚠ ${labels.yearDiffers(item.year, recorded.adopted.year)}`);
    // The note names the UN Digital Library: titles from press releases or a workspace file get none.
    const fromLibrary = recorded.source.startsWith('undl:');
    lines.push(recorded.titleEn + (document.language === 'zh' && fromLibrary ? labels.titleNote : ''));
  } else {
    const { before, after } = record.neighbours(item.number);
    lines.push(before && after
      ? labels.gap(brief(before, messageLanguage), brief(after, messageLanguage))
      : labels.notInRecord(brief(record.last, messageLanguage)));
  }
  lines.push(`[${link}](${link})`);
  if (recorded) lines.push(sourceLine(recorded.source, messageLanguage, recorded.file));
  return lines.join('\n\n');
}

/**
 * Over an item of a citation: that resolution. Elsewhere on a citation (第, 号决议, "resolutions"):
 * every resolution it names.
 */
export function citationHover(document: ResolutionDocument, offset: number, options: HoverOptions): Hover | null {
  const citation = itemAt(document.citations, offset);
  if (!citation || (citation.organ !== 'securityCouncil' && citation.organ !== 'generalAssembly')) return null;
  // Items a web copy ran together touch: the one that starts here wins over the one that ends here.
  const item = citation.items.find(i => i.range.start <= offset && offset < i.range.end) ?? citation.items.find(i => contains(i.range, offset));
  const shown = item ? [item] : citation.items;
  const describe = citation.organ === 'generalAssembly'
    ? (i: CitationItem) => describeAssemblyItem(i, document, options.messageLanguage)
    : (i: CitationItem) => describeItem(i, document, options);
  const value = shown.map(describe).join('\n\n---\n\n');
  return {
    contents: { kind: 'markdown', value },
    range: document.lines.rangeOf(item ? item.range : citation.range),
  };
}
