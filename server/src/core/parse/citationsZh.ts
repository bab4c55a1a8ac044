// Chinese citations of resolutions, read from the view:
//   第2341(2017)号决议          第1373(2001)、1624(2005)和2178(2014)号决议
//   第825(1993)号、第1540(2004)号和第1928(2010)号决议      第1267和1989号决议
//   2004年4月28日第1540(2004)号、2006年4月27日第1673(2006)号和2011年4月20日第1977(2011)号决议
//   依照1540(2004)号决议 (no 第, as adopted texts write it)    第2161(2014)2170(2014)号决议 (a web copy lost its 、)
//   大会第71/291号决议, 第60/288和70/291号决议, 大会第2625(XXV)号决议 (General Assembly)
// A list is read item by item from its first number; what is missing (号, a separator, 和 before the
// last item) is a form finding on a citation that is still read.
import {
  bracketsMatch, chineseSeparatorAt, digitsEnd, haoEnd, isPlausibleYear, matchingClose, readAssemblyNumber, readBracketedYear, readChineseDate,
  resolutionWordEnd, skipSpaces,
} from './citationScanner';
import { isChineseDigit, readDigitByDigit, readSmallNumber, toRoman } from './chineseNumerals';
import { MAX_ITEMS, type ViewFormIssue, type ViewItem } from './citationModel';
import { isDigit } from '../text/chars';

interface ScannedItem {
  readonly item: ViewItem;
  readonly issues: readonly ViewFormIssue[];
}

/**
 * An item at pos: [date] [第] number [(year)] [号], or a General Assembly number; null when there is
 * none. The year written after 号 (第2341号(2017)决议) is read, as a form finding.
 */
export function readChineseItem(text: string, pos: number): ScannedItem | null {
  let p = pos;
  const date = readChineseDate(text, p);
  if (date) p = skipSpaces(text, date.end);
  const marker = markerEnd(text, p);
  if (marker >= 0) p = skipSpaces(text, marker);
  const numeral = readChineseNumeralItem(text, p, date);
  if (numeral) return { item: numeral, issues: [] };
  const assembly = readAssemblyNumber(text, p);
  if (assembly) {
    const hao = haoEnd(text, skipSpaces(text, assembly.end));
    const item: ViewItem = {
      number: assembly.number, numberRange: { start: p, end: assembly.numberEnd }, year: undefined, yearRange: undefined, range: { start: p, end: assembly.end },
      date, assemblySymbol: assembly.symbol, hasHao: hao >= 0, next: hao >= 0 ? hao : assembly.end,
    };
    return { item, issues: [] };
  }
  const numberEnd = digitsEnd(text, p);
  if (numberEnd < 0 || text[numberEnd] === '年' || text[numberEnd] === '/' || text[numberEnd] === '.') return null;
  const number = Number(text.slice(p, numberEnd));
  const issues: ViewFormIssue[] = [];
  let year = readBracketedYear(text, skipSpaces(text, numberEnd), true);
  if (year === 'other') return null;
  let itemEnd = year ? year.end : numberEnd;
  let next = itemEnd;
  let hao = haoEnd(text, skipSpaces(text, itemEnd));
  // A mistyped year (946(994)) is one only where 号 follows: 12(345) alone is no citation.
  if (year && !isPlausibleYear(year.year) && hao < 0) return null;
  if (hao >= 0) {
    next = hao;
    if (!year) {
      const late = readBracketedYear(text, skipSpaces(text, hao));
      if (late && late !== 'other' && isPlausibleYear(late.year)) {
        // 第2341号(2017)决议: the year belongs before 号.
        year = late;
        itemEnd = late.end;
        next = late.end;
        const haoAt = hao - 1;
        issues.push({
          kind: 'yearAfterHao',
          range: { start: p, end: late.end },
          edits: [{ range: { start: haoAt, end: hao }, newText: '' }, { range: { start: late.end, end: late.end }, newText: '号' }],
        });
        hao = -1;
      }
    }
  }
  if (year && !bracketsMatch(year)) {
    issues.push({ kind: 'mismatchedBrackets', range: { start: year.end - 1, end: year.end }, edits: [{ range: { start: year.end - 1, end: year.end }, newText: matchingClose(year) }] });
  }
  const item: ViewItem = {
    number,
    numberRange: { start: p, end: numberEnd },
    year: year?.year,
    yearRange: year ? { start: year.yearStart, end: year.yearStart + 4 } : undefined,
    range: { start: p, end: itemEnd },
    date,
    assemblySymbol: undefined,
    hasHao: hao >= 0 || issues.some(i => i.kind === 'yearAfterHao'),
    next,
  };
  return { item, issues };
}

/** 第, or the 决议(案) that older texts write before the number (大會決議二四七九(二十三)): the end of it, or -1. */
function markerEnd(text: string, pos: number): number {
  if (text[pos] === '第') return pos + 1;
  const word = resolutionWordEnd(text, pos);
  if (word < 0) return -1;
  const end = text[word] === '案' ? word + 1 : word;
  return isDigit(text.charCodeAt(end)) || isChineseDigit(text[end]) ? end : -1;
}

/** 一五一四(十五): an Assembly resolution and its session, in Chinese numerals. */
function readChineseNumeralItem(text: string, pos: number, date: ViewItem['date']): ViewItem | undefined {
  const number = readDigitByDigit(text, pos, 4);
  if (!number || !'(（'.includes(text[number.end] ?? '')) return undefined;
  const session = readSmallNumber(text, number.end + 1);
  if (!session || !')）'.includes(text[session.end] ?? '')) return undefined;
  const end = session.end + 1;
  const hao = haoEnd(text, skipSpaces(text, end));
  return {
    number: number.value, numberRange: { start: pos, end: number.end }, year: undefined, yearRange: undefined, range: { start: pos, end },
    date, assemblySymbol: `A/RES/${number.value}(${toRoman(session.value)})`, hasHao: hao >= 0, next: hao >= 0 ? hao : end,
  };
}

/**
 * An item that is a resolution by its own form: a plausible year, an Assembly number with its session
 * in brackets (2625(XXV)), or one followed by 号 (71/291号). A bare 2/4 is a page number.
 */
export function isStrong(item: ViewItem): boolean {
  return (item.year !== undefined && isPlausibleYear(item.year))
    || (item.assemblySymbol !== undefined && (item.hasHao || item.assemblySymbol.endsWith(')')));
}

export interface ChineseList {
  readonly items: readonly ViewItem[];
  readonly issues: readonly ViewFormIssue[];
  /** After 决议, or after the last item when the list has no 决议. */
  readonly end: number;
  /** Whether 决议 closes the list. */
  readonly closed: boolean;
  /** The separators between items ('' where a web copy lost one). */
  readonly separators: readonly { start: number; text: string }[];
}

/** Reads the list whose first item starts at pos, and the 决议 that closes it. */
export function readChineseList(text: string, pos: number): ChineseList | undefined {
  const first = readChineseItem(text, pos);
  if (!first) return undefined;
  const scanned: ScannedItem[] = [first];
  const separators: { start: number; text: string }[] = [];
  while (scanned.length < MAX_ITEMS) {
    const previous = scanned[scanned.length - 1].item;
    const at = skipSpaces(text, previous.next);
    const separator = chineseSeparatorAt(text, at);
    let item: ScannedItem | null = null;
    if (separator) {
      item = readChineseItem(text, skipSpaces(text, at + separator.length));
    } else if ((previous.year !== undefined || previous.hasHao || previous.assemblySymbol) && (isDigit(text.charCodeAt(at)) || text[at] === '第')) {
      // 第2161(2014)2170(2014)号决议, 第3236(XXIX)號第3237(XXIX)號決議: items run together; taken so only when the
      // next one is a resolution by its form or opens with 第.
      item = readChineseItem(text, at);
      if (item && !isStrong(item.item) && text[at] !== '第') item = null;
    }
    if (!item) break;
    scanned.push(item);
    separators.push({ start: at, text: separator ?? '' });
  }
  const last = scanned[scanned.length - 1].item;
  const tail = skipSpaces(text, last.next);
  const wordEnd = resolutionWordEnd(text, tail);
  const closed = wordEnd >= 0;
  // Without 决议 a list is read from an item that is a resolution by its form, and ends at the last such
  // item: 1373(2001)、12个国家 ends at 1373(2001).
  let count = scanned.length;
  if (!closed) {
    if (!isStrong(first.item)) return undefined;
    while (!isStrong(scanned[count - 1].item)) count--;
  }
  const items = scanned.slice(0, count).map(s => s.item);
  const kept = separators.slice(0, count - 1);
  return {
    items,
    issues: [...scanned.slice(0, count).flatMap(s => s.issues), ...listIssues(text, items, kept, closed ? wordEnd : -1)],
    end: closed ? wordEnd : items[items.length - 1].next,
    closed,
    separators: kept,
  };
}

/** 号 missing before 决议, separators of the wrong kind or missing, and 和 missing before the last item. */
function listIssues(text: string, items: readonly ViewItem[], separators: readonly { start: number; text: string }[], wordEnd: number): ViewFormIssue[] {
  const issues: ViewFormIssue[] = [];
  const last = items[items.length - 1];
  if (wordEnd >= 0 && !last.hasHao) {
    issues.push({ kind: 'missingHao', range: { start: items[0].range.start, end: wordEnd }, edits: [{ range: { start: last.range.end, end: last.range.end }, newText: '号' }] });
  }
  separators.forEach((separator, index) => {
    if (separator.text === ',' || separator.text === '，') {
      issues.push({ kind: 'listSeparator', range: { start: separator.start, end: separator.start + 1 }, edits: [{ range: { start: separator.start, end: separator.start + 1 }, newText: '、' }] });
    } else if (separator.text === '') {
      const lastOne = index === separators.length - 1;
      const at = { start: separator.start, end: separator.start };
      issues.push({ kind: 'missingListSeparator', range: items[index + 1].range, edits: [{ range: at, newText: lastOne ? '和' : '、' }], severity: 'information' });
    }
  });
  const lastSeparator = separators[separators.length - 1];
  if (wordEnd >= 0 && lastSeparator?.text === '、' && !continuesWithAnotherCitation(text, wordEnd)) {
    issues.push({ kind: 'lastListSeparator', range: { start: lastSeparator.start, end: lastSeparator.start + 1 }, edits: [] });
  }
  return issues;
}

/** 第2121(2013)、2127(2013)号决议及第2272(2016)号决议: one list written as two citations, as S/RES/2446 does. */
function continuesWithAnotherCitation(text: string, end: number): boolean {
  const after = skipSpaces(text, end);
  return /^(?:和|及|以及|与)\s*(?:第\s*)?\d/.test(text.slice(after, after + 12));
}
