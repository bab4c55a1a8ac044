// Small cursor helpers shared by the citation scanners. Text extracted from official PDFs breaks
// lines and inserts spaces inside citations (第 1535(2004)号, 2370 ⏎⏎(2017)), so the scanners skip
// short runs of white space between the parts of a citation.

/** How much white space may stand between two parts of one citation. */
const MAX_GAP = 12;

export function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0x3000 || code === 0xa0;
}

export function skipSpace(text: string, pos: number): number {
  const limit = Math.min(text.length, pos + MAX_GAP);
  let i = pos;
  while (i < limit && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The end of a run of 1–5 ASCII digits at pos, or -1 when there is none or it is longer. */
export function digitsEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && isDigitCode(text.charCodeAt(i))) i++;
  return i === pos || i - pos > 5 ? -1 : i;
}

export const OPEN_BRACKETS = '(（';
export const CLOSE_BRACKETS = ')）';

/**
 * A bracketed year at pos: `(2017)` or `（2017）`, with white space allowed inside.
 * Returns undefined when pos holds no opening bracket, 'invalid' when the bracket holds something
 * else (a Roman session number such as (XXV) marks an old General Assembly resolution).
 */
export interface BracketedYear {
  year: number;
  yearStart: number;
  open: number;
  close: number;
}

export function readBracketedYear(text: string, pos: number): BracketedYear | 'invalid' | undefined {
  if (!OPEN_BRACKETS.includes(text[pos] ?? '\0')) return undefined;
  const yearStart = skipSpace(text, pos + 1);
  const yearEnd = digitsEnd(text, yearStart);
  if (yearEnd - yearStart !== 4) return 'invalid';
  const close = skipSpace(text, yearEnd);
  if (!CLOSE_BRACKETS.includes(text[close] ?? '\0')) return 'invalid';
  return { year: Number(text.slice(yearStart, yearEnd)), yearStart, open: pos, close };
}

/** Full-width and half-width brackets of one pair must match: （2017) is a typo. */
export function bracketsMatch(text: string, year: BracketedYear): boolean {
  return OPEN_BRACKETS.indexOf(text[year.open]) === CLOSE_BRACKETS.indexOf(text[year.close]);
}

export function matchingClose(text: string, year: BracketedYear): string {
  return CLOSE_BRACKETS[OPEN_BRACKETS.indexOf(text[year.open])];
}

/**
 * A General Assembly resolution number at pos: 71/291, ES-11/1, S-14/1, 34/2 A, or the old form with
 * a Roman session number, 2625 (XXV). The Security Council writes neither.
 */
const ASSEMBLY_NUMBER = /(?:(ES|S)-)?(\d{1,2})[ \t]*\/[ \t]*(\d{1,3})(?:[ \t]?([A-H])(?![A-Za-z]))?(?![\d/])|(\d{1,4})[ \t\u3000]*[(（][ \t]*([IVXL]{1,7})[ \t]*[)）]/y;

export function readAssemblyNumber(text: string, pos: number): { number: number; symbol: string; end: number; numberEnd: number } | undefined {
  ASSEMBLY_NUMBER.lastIndex = pos;
  const match = ASSEMBLY_NUMBER.exec(text);
  if (!match) return undefined;
  const end = pos + match[0].length;
  if (match[5] !== undefined) {
    return { number: Number(match[5]), symbol: `A/RES/${match[5]}(${match[6]})`, end, numberEnd: pos + match[5].length };
  }
  const session = `${match[1] ? `${match[1]}-` : ''}${match[2]}`;
  return { number: Number(match[3]), symbol: `A/RES/${session}/${match[3]}${match[4] ?? ''}`, end, numberEnd: end };
}
