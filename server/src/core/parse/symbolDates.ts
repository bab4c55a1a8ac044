// The dates a draft writes with presidential statements, read from the view:
//   2012年4月16日主席声明(S/PRST/2012/13)      2014年12月18日S/PRST/2014/28号主席声明
//   2006年10月6日和2009年4月13日的主席声明(S/PRST/2006/41和S/PRST/2009/7)   (a list: the k-th date is the k-th statement's)
//   statement of 16 April 2012 (S/PRST/2012/13)      S/PRST/2014/28 of 18 December 2014
// They are the draft's: nothing checks them against a record of statements (there is none in the data).
import { monthFromEnglish } from '../format';
import type { CalendarDate, OffsetRange } from '../types';
import { chineseDateBefore, readEnglishDateAfter, skipSpacesBack } from './citationScanner';

export interface ViewDate extends OffsetRange {
  readonly date: CalendarDate;
  readonly language: 'zh' | 'en';
}

/** Between the last date and the statement: 的, 主席声明, a bracket. */
const CHINESE_FILLER = /日(?:的)?(?:(?:安全理事会|安理会)?主席(?:的)?声明)?[(（]?$/;
const CHINESE_SEPARATOR = /(?:和|及|以及|与|、|，)$/;
const ENGLISH_DATE_BEFORE = /(\d{1,2})\s([A-Z][a-z]+)\s(\d{4})(?:\s?\()?$/;
const ENGLISH_SEPARATOR = /(?:,\s?and|,|and)\s?$/;
const SYMBOL_SEPARATOR = /^\s?(?:和|及|以及|与|、|，|,\s?and|,|and)\s?$/;

function englishDateEndingAt(text: string, end: number): ViewDate | undefined {
  const window = text.slice(Math.max(0, end - 24), end);
  const match = ENGLISH_DATE_BEFORE.exec(window);
  const month = match && monthFromEnglish(match[2]);
  if (!match || !month) return undefined;
  const start = end - window.length + match.index;
  const written = match[0].replace(/\s?\($/, '');
  return { date: { year: Number(match[3]), month, day: Number(match[1]) }, start, end: start + written.length, language: 'en' };
}

/** The dates written just before a statement, in text order: one, or a list joined by 和 or `and`. */
function datesBefore(text: string, start: number): ViewDate[] {
  const window = text.slice(Math.max(0, start - 24), start);
  const filler = CHINESE_FILLER.exec(window);
  const dates: ViewDate[] = [];
  if (filler) {
    let end = start - window.length + filler.index + 1;
    for (let date = chineseDateBefore(text, end); date; date = chineseDateBefore(text, end)) {
      dates.unshift({ date: date.date, start: date.start, end: date.end, language: 'zh' });
      const separator = CHINESE_SEPARATOR.exec(text.slice(Math.max(0, date.start - 2), date.start));
      if (!separator) break;
      end = date.start - separator[0].length;
    }
    return dates;
  }
  let end = start;
  for (let date = englishDateEndingAt(text, end); date; date = englishDateEndingAt(text, end)) {
    dates.unshift(date);
    const before = skipSpacesBack(text, date.start);
    const separator = ENGLISH_SEPARATOR.exec(text.slice(Math.max(0, before - 6), before));
    if (!separator) break;
    end = skipSpacesBack(text, before - separator[0].length);
  }
  return dates;
}

export interface StatementInView extends OffsetRange {
  readonly presidentialStatement: boolean;
}

/** For each symbol, the date the draft gives it when it is a presidential statement (view ranges). */
export function statementDates(text: string, symbols: readonly StatementInView[]): (ViewDate | undefined)[] {
  const dates: (ViewDate | undefined)[] = symbols.map(() => undefined);
  for (let i = 0; i < symbols.length; i++) {
    const symbol = symbols[i];
    if (!symbol.presidentialStatement || dates[i]) continue;
    const before = datesBefore(text, symbol.start);
    if (before.length === 0) {
      const after = readEnglishDateAfter(text, symbol.end);
      if (after) dates[i] = { date: after.date, start: after.start, end: after.end, language: 'en' };
      continue;
    }
    // The statements listed together: as many as the dates, or no date is anyone's.
    let last = i;
    while (last + 1 < symbols.length && symbols[last + 1].presidentialStatement && SYMBOL_SEPARATOR.test(text.slice(symbols[last].end, symbols[last + 1].start))) last++;
    const listed = last - i + 1;
    if (before.length === 1) dates[i] = before[0];
    else if (listed === before.length) before.forEach((date, k) => { dates[i + k] = date; });
  }
  return dates;
}
