// Definitions written in a draft: 全称(简称), 全称（简称）, 全称(下称“X”), 全称(又称Y), 全称(简称,又称Y)
// and English `Full Name (ACR)`. A bracket after a name defines it when what it holds is a form of
// that entity, or reads as an abbreviation of the name before it (its characters, in order, fewer).
// `伊黎伊斯兰国(达伊沙)`, two short forms of one entity, is an apposition: one name, no definition.
import type { Glossary, GlossaryEntry, GlossaryPattern } from '../data/glossary';
import { glossaryEntry, isAcronym } from '../data/glossary';
import { normalizeName, type RawMatch } from '../text/termMatcher';
import type { OffsetRange } from '../types';

export interface WrittenForm {
  readonly range: OffsetRange;
  /** Normalized: without the line breaks of PDF extraction. */
  readonly form: string;
  /** Introduced as another name (又称达伊沙, also known as Da'esh): a text may use it beside the short form. */
  readonly alias?: boolean;
}

export interface FoundDefinition {
  /** From the first character of the full name to the closing bracket. */
  readonly range: OffsetRange;
  readonly full: WrittenForm;
  readonly aliases: readonly WrittenForm[];
  /** The glossary entry defined, or a new entry of this draft. */
  readonly entry: GlossaryEntry;
  /** The pair is in no glossary: a new entity, or a new short form of a known one. */
  readonly novel: boolean;
}

export interface Apposition {
  readonly range: OffsetRange;
  readonly form: string;
  readonly entry: GlossaryEntry;
}

const MAX_BRACKET = 40;
/** How far back an abbreviation's characters are looked for in the name before the bracket. */
const MAX_FULL = 40;
const STOPS = new Set('，。；：、！？“”‘’《》()（）[]【】,.;:!?"');
const SEPARATORS = new Set('，,、；;');
const MARKERS = /^(以下简称|下称|简称|又称|也称|also known as\s+|also called\s+|hereinafter(?: referred to as)?\s+)/;
const ALIAS_MARKERS = /^(?:又称|也称|also)/;
const OPEN_QUOTES = '“"‘「';
const CLOSE_QUOTES = '”"’」';
const CJK = /[\u3400-\u9fff]/;
const NAME_LIKE = /[\u3400-\u9fffA-Z]/;
const FUNCTION_WORDS = new Set(['of', 'on', 'for', 'the', 'and', 'in', 'to', 'at', 'against', 'de', 'des', 'du', 'la', 'le', 'et', 'pour']);
/** Abbreviations drop these leading words: 国际移民组织 → 移民组织, 联合国开发计划署 → 开发计划署. */
const DROPPED_PREFIXES = ['联合国', '国际'];

function isSpaceChar(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u3000' || c === '\u00a0';
}

function skipSpaceBack(text: string, end: number): number {
  while (end > 0 && isSpaceChar(text[end - 1])) end--;
  return end;
}

/** The match ending at end, by binary search (matches are sorted and do not overlap). */
function matchEndingAt(matches: readonly RawMatch[], end: number): RawMatch | undefined {
  let low = 0;
  let high = matches.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (matches[mid].end < end) low = mid + 1; else if (matches[mid].end > end) high = mid - 1; else return matches[mid];
  }
  return undefined;
}

function insideMatch(matches: readonly RawMatch[], offset: number): boolean {
  let low = 0;
  let high = matches.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (matches[mid].end <= offset) low = mid + 1; else if (matches[mid].start > offset) high = mid - 1; else return true;
  }
  return false;
}

/** The parts of a bracket's content, each without separators, markers, quotes or outer spaces. */
function bracketParts(text: string, open: number, close: number): { part: WrittenForm; marked: boolean }[] {
  const parts: { part: WrittenForm; marked: boolean }[] = [];
  let partStart = open + 1;
  for (let i = open + 1; i <= close; i++) {
    if (i < close && !SEPARATORS.has(text[i])) continue;
    let s = partStart;
    let e = skipSpaceBack(text, i);
    partStart = i + 1;
    while (s < e && isSpaceChar(text[s])) s++;
    const marker = MARKERS.exec(text.slice(s, e))?.[0];
    if (marker) s += marker.length;
    while (s < e && isSpaceChar(text[s])) s++;
    // Quotes around the form, or one of them alone where the other was lost in a copy: 下称安理会”.
    if (s < e && OPEN_QUOTES.includes(text[s])) s++;
    if (e > s && CLOSE_QUOTES.includes(text[e - 1])) e--;
    const form = normalizeName(text.slice(s, e));
    const alias = marker !== undefined && ALIAS_MARKERS.test(marker);
    if (form) parts.push({ part: { range: { start: s, end: e }, form, ...(alias ? { alias } : {}) }, marked: !!marker });
  }
  return parts;
}

/**
 * The start of the shortest name ending at end that holds the abbreviation's characters in order
 * (国际刑事警察组织 for 国际刑警组织), widened over a dropped 联合国 or 国际 (联合国难民事务高级专员公署 for
 * 难民署); undefined if none.
 */
function abbreviatedNameStart(text: string, end: number, alias: string): number | undefined {
  let k = alias.length - 1;
  let i = end - 1;
  for (let seen = 0; i >= 0 && k >= 0 && seen < MAX_FULL; i--) {
    const c = text[i];
    if (isSpaceChar(c)) continue;
    if (STOPS.has(c)) return undefined;
    if (c === alias[k]) k--;
    seen++;
  }
  // The name itself must be longer than its abbreviation: 框架(框架) defines nothing.
  if (k >= 0 || normalizeName(text.slice(i + 1, end)).length <= alias.length) return undefined;
  const start = i + 1;
  const before = skipSpaceBack(text, start);
  const prefix = DROPPED_PREFIXES.find(p => normalizeName(text.slice(Math.max(0, before - p.length - 4), before)).endsWith(p));
  if (!prefix) return start;
  let j = before;
  for (let n = prefix.length; n > 0; j--) if (!isSpaceChar(text[j - 1])) n--;
  return j;
}

/** The start of `Counter-Terrorism Committee Executive Directorate` before `(CTED)`, by initials. */
function expandedNameStart(text: string, end: number, acronym: string): number | undefined {
  const letters = acronym.replace(/[^A-Z]/g, '');
  const window = text.slice(Math.max(0, end - 200), end);
  const base = end - window.length;
  const words = [...window.matchAll(/[A-Za-z][A-Za-z'’]*/g)];
  let k = letters.length - 1;
  let last = window.length;
  for (let w = words.length - 1; w >= 0 && k >= 0; w--) {
    const word = words[w][0];
    const wordEnd = words[w].index! + word.length;
    if (!/^[\s-]*$/.test(window.slice(wordEnd, last))) return undefined;
    last = words[w].index!;
    if (FUNCTION_WORDS.has(word)) continue;
    if (word[0] !== letters[k]) return undefined;
    k--;
  }
  return k < 0 ? base + last : undefined;
}

/** ) or ）. */
function isCloseBracketCode(code: number): boolean {
  return code === 0x29 || code === 0xff09;
}

/** Any round bracket, either width. */
function isBracketCode(code: number): boolean {
  return code === 0x28 || code === 0xff08 || isCloseBracketCode(code);
}

/**
 * The start of a run of capitalized words before `(INTERPOL)`: for a known short form that is no
 * initialism of its full name (International Criminal Police Organization), the name in Title Case.
 */
function titleCaseNameStart(text: string, end: number): number | undefined {
  const window = text.slice(Math.max(0, end - 200), end);
  const words = [...window.matchAll(/[A-Za-z][A-Za-z'’-]*/g)];
  let start: number | undefined;
  let count = 0;
  let last = window.length;
  for (let w = words.length - 1; w >= 0; w--) {
    const word = words[w][0];
    if (!/^\s*$/.test(window.slice(words[w].index! + word.length, last))) break;
    last = words[w].index!;
    // The first word of a paragraph is its opener (Noting, 1. Requests), not part of a name.
    if (/(?:^|\n)[ \t]*(?:\d+\.[ \t]*)?$/.test(window.slice(0, last))) break;
    if (/^[A-Z]/.test(word)) { start = last; count++; } else if (!FUNCTION_WORDS.has(word)) break;
  }
  return start !== undefined && count >= 2 ? end - window.length + start : undefined;
}

function knownShortSense(pattern: GlossaryPattern | undefined, entry?: GlossaryEntry) {
  return pattern?.senses.find(s => s.kind === 'short' && (!entry || s.entry === entry));
}

export function findDefinitions(text: string, matches: readonly RawMatch[], glossary: Glossary): { definitions: FoundDefinition[]; appositions: Apposition[] } {
  const definitions: FoundDefinition[] = [];
  const appositions: Apposition[] = [];
  // Both kinds of opening bracket, in text order, each found by the native indexOf.
  let half = text.indexOf('(');
  let wide = text.indexOf('（');
  while (half >= 0 || wide >= 0) {
    const open = wide < 0 || (half >= 0 && half < wide) ? half : wide;
    if (open === half) half = text.indexOf('(', half + 1); else wide = text.indexOf('（', wide + 1);
    const limit = Math.min(text.length, open + MAX_BRACKET);
    let close = open + 1;
    // By character code: text[close] of a CJK character is a new string each time.
    while (close < limit && !isBracketCode(text.charCodeAt(close))) close++;
    if (close >= limit || !isCloseBracketCode(text.charCodeAt(close))) continue;
    // Most brackets hold a year, (2017): only CJK or capital letters can make a short form.
    if (!NAME_LIKE.test(text.slice(open + 1, close)) || insideMatch(matches, open)) continue;
    const parts = bracketParts(text, open, close);
    const english = parts.length > 0 && parts.every(p => !CJK.test(p.part.form));
    if (parts.length === 0 || parts.some(p => (english ? !/^[A-Z]/.test(p.part.form) : !CJK.test(p.part.form) || p.part.form.length < 2 || p.part.form.length > 15))) continue;
    const fullEnd = skipSpaceBack(text, open);
    const before = matchEndingAt(matches, fullEnd);
    const range = (start: number) => ({ start, end: close + 1 });
    const aliases = parts.map(p => p.part);
    const pattern = before && glossary.pattern(before.pattern);
    const fullSense = pattern?.senses.find(s => s.kind === 'full');
    if (pattern && fullSense) {
      // After a known full name: each part a known form, or marked, or an abbreviation of it.
      const entry = fullSense.entry;
      const known = (form: string) => !!knownShortSense(glossary.patternOf(form), entry);
      const fits = (p: { part: WrittenForm; marked: boolean }) => known(p.part.form) || p.marked ||
        (english ? isAcronym(p.part.form) : p.part.form.length < pattern.text.length && isSubsequence(p.part.form, pattern.text));
      if (!parts.every(fits)) continue;
      definitions.push({ range: range(before.start), full: { range: before, form: pattern.text }, aliases, entry, novel: !parts.every(p => known(p.part.form)) });
      continue;
    }
    if (pattern) {
      // After a short form: both forms of one entity make one name, 伊黎伊斯兰国(达伊沙).
      const sense = pattern.senses.find(s => parts.every(p => knownShortSense(glossary.patternOf(p.part.form), s.entry)));
      if (sense) appositions.push({ range: range(before.start), form: normalizeName(text.slice(before.start, close + 1)), entry: sense.entry });
      continue;
    }
    const first = aliases[0].form;
    // A new name must start like one: not `(2017年2月)`.
    if (!english && !CJK.test(first[0])) continue;
    const start = english
      ? (isAcronym(first) ? expandedNameStart(text, fullEnd, first) ?? (knownShortSense(glossary.patternOf(first)) ? titleCaseNameStart(text, fullEnd) : undefined) : undefined)
      : abbreviatedNameStart(text, fullEnd, first);
    if (start === undefined) continue;
    const full = { range: { start, end: fullEnd }, form: normalizeName(text.slice(start, fullEnd)) };
    if (full.form.length <= first.length) continue;
    const sense = knownShortSense(glossary.patternOf(first));
    const entry: GlossaryEntry = sense?.entry ?? glossaryEntry({
      zhFull: english ? [] : [full.form], zhShort: english ? [] : aliases.map(a => a.form),
      enFull: english ? [full.form] : [], enShort: english ? aliases.map(a => a.form) : [],
      source: [], evidence: [],
    }, 'draft');
    // The glossary has no full name of the entity in this language (INTERPOL's English one): worth adding.
    const lacksFullName = (english ? entry.enFull : entry.zhFull).length === 0;
    definitions.push({ range: range(start), full, aliases, entry, novel: !sense || lacksFullName || aliases.some(a => !knownShortSense(glossary.patternOf(a.form), entry)) });
  }
  return { definitions, appositions };
}

export function isSubsequence(short: string, full: string): boolean {
  let i = 0;
  for (let j = 0; j < full.length && i < short.length; j++) if (full[j] === short[i]) i++;
  return i === short.length;
}
