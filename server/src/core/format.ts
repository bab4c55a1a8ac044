// How resolutions and dates are written, per draft language.
import type { CalendarDate, DraftLanguage } from './types';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

export function formatDate(date: CalendarDate, language: DraftLanguage): string {
  return language === 'zh'
    ? `${date.year}年${date.month}月${date.day}日`
    : `${date.day} ${MONTHS_EN[date.month - 1]} ${date.year}`;
}

export function monthFromEnglish(name: string): number | undefined {
  const index = MONTHS_EN.findIndex(m => m.toLowerCase() === name.toLowerCase());
  return index < 0 ? undefined : index + 1;
}

/** The document symbol as printed on the resolution itself: S/RES/2341 (2017). */
export function resolutionSymbol(number: number, year?: number): string {
  return year === undefined ? `S/RES/${number}` : `S/RES/${number} (${year})`;
}

/** The official text of a document on undocs.org, in the draft's language. */
export function undocsUrl(symbol: string, language: DraftLanguage): string {
  return `https://undocs.org/${language}/${symbol}`;
}

/** The official text of a Council resolution; the symbol is written there without a space. */
export function undocsLink(number: number, year: number | undefined, language: DraftLanguage): string {
  return undocsUrl(`S/RES/${number}${year === undefined ? '' : `(${year})`}`, language);
}

export function sameDate(a: CalendarDate, b: CalendarDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** Negative when a is before b, positive when after, 0 on the same day. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
