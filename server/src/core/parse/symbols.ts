// UN document symbols a draft cites, read from the normalized view: reports and letters (S/2017/375,
// (S/2016/1016), S/2017/375号文件), presidential statements (S/PRST/2017/1, 第S/PRST/2017/1号主席声明),
// meeting records (S/PV.8180 (Resumption 1)), drafts (A/72/L.62, A/C.6/72/L.10, A/ES-11/L.1), their
// addenda and corrigenda (S/2017/1064/Add.1, S/2004/1000/Corr.1, E/CN.4/2005/L.10/Add.17), other series
// (S/AC.47/2023/COMM.8) and reissues (S/1996/636*). Resolutions (S/RES/…, A/RES/…) are citations
// (citations.ts) and are left to them.
//
// PDF extraction breaks a symbol at a slash or after L. (S/2017/⏎375): the view keeps one line break or
// space there, which is read through. A space typed inside a symbol on one line (S /2017/375) is read
// too, and is a form issue; a line break never is.
import { SYMBOL_COMPONENTS, YEAR_IN_SYMBOL_SINCE, SESSION_IN_SYMBOL_SINCE } from '../data/symbolComponents';
import { isAsciiWord } from '../text/chars';
import type { TextView } from '../text/view';
import type { Citation, OffsetRange, TextEdit, WrittenDate } from '../types';
import { statementDates, type ViewDate } from './symbolDates';

/** What a component of a symbol is: see data/symbolComponents.ts; `other` is one the table does not explain. */
export type SymbolPartKind = 'organ' | 'body' | 'series' | 'suffix' | 'year' | 'session' | 'number' | 'other';

export interface SymbolPart {
  /** As the symbol writes it: S, PV.8180, 2017, Add.1, ES-11. */
  readonly text: string;
  readonly kind: SymbolPartKind;
  /** The component without its number, as the table knows it: PV, Add. */
  readonly key?: string;
  /** Its number: 8180 of PV.8180, 2017, 1 of Add.1. */
  readonly value?: number;
}

/**
 * What is wrong with a symbol as written: a space typed inside it (fixed by deleting it); a year of
 * two digits (S/PRST/17/1); a presidential statement whose year is later than the date the draft
 * gives it. The rule symbol-form words them and decides the fixes.
 */
export type SymbolIssue =
  | { readonly kind: 'space'; readonly range: OffsetRange; readonly edits: readonly TextEdit[] }
  | { readonly kind: 'shortYear'; readonly range: OffsetRange; readonly written: number; readonly before: string; readonly after: string }
  | { readonly kind: 'laterThanDate'; readonly range: OffsetRange; readonly year: number; readonly date: WrittenDate };

export interface CitedSymbol {
  /** The symbol without the white space it was written with: S/PRST/2017/1, S/PV.8180 (Resumption 1), S/1996/636*. */
  readonly symbol: string;
  /** As undocs.org takes it: S/1996/636, S/PV.8180(Resumption1). */
  readonly linkSymbol: string;
  readonly range: OffsetRange;
  readonly parts: readonly SymbolPart[];
  readonly year?: number;
  /** A General Assembly session: 72, ES-11. */
  readonly session?: string;
  readonly number?: number;
  /** S/PV.8180 (Resumption 1): the meeting resumed. */
  readonly resumption?: number;
  /** S/1996/636*: reissued for technical reasons. */
  readonly reissued: boolean;
  readonly presidentialStatement: boolean;
  /** The date the draft writes for a presidential statement: 2012年4月16日主席声明(S/PRST/2012/13), S/PRST/2014/28 of 18 December 2014. */
  readonly date?: WrittenDate;
  readonly issues: readonly SymbolIssue[];
}

/** An organ at a word's start, followed by a slash (a space typed before it allowed). */
const ROOT = /(?<![A-Za-z0-9/.\-_@＠])(ST|[ASE])(?= ?\/)/g;
/** A component: a special session (ES-11), a number, or a word with its number (PV.8180, Add.1, L.62, L.⏎62). */
const COMPONENT = /(?:(ES|S)-(\d{1,2})|(\d{1,5})|([A-Z][A-Za-z]{0,7})(?:\.[ \n]?(\d{1,5}))?)(?![A-Za-z0-9])/y;
/** Words in lower case that a symbol writes; every other word of a symbol is in capitals. */
const MIXED_CASE = new Set(['Add', 'Amend', 'Corr', 'Rev', 'Sub', 'Summary']);
const RESUMPTION = /[ \n]?[(（] ?Resumption ?(\d{1,2}) ?[)）]/y;

interface RawComponent {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly special?: string;
  readonly digits?: string;
  readonly word?: string;
  readonly value?: number;
}

function readComponent(text: string, pos: number): RawComponent | undefined {
  COMPONENT.lastIndex = pos;
  const match = COMPONENT.exec(text);
  if (!match) return undefined;
  const end = pos + match[0].length;
  const written = match[0].replace(/[ \n]/g, '');
  if (match[1]) return { text: written, start: pos, end, special: `${match[1]}-${match[2]}` };
  if (match[3]) return { text: written, start: pos, end, digits: match[3] };
  const word = match[4];
  if (word !== word.toUpperCase() && !MIXED_CASE.has(word)) return undefined;
  // A line break after L. is PDF extraction's only where the word is one the table knows.
  if (match[0].includes('\n') || match[0].includes(' ')) {
    if (!SYMBOL_COMPONENTS[word]) return undefined;
  }
  return { text: written, start: pos, end, word, ...(match[5] ? { value: Number(match[5]) } : {}) };
}

const isGap = (c: string | undefined) => c === ' ' || c === '\n';

/** The components from the organ on, and the white space read inside (view offsets). */
function readComponents(text: string, start: number, organ: string): { components: RawComponent[]; gaps: number[]; end: number } | undefined {
  const components: RawComponent[] = [{ text: organ, start, end: start + organ.length }];
  const gaps: number[] = [];
  let pos = start + organ.length;
  for (;;) {
    let at = pos;
    const gapBefore = isGap(text[at]) ? at++ : -1;
    if (text[at] !== '/') break;
    at++;
    const gapAfter = isGap(text[at]) ? at++ : -1;
    // `Plan A / 2019` is no symbol: one gap per slash at most.
    if (gapBefore >= 0 && gapAfter >= 0) break;
    const component = readComponent(text, at);
    if (!component) break;
    // Across a gap, only what a symbol writes there: a number or a component the table knows.
    const spaced = gapBefore >= 0 || gapAfter >= 0;
    if (spaced && component.digits === undefined && !(component.word && SYMBOL_COMPONENTS[component.word]?.kind !== 'organ')) break;
    if (gapBefore >= 0) gaps.push(gapBefore);
    if (gapAfter >= 0) gaps.push(gapAfter);
    components.push(component);
    pos = component.end;
  }
  for (const component of components) {
    const dot = text.indexOf('.', component.start);
    if (component.word && component.value !== undefined && dot >= 0 && dot < component.end && isGap(text[dot + 1])) gaps.push(dot + 1);
  }
  if (components.length < 2 || !components.some(c => c.digits !== undefined || c.value !== undefined || c.special)) return undefined;
  // A lone number after the organ is a symbol of the old series (S/12333, A/520) when it has three digits at least.
  if (components.length === 2 && components[1].digits !== undefined && components[1].digits.length < 3) return undefined;
  if (gaps.length > 0 && components.length < 3) return undefined;
  return { components, gaps: gaps.sort((a, b) => a - b), end: pos };
}

interface Reading {
  readonly parts: SymbolPart[];
  readonly year?: number;
  readonly session?: string;
  readonly number?: number;
  /** The index of a two-digit year (S/PRST/17/1). */
  readonly shortYear?: number;
}

/** What each component is: the number after the organ (or a body, or PRST) is its year or session when more follows. */
function interpret(organ: string, components: readonly RawComponent[]): Reading {
  const parts: SymbolPart[] = [{ text: organ, kind: 'organ', key: organ }];
  let year: number | undefined;
  let session: string | undefined;
  let shortYear: number | undefined;
  for (let k = 1; k < components.length; k++) {
    const component = components[k];
    const previous = parts[k - 1];
    const more = k + 1 < components.length;
    if (component.special) {
      session = component.special;
      parts.push({ text: component.text, kind: 'session' });
    } else if (component.digits !== undefined) {
      const value = Number(component.digits);
      const opensSeries = previous.kind === 'organ' || previous.kind === 'body' || previous.key === 'PRST';
      let kind: SymbolPartKind = 'number';
      if (opensSeries && more && year === undefined && session === undefined) {
        if (organ === 'A' && component.digits.length <= 2 && value >= SESSION_IN_SYMBOL_SINCE) kind = 'session';
        else if (component.digits.length === 4 && value >= 1946 && value <= 2099) kind = 'year';
        else if (organ === 'S' && component.digits.length === 2) { kind = 'year'; shortYear = k; }
      }
      if (kind === 'session') session = component.digits;
      if (kind === 'year' && shortYear !== k) year = value;
      parts.push({ text: component.text, kind, value });
    } else {
      const entry = SYMBOL_COMPONENTS[component.word!];
      const kind: SymbolPartKind = entry && entry.kind !== 'organ' ? entry.kind : 'other';
      parts.push({ text: component.text, kind, key: component.word, ...(component.value !== undefined ? { value: component.value } : {}) });
    }
  }
  const numbered = parts.filter(p => p.value !== undefined && p.kind !== 'suffix' && p.kind !== 'year' && p.kind !== 'session');
  const number = numbered[numbered.length - 1]?.value;
  return { parts, year, session, number, shortYear };
}

/**
 * A gap of the view inside a symbol, in the original: spaces typed on one line (an issue), or none when
 * the original has a line break there, or left out page furniture.
 */
function typedSpace(view: TextView, gap: number): OffsetRange | undefined {
  const from = view.toOriginalEnd(gap);
  const to = view.toOriginal(gap + 1);
  const original = view.original.slice(from, to);
  return original.length > 0 && /^[ \t\u00a0\u3000]+$/.test(original) ? { start: from, end: to } : undefined;
}

/** A symbol read in the view, before the date of a presidential statement is looked for. */
interface ViewSymbol {
  readonly start: number;
  readonly end: number;
  readonly presidentialStatement: boolean;
  /** Where its year is written, in the view. */
  readonly yearRange?: OffsetRange;
  readonly symbol: CitedSymbol;
}

function readSymbol(view: TextView, start: number, organ: string): ViewSymbol | undefined {
  const text = view.text;
  const read = readComponents(text, start, organ);
  if (!read) return undefined;
  let end = read.end;
  const reissued = text[end] === '*';
  if (reissued) end++;
  // S/2017/375abc, S/2017/…: something else than a symbol goes on.
  if (isAsciiWord(text.charCodeAt(end)) || text[end] === '/') return undefined;
  const reading = interpret(organ, read.components);
  const presidentialStatement = organ === 'S' && reading.parts[1]?.key === 'PRST';
  RESUMPTION.lastIndex = end;
  const resumption = reading.parts.some(p => p.key === 'PV') ? RESUMPTION.exec(text) : null;
  if (resumption) end = RESUMPTION.lastIndex;
  const base = reading.parts.map(p => p.text).join('/');
  const symbol = `${base}${reissued ? '*' : ''}${resumption ? ` (Resumption ${resumption[1]})` : ''}`;
  const issues: SymbolIssue[] = [];
  for (const gap of read.gaps) {
    const space = typedSpace(view, gap);
    if (space) issues.push({ kind: 'space', range: space, edits: [{ range: space, newText: '' }] });
  }
  if (reading.shortYear !== undefined) {
    const component = read.components[reading.shortYear];
    const texts = reading.parts.map(p => p.text);
    issues.push({
      kind: 'shortYear', range: view.toOriginalRange(component), written: Number(component.digits),
      before: `${texts.slice(0, reading.shortYear).join('/')}/`, after: `/${texts.slice(reading.shortYear + 1).join('/')}${symbol.slice(base.length)}`,
    });
  }
  const yearIndex = reading.parts.findIndex(p => p.kind === 'year');
  return {
    start, end, presidentialStatement,
    ...(reading.year !== undefined ? { yearRange: read.components[yearIndex] } : {}),
    symbol: {
      symbol, linkSymbol: `${base}${resumption ? `(Resumption${resumption[1]})` : ''}`, range: view.toOriginalRange({ start, end }), parts: reading.parts,
      ...(reading.year !== undefined ? { year: reading.year } : {}),
      ...(reading.session !== undefined ? { session: reading.session } : {}),
      ...(reading.number !== undefined ? { number: reading.number } : {}),
      ...(resumption ? { resumption: Number(resumption[1]) } : {}),
      reissued, presidentialStatement, issues,
    },
  };
}

/** The symbol with the date the draft gives it, and the issue of a year later than that date. */
function withDate(view: TextView, read: ViewSymbol, date: ViewDate | undefined): CitedSymbol {
  if (!date) return read.symbol;
  const written: WrittenDate = { date: date.date, range: view.toOriginalRange(date), language: date.language };
  const { symbol } = read;
  const later = symbol.year !== undefined && read.yearRange && symbol.year > date.date.year;
  return {
    ...symbol, date: written,
    issues: later ? [...symbol.issues, { kind: 'laterThanDate', range: view.toOriginalRange(read.yearRange!), year: symbol.year!, date: written }] : symbol.issues,
  };
}

/**
 * Every document symbol in the view, in text order, with its ranges in the original; none that a
 * citation already reads (S/RES/2341 (2017), A/RES/60/288), so each is hovered and linked once.
 */
export function findSymbols(view: TextView, citations: readonly Citation[]): CitedSymbol[] {
  const symbols: ViewSymbol[] = [];
  const text = view.text;
  let next = 0;
  ROOT.lastIndex = 0;
  for (let match = ROOT.exec(text); match; match = ROOT.exec(text)) {
    const symbol = readSymbol(view, match.index, match[1]);
    if (!symbol) continue;
    const { range } = symbol.symbol;
    while (next < citations.length && citations[next].range.end <= range.start) next++;
    const cited = next < citations.length && citations[next].range.start < range.end;
    if (!cited) symbols.push(symbol);
    ROOT.lastIndex = Math.max(ROOT.lastIndex, symbol.end);
  }
  const dates = statementDates(text, symbols);
  return symbols.map((symbol, i) => withDate(view, symbol, dates[i]));
}

/** The years a two-digit year of a Security Council symbol can stand for: from 1994, when S/ symbols took the year (data/symbolComponents.ts), to lastYear. */
export function yearsOfShortYear(written: number, lastYear: number): number[] {
  return [1900 + written, 2000 + written].filter(year => year >= YEAR_IN_SYMBOL_SINCE.S && year <= lastYear);
}
