// Every citation of a resolution in a document, Chinese and English, read from the normalized view
// and starting from its core: each number is looked at once, with what stands before it (第, a date,
// `resolution`, S/RES/) deciding how it is read, and the list it opens is read forward from there.
// A number with a bracketed year, or a list closed by 号决议, is a citation even without 第 or a
// separator; what is missing becomes a form finding. Ranges are mapped back to the original once, here.
import { isAsciiWord, isCjk } from '../text/chars';
import type { TextView } from '../text/view';
import type { Citation, CitationItem, FormIssue, Organ, OffsetRange } from '../types';
import { runToEnd } from '../steps';
import { chineseDateBefore, readChineseDate, skipSpacesBack } from './citationScanner';
import type { ViewCitation, ViewFormIssue, ViewItem } from './citationModel';
import { readChineseList } from './citationsZh';
import { readEnglishList } from './citationsEn';

const CHINESE_ORGANS: readonly [string, Organ][] = [
  ['经济及社会理事会', 'economicAndSocialCouncil'],
  ['经社理事会', 'economicAndSocialCouncil'],
  ['人权理事会', 'humanRightsCouncil'],
  ['大会', 'generalAssembly'],
];

const ENGLISH_ORGANS: readonly [RegExp, Organ][] = [
  [/(?:Economic and Social Council|ECOSOC)(?:'s)?\s*$/, 'economicAndSocialCouncil'],
  [/Human Rights Council(?:'s)?\s*$/, 'humanRightsCouncil'],
  [/(?:General )?Assembly(?:'s)?\s*$/, 'generalAssembly'],
];

/** The body named just before a citation; the Security Council when none is. */
function organBefore(text: string, start: number, style: ViewCitation['style']): Organ {
  const end = skipSpacesBack(text, start);
  if (style === 'zh') {
    for (const [name, organ] of CHINESE_ORGANS) if (text.startsWith(name, end - name.length)) return organ;
    return 'securityCouncil';
  }
  // Each English name ends in a letter (or 's): nothing else needs the patterns.
  if (!/[A-Za-z']/.test(text[end - 1] ?? '')) return 'securityCouncil';
  const before = text.slice(Math.max(0, end - 40), end);
  return ENGLISH_ORGANS.find(([pattern]) => pattern.test(before))?.[1] ?? 'securityCouncil';
}

/** 第, or 决议 written before the number as older texts do. */
const MARKER = /第|决议|決議/;

/** A separator only Chinese lists use. */
const CHINESE_SEPARATOR = /[、和及与與，]/;

const RESOLUTION_WORD_BEFORE = /(?:^|[^A-Za-z])((?:[Rr]esolution|RESOLUTION)[Ss]?)\s*$/;

/** Where an item that has its number at pos begins: ES-11/1 and S-14/1 begin with their session. */
function itemStart(text: string, pos: number): number {
  if (text.startsWith('ES-', pos - 3)) return pos - 3;
  if (text.startsWith('S-', pos - 2) && !isAsciiWord(text.charCodeAt(pos - 3))) return pos - 2;
  return pos;
}

/** Where 第, 决议 or 决议案 before a number starts, or -1. */
function markerBefore(text: string, start: number): number {
  if (text[start - 1] === '第') return start - 1;
  const word = text[start - 1] === '案' ? start - 1 : start;
  return /^(?:决议|決議)$/.test(text.slice(word - 2, word)) ? word - 2 : -1;
}

/** Reads the citation whose first number is at pos; undefined when it is none. */
function readAt(text: string, pos: number): ViewCitation | undefined {
  const start = itemStart(text, pos);
  const prefix = text.slice(Math.max(0, start - 6), start);
  if (prefix === 'S/RES/' || prefix === 'A/RES/') {
    const list = readEnglishList(text, start, { symbol: prefix === 'S/RES/', marked: true });
    if (!list) return undefined;
    const organ = prefix === 'S/RES/' ? 'securityCouncil' : 'generalAssembly';
    return { organ, style: 'symbol', marked: true, range: { start: start - 6, end: list.end }, items: list.items, issues: list.issues };
  }
  const before = text.charCodeAt(start - 1);
  // Inside a word or a symbol (S/2017/375, A/72/L.62, 1.2): not a resolution number.
  if (isAsciiWord(before) || before === 47 /* / */ || before === 46 /* . */ || before === 45 /* - */) return undefined;

  const word = RESOLUTION_WORD_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  if (word) {
    const list = readEnglishList(text, start, { symbol: false, marked: true });
    if (!list) return undefined;
    const wordStart = skipSpacesBack(text, start) - word[1].length;
    return withOrgan(text, { style: 'en', marked: true, range: { start: wordStart, end: list.end }, items: list.items, issues: list.issues });
  }

  // Chinese: [date] [第 or 决议(案)] number…, the date being the number's own or written before the marker.
  let from = start;
  const marker = markerBefore(text, start);
  if (marker >= 0) from = chineseDateBefore(text, marker)?.start ?? marker;
  else if (!readChineseDate(text, start)) from = chineseDateBefore(text, start)?.start ?? start;
  const chinese = readChineseList(text, from);
  const hasDi = chinese !== undefined && MARKER.test(text.slice(from, chinese.items[0].numberRange.start));
  if (chinese && (chinese.closed || hasDi || chinese.separators.some(s => CHINESE_SEPARATOR.test(s.text)))) {
    return withOrgan(text, { style: 'zh', marked: chinese.closed || hasDi, range: { start: from, end: chinese.end }, items: chinese.items, issues: chinese.issues });
  }
  // A bare number with its year: the 1267 (1999) Committee, or a list of them.
  const english = readEnglishList(text, start, { symbol: false, marked: false });
  if (english && (english.items.length > 1 || !chinese)) {
    return withOrgan(text, { style: isCjk(before) ? 'zh' : 'en', marked: false, range: { start, end: english.end }, items: english.items, issues: [] });
  }
  // A bare number with its year is read in the style of the text before it: `the 1267 (1999) Committee`.
  if (chinese) return withOrgan(text, { style: isCjk(text.charCodeAt(skipSpacesBack(text, from) - 1)) ? 'zh' : 'en', marked: false, range: { start: from, end: chinese.end }, items: chinese.items, issues: [] });
  return undefined;
}

/** The organ named before the citation; 71/291 is the Assembly's unless another body is named (人权理事会第5/1号决议). */
function withOrgan(text: string, citation: Omit<ViewCitation, 'organ'>): ViewCitation {
  const named = organBefore(text, citation.range.start, citation.style);
  const organ = named === 'securityCouncil' && citation.items.some(item => item.assemblySymbol) ? 'generalAssembly' : named;
  // Written out, not spread: the citation has one shape, the organ first as in every other.
  return { organ, style: citation.style, marked: citation.marked, range: citation.range, items: citation.items, issues: citation.issues };
}

/** The citation that older translations write with Chinese numerals, its date (before 决议) included. */
function readNumeralCitation(text: string, wordStart: number): ViewCitation | undefined {
  const from = chineseDateBefore(text, wordStart)?.start ?? wordStart;
  const list = readChineseList(text, from);
  if (!list?.items[0].assemblySymbol) return undefined;
  return withOrgan(text, { style: 'zh', marked: true, range: { start: from, end: list.end }, items: list.items, issues: [] });
}

/**
 * What may follow the number of a citation's first item (a space between): a bracket, 号, 决议, a
 * separator, a slash, 年 of a date, a year a scan lost the brackets of.
 */
const MAY_FOLLOW = new Set([...'(（号號决決、,，和及与與以/年-0123456789'].map(c => c.charCodeAt(0)));
/** What may stand before it (a space between): 第, 决议(案), a symbol's slash or session, the n or s of `resolution(s)`. */
const MAY_PRECEDE = new Set([...'第议議案/-nNsS'].map(c => c.charCodeAt(0)));

function isDigitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
}

/**
 * Whether the digit run from pos to end may start a citation: most numbers of a text (paragraph
 * numbers, dates in English, figures) are told from their neighbours without reading further.
 */
function mayStartCitation(text: string, pos: number, end: number): boolean {
  const after = text.charCodeAt(end);
  if (MAY_FOLLOW.has(after === 32 || after === 10 ? text.charCodeAt(end + 1) : after)) return true;
  const before = text.charCodeAt(pos - 1);
  return MAY_PRECEDE.has(before === 32 || before === 10 ? text.charCodeAt(pos - 2) : before);
}

const JUE = 0x51b3;        // 决
const JUE_TRAD = 0x6c7a;   // 決
const NUMERAL_AFTER_WORD = /^(?:决议|決議)案?[〇零一二三四五六七八九]/;

/**
 * The reader pauses (the server answers requests) after this many items and form issues read, or
 * this many characters read without one: a megabyte of citations takes a few hundred milliseconds.
 */
const ITEMS_PER_STEP = 256;
const CHARACTERS_PER_STEP = 1 << 16;

/** Every citation in the view, in text order, each with its ranges in the original text. */
export function findCitations(view: TextView): Citation[] {
  return runToEnd(findCitationsInSteps(view));
}

/** findCitations, a few hundred citations at each next(). */
export function* findCitationsInSteps(view: TextView): Generator<void, Citation[]> {
  const text = view.text;
  const length = text.length;
  const citations: Citation[] = [];
  /** Where the last citation ends in the view: a marker it took (its 决议) starts no other one. */
  let lastEnd = 0;
  // Only a digit or 决/決 can start one: the regular expression skips to the next natively.
  const candidate = /[0-9\u51b3\u6c7a]/g;
  let pos = 0;
  let stepItems = 0;
  let stepStart = 0;
  while (pos < length) {
    if (stepItems >= ITEMS_PER_STEP || pos - stepStart > CHARACTERS_PER_STEP) {
      yield;
      stepItems = 0;
      stepStart = pos;
    }
    candidate.lastIndex = pos;
    if (!candidate.test(text)) break;
    pos = candidate.lastIndex - 1;
    const c = text.charCodeAt(pos);
    let citation: ViewCitation | undefined;
    let next = pos + 1;
    if (c >= 48 && c <= 57) {
      let end = pos + 1;
      while (end < length && isDigitAt(text, end)) end++;
      // The rest of this number cannot start a citation either.
      next = end;
      if (mayStartCitation(text, pos, end)) citation = readAt(text, pos);
    } else if ((c === JUE || c === JUE_TRAD) && NUMERAL_AFTER_WORD.test(text.slice(pos, pos + 4))) {
      // 決議案一五一四(十五): older translations write the number in Chinese numerals, after the word.
      citation = readNumeralCitation(text, pos);
    }
    if (citation && citation.range.start >= lastEnd) {
      lastEnd = citation.range.end;
      citations.push(toOriginal(view, citation));
      stepItems += citation.items.length + citation.issues.length;
      next = Math.max(citation.range.end, pos + 1);
    }
    pos = next;
  }
  return citations;
}

function mapItem(view: TextView, item: ViewItem, language: 'zh' | 'en'): CitationItem {
  // One shape for every item, its absent parts undefined: cheaper than objects of many shapes.
  const dated = item.date;
  return {
    number: item.number,
    numberRange: view.toOriginalRange(item.numberRange),
    year: item.yearRange ? item.year : undefined,
    yearRange: item.yearRange ? view.toOriginalRange(item.yearRange) : undefined,
    range: view.toOriginalRange(item.range),
    writtenDate: dated ? { date: dated.date, range: view.toOriginalRange(dated), language } : undefined,
    assemblySymbol: item.assemblySymbol,
  };
}

/** Characters of the citation quoted on each side of an issue: a longer list is quoted around it. */
const QUOTED_AROUND_ISSUE = 80;

/**
 * The citation as it reads once the issue's edits are made, white space as a reader sees it. A long
 * list (a hundred resolutions, or a paste that runs on) is quoted around the issue only, with …, so
 * that each message costs the same however long the list is (a 40,000-item list took 14 s).
 */
function fixedText(text: string, range: OffsetRange, issue: ViewFormIssue, zh: boolean): string {
  const edits = [...issue.edits].sort((a, b) => a.range.start - b.range.start);
  const first = Math.min(issue.range.start, ...edits.slice(0, 1).map(edit => edit.range.start));
  const last = Math.max(issue.range.end, ...edits.slice(-1).map(edit => edit.range.end));
  const start = Math.max(range.start, first - QUOTED_AROUND_ISSUE);
  const end = Math.min(range.end, last + QUOTED_AROUND_ISSUE);
  let fixed = start > range.start ? '…' : '';
  let at = start;
  for (const edit of edits) {
    fixed += text.slice(at, edit.range.start) + edit.newText;
    at = edit.range.end;
  }
  fixed += text.slice(at, end) + (end < range.end ? '…' : '');
  return zh ? fixed.replace(/\s+/g, '') : fixed.replace(/\s+/g, ' ');
}

function toOriginal(view: TextView, citation: ViewCitation): Citation {
  const zh = citation.style === 'zh';
  const issues: FormIssue[] = citation.issues.map(issue => {
    let fixed: string | undefined;
    return {
      kind: issue.kind,
      range: view.toOriginalRange(issue.range),
      edits: issue.edits.flatMap(edit => view.toOriginalEdits(edit.range, edit.newText)),
      // Quoted when a message is made: the server makes a thousand, a hostile draft has 86,000 issues.
      get fixed() { return (fixed ??= fixedText(view.text, citation.range, issue, zh)); },
      ...(issue.severity ? { severity: issue.severity } : {}),
    };
  });
  return {
    organ: citation.organ,
    style: citation.style,
    marked: citation.marked,
    range: view.toOriginalRange(citation.range),
    items: citation.items.map(item => mapItem(view, item, zh ? 'zh' : 'en')),
    formIssues: issues,
  };
}
