// Chinese citations of resolutions:
//   第2341(2017)号决议          第 1535(2004)号决议 (spaces from PDF extraction)
//   第1373(2001)、1624(2005)和2178(2014)号决议
//   第825(1993)号、第1540(2004)号和第1928(2010)号决议      第1267和1989号决议
//   2001年9月28日第1373(2001)号决议                       经社理事会第1296号决议 (another organ)
//   大会第71/291号决议, 第60/288和70/291号决议, 大会第2625(XXV)号决议 (General Assembly)
import type { Citation, CitationItem, FormIssue, Organ, WrittenDate } from '../types';
import { bracketsMatch, digitsEnd, matchingClose, readAssemblyNumber, readBracketedYear, skipSpace } from './scan';

const SEPARATORS = ['以及', '、', '和', '及', '，', ','];
const MAX_ITEMS = 200;

interface ScannedItem {
  item: CitationItem;
  /** Where scanning goes on: after the year, or after 号 when the item has one. */
  next: number;
  hasHao: boolean;
  issues: FormIssue[];
}

/** Reads `2341(2017)号`, `2341号`, `2341` or the malformed `2341号(2017)` at pos; null if none, 'abort' if not a resolution. */
/** 71/291号 or 2625(XXV)号: a General Assembly resolution, in an Assembly citation or a list. */
function readAssemblyItem(text: string, pos: number): ScannedItem | undefined {
  const found = readAssemblyNumber(text, pos);
  if (!found) return undefined;
  const after = skipSpace(text, found.end);
  const hasHao = text[after] === '号';
  const item: CitationItem = {
    number: found.number,
    numberRange: { start: pos, end: found.numberEnd },
    range: { start: pos, end: found.end },
    assemblySymbol: found.symbol,
  };
  return { item, next: hasHao ? after + 1 : found.end, hasHao, issues: [] };
}

function readItem(text: string, pos: number): ScannedItem | null | 'abort' {
  const assembly = readAssemblyItem(text, pos);
  if (assembly) return assembly;
  const numberEnd = digitsEnd(text, pos);
  if (numberEnd < 0) return null;
  const number = Number(text.slice(pos, numberEnd));
  const issues: FormIssue[] = [];
  let after = skipSpace(text, numberEnd);
  let year = readBracketedYear(text, after);
  if (year === 'invalid') return 'abort';
  let itemEnd = numberEnd;
  if (year) {
    itemEnd = year.close + 1;
    after = skipSpace(text, itemEnd);
  }
  let hasHao = false;
  if (text[after] === '号') {
    hasHao = true;
    const haoEnd = after + 1;
    after = haoEnd;
    if (!year) {
      const late = readBracketedYear(text, skipSpace(text, haoEnd));
      if (late === 'invalid') return 'abort';
      if (late) {
        year = late;
        itemEnd = late.close + 1;
        after = itemEnd;
        issues.push({
          kind: 'yearAfterHao',
          range: { start: pos, end: itemEnd },
          replacement: `${number}${text[late.open]}${late.year}${matchingClose(text, late)}号`,
        });
      }
    }
  }
  if (year && !bracketsMatch(text, year)) {
    issues.push({ kind: 'mismatchedBrackets', range: { start: year.close, end: year.close + 1 }, replacement: matchingClose(text, year) });
  }
  const item: CitationItem = {
    number,
    numberRange: { start: pos, end: numberEnd },
    ...(year ? { year: year.year, yearRange: { start: year.yearStart, end: year.yearStart + 4 } } : {}),
    range: { start: pos, end: itemEnd },
  };
  return { item, next: after, hasHao, issues };
}

const DATE_BEFORE = /(\d{4})[ \u3000]*年[ \u3000]*(\d{1,2})[ \u3000]*月[ \u3000]*(\d{1,2})[ \u3000]*日[ \u3000]*$/;

function writtenDateBefore(text: string, start: number): WrittenDate | undefined {
  const from = Math.max(0, start - 24);
  const match = DATE_BEFORE.exec(text.slice(from, start));
  if (!match) return undefined;
  const dateStart = from + match.index;
  const dayEnd = dateStart + match[0].lastIndexOf('日') + 1;
  return {
    date: { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) },
    range: { start: dateStart, end: dayEnd },
    language: 'zh',
  };
}

const OTHER_ORGANS: readonly [string, Organ][] = [
  ['经济及社会理事会', 'economicAndSocialCouncil'],
  ['经社理事会', 'economicAndSocialCouncil'],
  ['人权理事会', 'humanRightsCouncil'],
  ['大会', 'generalAssembly'],
];

function organBefore(text: string, start: number): Organ {
  let i = start;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  const before = text.slice(Math.max(0, i - 8), i);
  return OTHER_ORGANS.find(([name]) => before.endsWith(name))?.[1] ?? 'securityCouncil';
}

/** Reads the citation whose 第 is at pos. */
function readCitation(text: string, pos: number): Citation | undefined {
  const first = readItem(text, skipSpace(text, pos + 1));
  if (!first || first === 'abort') return undefined;
  const scanned: ScannedItem[] = [first];
  const separators: { start: number; text: string }[] = [];
  let next = first.next;
  while (scanned.length < MAX_ITEMS) {
    const sepStart = skipSpace(text, next);
    const separator = SEPARATORS.find(s => text.startsWith(s, sepStart));
    if (!separator) break;
    let itemStart = skipSpace(text, sepStart + separator.length);
    if (text[itemStart] === '第') itemStart = skipSpace(text, itemStart + 1);
    const item = readItem(text, itemStart);
    if (item === 'abort') return undefined;
    if (!item) break;
    scanned.push(item);
    separators.push({ start: sepStart, text: separator });
    next = item.next;
  }
  const last = scanned[scanned.length - 1];
  let end = skipSpace(text, next);
  if (!text.startsWith('决议', end)) return undefined;
  end += 2;

  const issues = scanned.flatMap(s => s.issues);
  if (!last.hasHao) {
    issues.push({ kind: 'missingHao', range: { start: last.item.range.end, end: last.item.range.end }, replacement: '号' });
  }
  for (const separator of separators) {
    if (separator.text === ',' || separator.text === '，') {
      issues.push({ kind: 'listSeparator', range: { start: separator.start, end: separator.start + 1 }, replacement: '、' });
    }
  }
  const lastSeparator = separators[separators.length - 1];
  if (lastSeparator?.text === '、' && !continuesWithAnotherCitation(text, end)) {
    issues.push({ kind: 'lastListSeparator', range: { start: lastSeparator.start, end: lastSeparator.start + 1 }, replacement: '和' });
  }

  const writtenDate = writtenDateBefore(text, pos);
  const items = scanned.map(s => s.item);
  if (writtenDate) items[0] = { ...items[0], writtenDate };
  const start = writtenDate?.range.start ?? pos;
  // 71/291 is the Assembly's unless another body is named: 人权理事会第5/1号决议 is the Council's.
  const named = organBefore(text, start);
  const organ = named === 'securityCouncil' && items.some(item => item.assemblySymbol) ? 'generalAssembly' : named;
  return { organ, style: 'zh', range: { start, end }, items, formIssues: issues };
}

/** 第2121(2013)、2127(2013)号决议及第2272(2016)号决议: one list written as two citations, as S/RES/2446 does. */
function continuesWithAnotherCitation(text: string, end: number): boolean {
  const after = skipSpace(text, end);
  return /^(和|及|以及)\s*第\s*\d/.test(text.slice(after, after + 12));
}

export function findChineseCitations(text: string): Citation[] {
  const citations: Citation[] = [];
  for (let pos = text.indexOf('第'); pos >= 0; pos = text.indexOf('第', pos + 1)) {
    const citation = readCitation(text, pos);
    if (citation) {
      citations.push(citation);
      pos = citation.range.end - 1;
    }
  }
  return citations;
}
