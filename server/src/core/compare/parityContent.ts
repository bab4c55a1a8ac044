// What the Chinese and the English text of a paragraph must both say, read the same way in either
// language: the resolutions it cites with their years, the document symbols, the figures written in
// digits, the dates (2001年9月28日 and 28 September 2001 alike; a month with its year, a day with its
// month), and the letters of its sub-items. Citations and symbols come from the parsed model; figures
// and dates are read from the view, outside citations and symbols, whose numbers they would repeat.
import type { LabeledParagraph, LabeledSubItem } from '../negotiation/labels';
import { readSmallNumber } from '../parse/chineseNumerals';
import type { ResolutionDocument } from '../parse/document';
import type { OffsetRange } from '../types';
import { readDates } from './parityDates';
import { openingFormula } from './parityOpeners';

/** Values of one kind, each with where it is first written (original offsets). */
export type Values = ReadonlyMap<string, OffsetRange>;

export interface ParagraphContent {
  readonly paragraph: LabeledParagraph;
  /**
   * S/RES/2341 or A/RES/71/291, with the years written for it (none for 第1373号决议); marked when cited as
   * a resolution (第…号决议, resolution …), not only named (the 1267 (1999) Committee).
   */
  readonly resolutions: ReadonlyMap<string, { readonly years: ReadonlySet<number>; readonly range: OffsetRange; readonly marked: boolean }>;
  readonly symbols: Values;
  /** Digits without their separators: 10000, 3.5. */
  readonly figures: Values;
  /** 2001-09-28, a month and year 2017-12, a day and month --12-31 (compare/parityDates.ts). */
  readonly dates: Values;
  /** (a), (b), (a)(i), in order. */
  readonly subItems: readonly { readonly label: string; readonly range: OffsetRange }[];
  /** Names of UN bodies, by entity, and the opening formula (data/phrases.tsv): they help pair paragraphs, and are not compared. */
  readonly terms: ReadonlySet<string>;
  readonly opening?: string;
  /** Characters of the paragraph, white space left out: a Chinese and an English paragraph keep a proportion. */
  readonly length: number;
}

const FIGURE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;
/** 第四十一条: an article of the Charter, which English writes in digits (Article 41); chapters are Roman (Chapter VII). */
const CHINESE_ARTICLE = /第([一二三四五六七八九十]{1,4})条/g;

function subItemLabels(items: readonly LabeledSubItem[], prefix = ''): { label: string; range: OffsetRange }[] {
  return items.flatMap(item => {
    const label = `${prefix}(${item.item.label})`;
    return [{ label, range: item.item.labelRange }, ...subItemLabels(item.children, label)];
  });
}

function inside(ranges: readonly OffsetRange[], range: OffsetRange): boolean {
  return ranges.some(r => r.start < range.end && range.start < r.end);
}

function add(values: Map<string, OffsetRange>, key: string, range: OffsetRange): void {
  if (!values.has(key)) values.set(key, range);
}

/**
 * Dates of a paragraph's words (citations included: 2001年9月28日第1373(2001)号决议 has its date), then
 * figures outside citations, symbols and dates (`taken`, offsets in the words), mapped back to the
 * original; `start` is where the words begin in the view. Read in the words alone, so that a search
 * never runs past the paragraph.
 */
function readDatesAndFigures(document: ResolutionDocument, words: string, start: number, taken: OffsetRange[]): { dates: Map<string, OffsetRange>; figures: Map<string, OffsetRange> } {
  const { view } = document;
  const original = (range: OffsetRange) => view.toOriginalRange({ start: start + range.start, end: start + range.end });
  const dates = new Map<string, OffsetRange>();
  const figures = new Map<string, OffsetRange>();
  for (const date of readDates(words, 0, words.length)) {
    add(dates, date.key, original(date));
    taken.push(date);
  }
  for (let at = 0; at < words.length; at++) {
    if (!/\d/.test(words[at]) || /[\d.,]/.test(words[at - 1] ?? '')) continue;
    FIGURE.lastIndex = at;
    const match = FIGURE.exec(words)!;
    const range = { start: at, end: at + match[0].length };
    if (!inside(taken, range)) add(figures, match[0].replace(/,/g, ''), original(range));
    at = range.end - 1;
  }
  for (const match of words.matchAll(CHINESE_ARTICLE)) {
    const number = readSmallNumber(match[1], 0);
    if (number && number.end === match[1].length) add(figures, String(number.value), original({ start: match.index!, end: match.index! + match[0].length }));
  }
  return { dates, figures };
}

/** The items (sorted by start, not overlapping) that lie within range: a binary search to the first. */
function* itemsWithin<T extends { readonly range: OffsetRange }>(items: readonly T[], range: OffsetRange): Generator<T> {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid].range.start < range.start) low = mid + 1; else high = mid;
  }
  for (let i = low; i < items.length && items[i].range.start < range.end; i++) {
    if (items[i].range.end <= range.end) yield items[i];
  }
}

/** What a paragraph says that its translation must say too. */
export function paragraphContent(document: ResolutionDocument, paragraph: LabeledParagraph): ParagraphContent {
  const { view } = document;
  const body = { start: paragraph.bodyStart, end: paragraph.range.end };
  const start = view.toView(body.start);
  const end = view.toView(body.end);
  const words = view.text.slice(start, end);
  /** An original range as offsets in the words. */
  const inWords = (range: OffsetRange) => ({ start: view.toView(range.start) - start, end: view.toView(range.end) - start });
  const resolutions = new Map<string, { years: Set<number>; range: OffsetRange; marked: boolean }>();
  const taken: OffsetRange[] = [];
  for (const citation of itemsWithin(document.citations, body)) {
    taken.push(inWords(citation.range));
    if (citation.organ !== 'securityCouncil' && citation.organ !== 'generalAssembly') continue;
    for (const item of citation.items) {
      const key = item.assemblySymbol ?? (citation.organ === 'securityCouncil' ? `S/RES/${item.number}` : undefined);
      if (!key) continue;
      const entry = resolutions.get(key) ?? { years: new Set<number>(), range: item.range, marked: false };
      if (item.year !== undefined && !item.assemblySymbol) entry.years.add(item.year);
      resolutions.set(key, { ...entry, marked: entry.marked || citation.marked });
    }
  }
  const symbols = new Map<string, OffsetRange>();
  for (const symbol of itemsWithin(document.symbols, body)) {
    taken.push(inWords(symbol.range));
    add(symbols, symbol.symbol, symbol.range);
  }
  const { dates, figures } = readDatesAndFigures(document, words, start, taken);
  const terms = new Set<string>();
  for (const { entry } of itemsWithin(document.terms.occurrences, body)) {
    terms.add(entry.zhFull[0] ?? entry.enFull[0] ?? entry.zhShort[0] ?? entry.enShort[0] ?? '');
  }
  const opening = openingFormula(words);
  return {
    paragraph, resolutions, symbols, figures, dates,
    subItems: subItemLabels(paragraph.subItems),
    terms, ...(opening ? { opening } : {}),
    length: words.replace(/\s+/g, '').length,
  };
}
