// English citations of resolutions and resolution symbols, read from the view:
//   resolution 2341 (2017)      resolutions 1373 (2001), 1624 (2005) and 2178 (2014)
//   resolution 1373 (2001) of 28 September 2001      S/RES/2341 (2017)      S/RES/2341(2017)
//   General Assembly: resolution 60/288, resolutions 60/288 and 70/291, resolution 2625 (XXV), A/RES/71/291
// PDF extraction breaks them (resolu-⏎tion, 1989 (2011)⏎and 2253 (2015), of 28⏎September 2001): the view
// has joined the word and left one line break, which reads as a space here.
import { isAsciiWord } from '../text/chars';
import { digitsEnd, isPlausibleYear, readAssemblyNumber, readBracketedYear, readEnglishDateAfter, skipSpaces } from './citationScanner';
import { MAX_ITEMS, type ViewFormIssue, type ViewItem } from './citationModel';

interface ScannedItem {
  readonly item: ViewItem;
  readonly issues: readonly ViewFormIssue[];
}

/** The item with the date written after it (`of 28 September 2001`), which reading then goes past. */
function withDate(text: string, item: ViewItem): ViewItem {
  const date = readEnglishDateAfter(text, item.next, item.year);
  return date ? { ...item, date, next: date.next } : item;
}

/**
 * An item at pos: number [(year)] or a General Assembly number; null when there is none, 'other'
 * when the number is something else (2341A, 12345678, (2017-2018)).
 * symbol: after S/RES/, where the number and the bracket are written together.
 */
export function readEnglishItem(text: string, pos: number, symbol: boolean): ScannedItem | null | 'other' {
  const assembly = symbol ? undefined : readAssemblyNumber(text, pos);
  if (assembly) {
    const item: ViewItem = {
      number: assembly.number, numberRange: { start: pos, end: assembly.numberEnd }, year: undefined, yearRange: undefined, range: { start: pos, end: assembly.end },
      date: undefined, assemblySymbol: assembly.symbol, hasHao: false, next: assembly.end,
    };
    return { item: withDate(text, item), issues: [] };
  }
  const numberEnd = digitsEnd(text, pos);
  if (numberEnd < 0) return null;
  if (isAsciiWord(text.charCodeAt(numberEnd)) || text[numberEnd] === '/') return 'other';
  const number = Number(text.slice(pos, numberEnd));
  const issues: ViewFormIssue[] = [];
  const bracketAt = skipSpaces(text, numberEnd);
  const year = readBracketedYear(text, bracketAt);
  if (year === 'other') return 'other';
  if (year) {
    if (year.open === '（' || year.close === '）') {
      const edits = [];
      if (year.open === '（') edits.push({ range: { start: year.start, end: year.start + 1 }, newText: '(' });
      if (year.close === '）') edits.push({ range: { start: year.end - 1, end: year.end }, newText: ')' });
      issues.push({ kind: 'fullWidthBrackets' as const, range: { start: year.start, end: year.end }, edits });
    }
    if (bracketAt === numberEnd && !symbol) {
      issues.push({ kind: 'missingSpace' as const, range: { start: pos, end: year.end }, edits: [{ range: { start: numberEnd, end: numberEnd }, newText: ' ' }] });
    }
  }
  if (!year) {
    const bare = bareYear(text, numberEnd);
    if (bare) {
      issues.push({
        kind: 'missingYearBrackets', range: { start: pos, end: bare.end }, severity: 'information',
        edits: [{ range: { start: bare.start, end: bare.start }, newText: '(' }, { range: { start: bare.end, end: bare.end }, newText: ')' }],
      });
      const item: ViewItem = {
        number, numberRange: { start: pos, end: numberEnd }, year: bare.year, yearRange: { start: bare.start, end: bare.end }, range: { start: pos, end: bare.end },
        date: undefined, assemblySymbol: undefined, hasHao: false, next: bare.end,
      };
      return { item: withDate(text, item), issues };
    }
  }
  const end = year ? year.end : numberEnd;
  const item: ViewItem = {
    number,
    numberRange: { start: pos, end: numberEnd },
    year: year?.year,
    yearRange: year ? { start: year.yearStart, end: year.yearStart + 4 } : undefined,
    range: { start: pos, end },
    date: undefined,
    assemblySymbol: undefined,
    hasHao: false,
    next: end,
  };
  return { item: withDate(text, item), issues };
}

/**
 * `775 1992 of 28 August 1992`: a year without its brackets, as scans of the printed volumes have it;
 * taken only where the adoption date follows, which leaves no doubt.
 */
function bareYear(text: string, numberEnd: number): { year: number; start: number; end: number } | undefined {
  const start = skipSpaces(text, numberEnd);
  const end = digitsEnd(text, start);
  if (start === numberEnd || end - start !== 4 || !isPlausibleYear(Number(text.slice(start, end))) || !readEnglishDateAfter(text, end)) return undefined;
  return { year: Number(text.slice(start, end)), start, end };
}

const SEPARATOR = /\s*(?:,\s*and|,\s*as well as|,|and|as well as)\s+(?:(?:its\s+|Council\s+)?resolutions?\s+)?/y;

export interface EnglishList {
  readonly items: readonly ViewItem[];
  readonly issues: readonly ViewFormIssue[];
  readonly end: number;
}

/**
 * The list whose first item starts at pos. marked: after `resolution(s)`, where year-less items
 * are the old style; a bare list (the 1267 (1999) Committee) takes only items with their year.
 */
export function readEnglishList(text: string, pos: number, { symbol, marked }: { symbol: boolean; marked: boolean }): EnglishList | undefined {
  const first = readEnglishItem(text, pos, symbol);
  if (!first || first === 'other') return undefined;
  if (!marked && first.item.year === undefined) return undefined;
  // S/RES/2341 without its year, followed by a slash, is another symbol (S/RES/2341/Add.1 does not exist).
  if (symbol && first.item.year === undefined && text[first.item.range.end] === '/') return undefined;
  const scanned = [first];
  while (!symbol && scanned.length < MAX_ITEMS) {
    SEPARATOR.lastIndex = scanned[scanned.length - 1].item.next;
    if (!SEPARATOR.exec(text)) break;
    const item = readEnglishItem(text, SEPARATOR.lastIndex, false);
    // A year-less number after "and" is ordinary prose (resolution 1373 (2001) and 15 others).
    if (!item || item === 'other' || (item.item.year === undefined && item.item.assemblySymbol === undefined && first.item.year !== undefined)) break;
    scanned.push(item);
  }
  return {
    items: scanned.map(s => s.item),
    issues: scanned.flatMap(s => s.issues),
    end: scanned[scanned.length - 1].item.next,
  };
}
