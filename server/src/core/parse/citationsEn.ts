// English citations of resolutions and resolution symbols:
//   resolution 2341 (2017)      resolutions 1373 (2001), 1624 (2005) and 2178 (2014)
//   resolution 1373 (2001) of 28 September 2001      S/RES/2341 (2017)      S/RES/2341(2017)
//   General Assembly: resolution 60/288, resolutions 60/288 and 70/291, resolution 2625 (XXV), A/RES/71/291
import { monthFromEnglish } from '../format';
import type { Citation, CitationItem, FormIssue, Organ, WrittenDate } from '../types';
import { digitsEnd, isDigitCode, readAssemblyNumber, readBracketedYear, skipSpace } from './scan';

const MAX_ITEMS = 200;
const RESOLUTION_WORD = /\b(?:[Rr]esolutions?|RESOLUTIONS?)\b|[SA]\/RES\//g;
const SEPARATOR = /\s*(?:,\s*and|,\s*as well as|,|and|as well as)\s+(?:(?:its\s+)?resolutions?\s+)?/y;
const DATE_AFTER = /\s+of\s+((\d{1,2})\s+([A-Z][a-z]+)\s+(\d{4}))/dy;

interface ScannedItem {
  item: CitationItem;
  next: number;
  issues: FormIssue[];
}

function isWordCode(code: number): boolean {
  return isDigitCode(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 47 /* / */;
}

/** 71/291, ES-11/1 or 2625 (XXV): a General Assembly resolution. */
function readAssemblyItem(text: string, pos: number): ScannedItem | undefined {
  const found = readAssemblyNumber(text, pos);
  if (!found) return undefined;
  const item: CitationItem = {
    number: found.number,
    numberRange: { start: pos, end: found.numberEnd },
    range: { start: pos, end: found.end },
    assemblySymbol: found.symbol,
  };
  return { ...withWrittenDate(text, item, found.end), issues: [] };
}

function readItem(text: string, pos: number, symbol: boolean): ScannedItem | null | 'abort' {
  const assembly = symbol ? undefined : readAssemblyItem(text, pos);
  if (assembly) return assembly;
  const numberEnd = digitsEnd(text, pos);
  // 60/288 is a General Assembly resolution, 2341A or 12345678 no resolution number at all.
  if (numberEnd < 0 || isWordCode(text.charCodeAt(numberEnd))) return numberEnd < 0 ? null : 'abort';
  const number = Number(text.slice(pos, numberEnd));
  const issues: FormIssue[] = [];
  const bracketAt = skipSpace(text, numberEnd);
  const year = readBracketedYear(text, bracketAt);
  if (year === 'invalid') return 'abort';
  let itemEnd = numberEnd;
  if (year) {
    itemEnd = year.close + 1;
    if (text[year.open] === '（' || text[year.close] === '）') {
      issues.push({ kind: 'fullWidthBrackets', range: { start: year.open, end: year.close + 1 }, replacement: `(${year.year})` });
    }
    if (bracketAt === numberEnd && !symbol) {
      issues.push({ kind: 'missingSpace', range: { start: numberEnd, end: numberEnd }, replacement: ' ' });
    }
  }
  const item: CitationItem = {
    number,
    numberRange: { start: pos, end: numberEnd },
    ...(year ? { year: year.year, yearRange: { start: year.yearStart, end: year.yearStart + 4 } } : {}),
    range: { start: pos, end: itemEnd },
  };
  return { ...withWrittenDate(text, item, itemEnd), issues };
}

/** `of 28 September 2001` after an item: the date it was adopted, as the draft writes it. */
function withWrittenDate(text: string, item: CitationItem, itemEnd: number): { item: CitationItem; next: number } {
  DATE_AFTER.lastIndex = itemEnd;
  const date = DATE_AFTER.exec(text);
  const month = date && monthFromEnglish(date[3]);
  if (!date?.indices || !month) return { item, next: itemEnd };
  const [dateStart, dateEnd] = date.indices[1];
  const writtenDate: WrittenDate = {
    date: { year: Number(date[4]), month, day: Number(date[2]) },
    range: { start: dateStart, end: dateEnd },
    language: 'en',
  };
  return { item: { ...item, writtenDate }, next: DATE_AFTER.lastIndex };
}

const OTHER_ORGANS: readonly [RegExp, Organ][] = [
  [/(?:Economic and Social Council|ECOSOC)(?:'s)?\s*$/, 'economicAndSocialCouncil'],
  [/Human Rights Council(?:'s)?\s*$/, 'humanRightsCouncil'],
  [/(?:General )?Assembly(?:'s)?\s*$/, 'generalAssembly'],
];

function organBefore(text: string, start: number): Organ {
  const before = text.slice(Math.max(0, start - 40), start);
  return OTHER_ORGANS.find(([pattern]) => pattern.test(before))?.[1] ?? 'securityCouncil';
}

function readCitation(text: string, wordStart: number, wordEnd: number): Citation | undefined {
  // S/RES/2341 (2017) is the Council's symbol, A/RES/71/291 the Assembly's; "resolution" may be either.
  const symbol = text.startsWith('S/RES/', wordStart) ? 'S' : text.startsWith('A/RES/', wordStart) ? 'A' : undefined;
  const first = symbol === 'A' ? readAssemblyItem(text, wordEnd) : readItem(text, symbol ? wordEnd : skipSpace(text, wordEnd), symbol === 'S');
  if (!first || first === 'abort') return undefined;
  if (symbol === 'S' && first.item.year === undefined && text[first.item.range.end] === '/') return undefined;
  const scanned = [first];
  while (!symbol && scanned.length < MAX_ITEMS) {
    SEPARATOR.lastIndex = scanned[scanned.length - 1].next;
    if (!SEPARATOR.exec(text)) break;
    const item = readItem(text, SEPARATOR.lastIndex, false);
    if (item === 'abort') return undefined;
    // A year-less number after "and" is ordinary prose (resolution 1373 (2001) and 15 others).
    if (!item || (item.item.year === undefined && item.item.assemblySymbol === undefined && first.item.year !== undefined)) break;
    scanned.push(item);
  }
  const end = scanned[scanned.length - 1].next;
  const items = scanned.map(s => s.item);
  // 71/291 is the Assembly's unless another body is named: Human Rights Council resolution 5/1.
  const named = symbol ? undefined : organBefore(text, wordStart);
  const organ: Organ = symbol === 'S' ? 'securityCouncil' : symbol === 'A' ? 'generalAssembly'
    : named === 'securityCouncil' && items.some(item => item.assemblySymbol) ? 'generalAssembly' : named!;
  return {
    organ,
    style: symbol ? 'symbol' : 'en',
    range: { start: wordStart, end },
    items,
    formIssues: scanned.flatMap(s => s.issues),
  };
}

export function findEnglishCitations(text: string): Citation[] {
  const citations: Citation[] = [];
  RESOLUTION_WORD.lastIndex = 0;
  for (let match = RESOLUTION_WORD.exec(text); match; match = RESOLUTION_WORD.exec(text)) {
    const citation = readCitation(text, match.index, match.index + match[0].length);
    if (citation) {
      citations.push(citation);
      RESOLUTION_WORD.lastIndex = citation.range.end;
    }
  }
  return citations;
}
