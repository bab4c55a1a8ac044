// The tokens citations are made of, read from the normalized view at a given position (as
// css-languageservice's scanner reads CSS): numbers, bracketed years and sessions, General Assembly
// numbers, 第, 号/號, 决议/決議 and `resolution(s)`, list separators, and written dates. The view has
// already removed the line breaks and spaces of PDF extraction next to Chinese text; what is left
// between tokens (a space or a line break between two Latin characters) is skipped here.
import { isDigit, isSpace } from '../text/chars';
import { isChineseDigit, readDigitByDigit, readSmallNumber } from './chineseNumerals';
import { monthFromEnglish } from '../format';
import type { CalendarDate, OffsetRange } from '../types';

export function skipSpaces(text: string, pos: number): number {
  while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++;
  return pos;
}

export function skipSpacesBack(text: string, pos: number): number {
  while (pos > 0 && isSpace(text.charCodeAt(pos - 1))) pos--;
  return pos;
}

/** A run of 1–5 ASCII digits at pos: its end, or -1 (none, or longer: not a resolution number). */
export function digitsEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i === pos || i - pos > 5 ? -1 : i;
}

const OPEN = '(（';
const CLOSE = ')）';

/** `(2017)`, `（2017）`, `(2017）`: a year in brackets, spaces allowed inside. */
export interface BracketedYear extends OffsetRange {
  readonly year: number;
  readonly yearStart: number;
  /** The brackets as written; their widths may not match (a form finding). */
  readonly open: string;
  readonly close: string;
}

/**
 * The bracketed year at pos; 'other' when a bracket opens there on something else, undefined when
 * none does. loose: a mistyped year of two or three digits is a year too (第946(994)号决议, as an
 * adopted text writes it); the caller decides whether the context makes it one.
 */
export function readBracketedYear(text: string, pos: number, loose = false): BracketedYear | 'other' | undefined {
  const open = text[pos];
  if (open === undefined || !OPEN.includes(open)) return undefined;
  const yearStart = skipSpaces(text, pos + 1);
  const yearEnd = digitsEnd(text, yearStart);
  const digits = yearEnd - yearStart;
  if (digits !== 4 && !(loose && (digits === 2 || digits === 3))) return 'other';
  const closeAt = skipSpaces(text, yearEnd);
  const close = text[closeAt];
  if (close === undefined || !CLOSE.includes(close)) return 'other';
  const year = Number(text.slice(yearStart, yearEnd));
  if (!loose && (year < 1945 || year > 2099)) return 'other';
  return { year, yearStart, open, close, start: pos, end: closeAt + 1 };
}

/** A year as the record can hold one: a resolution cannot be older than the Organization. */
export function isPlausibleYear(year: number): boolean {
  return year >= 1945 && year <= 2099;
}

export function bracketsMatch(year: BracketedYear): boolean {
  return OPEN.indexOf(year.open) === CLOSE.indexOf(year.close);
}

export function matchingClose(year: BracketedYear): string {
  return CLOSE[OPEN.indexOf(year.open)];
}

/**
 * A General Assembly resolution number at pos: 71/291, ES-11/1, S-14/1, 34/2 A, or the old form with
 * a Roman session number, 2625 (XXV). The Security Council writes neither.
 */
const ASSEMBLY_NUMBER = /(?:(ES|S)-)?(\d{1,2}) ?\/ ?(\d{1,3})(?: ?([A-H])(?![A-Za-z]))?(?![\d/])|(\d{1,4})(?:\s?([A-H]))?\s?[(（] ?([IVXL]{1,7}) ?[)）]/y;

export interface AssemblyNumber extends OffsetRange {
  readonly number: number;
  readonly symbol: string;
  readonly numberEnd: number;
}

export function readAssemblyNumber(text: string, pos: number): AssemblyNumber | undefined {
  ASSEMBLY_NUMBER.lastIndex = pos;
  const match = ASSEMBLY_NUMBER.exec(text);
  if (!match) return undefined;
  const end = pos + match[0].length;
  if (match[5] !== undefined) {
    return { number: Number(match[5]), symbol: `A/RES/${match[5]}${match[6] ?? ''}(${match[7]})`, start: pos, end, numberEnd: pos + match[5].length };
  }
  const session = `${match[1] ? `${match[1]}-` : ''}${match[2]}`;
  return { number: Number(match[3]), symbol: `A/RES/${session}/${match[3]}${match[4] ?? ''}`, start: pos, end, numberEnd: end };
}

/** 号 (號 in traditional texts) at pos: its end, or -1. */
export function haoEnd(text: string, pos: number): number {
  const c = text[pos];
  return c === '号' || c === '號' ? pos + 1 : -1;
}

/** 决议 (決議, and the mixed forms of careless conversion) at pos: its end, or -1. */
export function resolutionWordEnd(text: string, pos: number): number {
  const first = text[pos];
  const second = text[pos + 1];
  return (first === '决' || first === '決') && (second === '议' || second === '議') ? pos + 2 : -1;
}

const CHINESE_SEPARATORS = ['以及', '、', '和', '及', '与', '與', '，', ','];

/** A separator of a Chinese list at pos (以及 before 及). */
export function chineseSeparatorAt(text: string, pos: number): string | undefined {
  return CHINESE_SEPARATORS.find(s => text.startsWith(s, pos));
}

export interface WrittenDateToken extends OffsetRange {
  readonly date: CalendarDate;
}

/** 2001年9月28日, or in Chinese numerals 一九六〇年十二月十四日, at pos. */
export function readChineseDate(text: string, pos: number): WrittenDateToken | undefined {
  const year = readDateNumber(text, pos, 4);
  let at = year && skipSpaces(text, year.end);
  const month = at !== undefined && text[at] === '年' ? readDateNumber(text, skipSpaces(text, at + 1), 2) : undefined;
  at = month && skipSpaces(text, month.end);
  const day = at !== undefined && text[at] === '月' ? readDateNumber(text, skipSpaces(text, at + 1), 2) : undefined;
  at = day && skipSpaces(text, day.end);
  if (!year || !month || !day || at === undefined || text[at] !== '日' || month.value < 1 || month.value > 12 || day.value < 1 || day.value > 31) return undefined;
  return { date: { year: year.value, month: month.value, day: day.value }, start: pos, end: at + 1 };
}

/** The year, month or day of a Chinese date: ASCII digits, or Chinese numerals (a year digit by digit). */
function readDateNumber(text: string, pos: number, digits: number): { value: number; end: number } | undefined {
  let end = pos;
  while (end - pos < digits && isDigit(text.charCodeAt(end))) end++;
  if (end > pos) return isDigit(text.charCodeAt(end)) || (digits === 4 && end - pos < 4) ? undefined : { value: Number(text.slice(pos, end)), end };
  return digits === 4 ? readDigitByDigit(text, pos, 4) : readSmallNumber(text, pos);
}

/** The Chinese date that ends at end (日 its last character), if one does. */
export function chineseDateBefore(text: string, end: number): WrittenDateToken | undefined {
  const dayEnd = skipSpacesBack(text, end);
  if (text[dayEnd - 1] !== '日') return undefined;
  // A date is at most 14 characters (一九六七年十二月二十七日); try each start from the longest.
  for (let start = Math.max(0, dayEnd - 14); start <= dayEnd - 6; start++) {
    const date = readChineseDate(text, start);
    if (date && date.end === dayEnd && (start === 0 || !isDigit(text.charCodeAt(start - 1)) && !isChineseDigit(text[start - 1]))) return date;
  }
  return undefined;
}

/**
 * ` of 28 September 2001` at pos; the range is the date's. In a list the year may come once, at its
 * end (186 (1964) of 4 March, 187 (1964) of 13 March … 1964): a date without one takes `year`, the
 * item's, and is read only when there is one.
 */
const ENGLISH_DATE_AFTER = /\s+of\s+((\d{1,2})\s+([A-Z][a-z]+)(?:\s+(\d{4}))?)(?![\w])/y;

export function readEnglishDateAfter(text: string, pos: number, year?: number): (WrittenDateToken & { readonly next: number }) | undefined {
  ENGLISH_DATE_AFTER.lastIndex = pos;
  const match = ENGLISH_DATE_AFTER.exec(text);
  const month = match && monthFromEnglish(match[3]);
  const written = match?.[4] !== undefined ? Number(match[4]) : year;
  if (!match || !month || written === undefined) return undefined;
  // The date is the end of the match: its range follows without the indices (d flag) being made.
  const end = ENGLISH_DATE_AFTER.lastIndex;
  return { date: { year: written, month, day: Number(match[2]) }, start: end - match[1].length, end, next: end };
}
