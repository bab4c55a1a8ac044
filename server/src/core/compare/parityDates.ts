// Dates as the two languages write them, read to one form so that a Chinese and an English paragraph
// can be compared: 2001年9月28日, 一九七三年十月二十二日 and 28 September 2001 are 2001-09-28; a month and
// its year (2017年12月, December 2017) 2017-12; a day and its month (十月二十五日, 25 October), as lists of
// dates in older texts write all but the first, --10-25.
import { monthFromEnglish } from '../format';
import { isChineseDigit, readDigitByDigit, readSmallNumber } from '../parse/chineseNumerals';
import { readChineseDate } from '../parse/citationScanner';
import type { OffsetRange } from '../types';

export interface ReadDate extends OffsetRange {
  /** 2001-09-28, 2017-12 or --10-25. */
  readonly key: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const ENGLISH_FORMS: readonly { pattern: RegExp; key: (m: RegExpExecArray) => string }[] = [
  { pattern: new RegExp(`(\\d{1,2})\\s${MONTH}\\s(\\d{4})`, 'y'), key: m => `${m[3]}-${pad(monthFromEnglish(m[2])!)}-${pad(+m[1])}` },
  { pattern: new RegExp(`(\\d{1,2})\\s${MONTH}`, 'y'), key: m => `--${pad(monthFromEnglish(m[2])!)}-${pad(+m[1])}` },
  { pattern: new RegExp(`${MONTH}\\s(\\d{4})`, 'y'), key: m => `${m[2]}-${pad(monthFromEnglish(m[1])!)}` },
];
/** Where a date may start: a digit, a Chinese digit or 十, or an English month. */
const DATE_START = new RegExp(`[\\d〇零一二三四五六七八九十]|${MONTH}`, 'g');

/** A month or a day: one or two digits, or a small number in Chinese numerals. */
function readSmall(text: string, pos: number): { value: number; end: number } | undefined {
  const digits = /^\d{1,2}(?!\d)/.exec(text.slice(pos, pos + 3));
  return digits ? { value: Number(digits[0]), end: pos + digits[0].length } : readSmallNumber(text, pos);
}

/** A year of four digits, or four Chinese digits (一九七三). */
function readYear(text: string, pos: number): { value: number; end: number } | undefined {
  const digits = /^\d{4}(?!\d)/.exec(text.slice(pos, pos + 5));
  if (digits) return { value: Number(digits[0]), end: pos + 4 };
  const numeral = readDigitByDigit(text, pos, 4);
  return numeral && numeral.end - pos === 4 ? numeral : undefined;
}

function readChinese(text: string, at: number): ReadDate | undefined {
  const full = readChineseDate(text, at);
  if (full) return { key: `${full.date.year}-${pad(full.date.month)}-${pad(full.date.day)}`, start: at, end: full.end };
  const year = readYear(text, at);
  if (year && text[year.end] === '年') {
    const month = readSmall(text, year.end + 1);
    if (month && text[month.end] === '月' && month.value >= 1 && month.value <= 12) return { key: `${year.value}-${pad(month.value)}`, start: at, end: month.end + 1 };
    return undefined;
  }
  const month = readSmall(text, at);
  const day = month && text[month.end] === '月' ? readSmall(text, month.end + 1) : undefined;
  if (month && day && text[day.end] === '日' && month.value <= 12 && day.value >= 1 && day.value <= 31) return { key: `--${pad(month.value)}-${pad(day.value)}`, start: at, end: day.end + 1 };
  return undefined;
}

function readEnglish(text: string, at: number): ReadDate | undefined {
  for (const form of ENGLISH_FORMS) {
    form.pattern.lastIndex = at;
    const match = form.pattern.exec(text);
    if (match) return { key: form.key(match), start: at, end: at + match[0].length };
  }
  return undefined;
}

/** The dates of text between start and end, in order. */
export function readDates(text: string, start: number, end: number): ReadDate[] {
  const dates: ReadDate[] = [];
  DATE_START.lastIndex = start;
  for (let match = DATE_START.exec(text); match && match.index < end; match = DATE_START.exec(text)) {
    const at = match.index;
    const before = text[at - 1] ?? '';
    // A date starts a word: not 12 of 2012年, not 二 of 十二月, nor a month inside another word.
    if (/[\dA-Za-z]/.test(before) || isChineseDigit(before) || before === '十') continue;
    const date = /\d|[A-Z]/.test(match[0][0]) ? readEnglish(text, at) ?? readChinese(text, at) : readChinese(text, at);
    if (!date || date.end > end) continue;
    dates.push(date);
    DATE_START.lastIndex = date.end;
  }
  return dates;
}

function parts(key: string): { year?: string; month: string; day?: string } {
  if (key.startsWith('--')) {
    const [month, day] = key.slice(2).split('-');
    return { month, day };
  }
  const [year, month, day] = key.split('-');
  return { year, month, day };
}

/**
 * Whether two date keys can name the same day: the same month and day, the year the same or written
 * on one side only; a month with its year is the same as any day of it.
 */
export function sameDate(a: string, b: string): boolean {
  const x = parts(a);
  const y = parts(b);
  if (x.month !== y.month) return false;
  if (x.year !== undefined && y.year !== undefined && x.year !== y.year) return false;
  if (x.day !== undefined && y.day !== undefined) return x.day === y.day;
  // A month without its day matches only a date that has its year.
  return x.year !== undefined && y.year !== undefined;
}
