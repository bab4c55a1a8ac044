// Aho–Corasick over every name of the glossary: one pass over the text finds all of them, at a
// cost per character that does not grow with the number of names.
//
// The automaton reads a normalized view of the text without building it: white space between two
// CJK characters is dropped (PDF extraction breaks 反恐执行⏎⏎局), a run of white space between Latin
// characters reads as one space (Executive⏎Directorate), a line break after a hyphen is dropped
// (Counter-⏎Terrorism), and full-width brackets read as half-width ones. A ring of original offsets
// maps each match back to UTF-16 offsets in the text as written.
import type { OffsetRange } from '../types';
import { sortByText } from './patternSort';
import { utf16Codes, utf16Text } from './utf16';

/** A name found in the text: the original range, its extent in the normalized view, which pattern. */
export interface RawMatch extends OffsetRange {
  readonly normStart: number;
  readonly normEnd: number;
  readonly pattern: number;
}

/** Names longer than this (in normalized UTF-16 units) are not matched. */
const RING_SIZE = 512;
export const MAX_NAME_LENGTH = RING_SIZE;
const RING_MASK = RING_SIZE - 1;
const SPACE = 32;
/** From here on, characters are CJK or full-width: no space is kept next to them. */
const CJK_START = 0x2e80;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0x3000 || code === 0xa0;
}

function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** （ and ） read as ( and ): drafts mix both widths. */
function foldBracket(code: number): number {
  return code === 0xff08 ? 40 : code === 0xff09 ? 41 : code;
}

/**
 * Whether a name reads as it is written: no full-width bracket, and white space only as single
 * spaces between two Latin characters (`Synthetic Entity 12`). Read without building anything:
 * most names are, and a glossary normalizes 200,000 of them.
 */
function isNormalized(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code === 0xff08 || code === 0xff09) return false;
    if (!isSpace(code)) continue;
    if (code !== SPACE || i === 0 || i === name.length - 1) return false;
    const before = name.charCodeAt(i - 1);
    const after = name.charCodeAt(i + 1);
    if (before >= CJK_START || after >= CJK_START || isSpace(before) || isSpace(after)) return false;
  }
  return true;
}

/** The normalized form of a name, as the matcher reads text. */
export function normalizeName(name: string): string {
  if (isNormalized(name)) return name;
  // Built in an array of codes: a string grown a character at a time leaves a chain of pieces,
  // which every later read of it flattens.
  const out = new Uint16Array(name.length);
  let length = 0;
  let gap = false;
  let newline = false;
  for (let i = 0; i < name.length; i++) {
    const code = foldBracket(name.charCodeAt(i));
    if (isSpace(code)) { gap = true; newline ||= code === 10 || code === 13; continue; }
    const prev = length > 0 ? out[length - 1] : -1;
    if (gap && prev >= 0 && prev < CJK_START && code < CJK_START && !(prev === 45 && newline)) out[length++] = SPACE;
    gap = false;
    newline = false;
    out[length++] = code;
  }
  return utf16Text(out, length);
}

/** Characters scanned between two steps of scanInSteps. */
const CHARACTERS_PER_STEP = 1 << 16;

/** Where a scan of one text stands: the automaton's state and the normalized reading so far. */
class TextScan {
  at = 0;
  state = 0;
  /** Normalized characters read; the ring maps the last RING_SIZE of them to original offsets. */
  count = 0;
  prev = -1;
  gapStart = -1;
  gapNewline = false;
  readonly ring = new Int32Array(RING_SIZE);
  readonly matches: RawMatch[] = [];
}

export class TermMatcher {
  /** Dense transitions out of the root, by UTF-16 code: most characters of a text leave it unchanged. */
  private readonly rootNext = new Int32Array(65536);
  /**
   * Transitions of the other states: edges edgeStart[s]..edgeStart[s+1], sorted by character. States
   * are numbered in the order their edges are laid out, so edge e leads to state e + 1.
   */
  private readonly edgeStart: Int32Array;
  private readonly edgeChar: Uint16Array;
  private readonly fail: Int32Array;
  /** The state whose pattern is the longest one ending here, or -1; then the next shorter one. */
  private readonly outState: Int32Array;
  private readonly patternOf: Int32Array;
  private readonly patternLength: Int32Array;
  /** Bit 1: the pattern starts with a letter or digit, bit 2: it ends with one (word boundaries apply). */
  private readonly boundaries: Uint8Array;

  /** For each pattern, the first pattern written the same (itself, for most). */
  private readonly firstOfSame: Int32Array;

  /**
   * Patterns are normalized names (see normalizeName); their index is the match's `pattern`, the
   * first one's of patterns written the same. The trie is built breadth-first straight into flat
   * arrays: building it from a Map per state left megabytes of garbage behind, which the process
   * kept as resident memory.
   */
  constructor(patterns: readonly string[]) {
    const total = patterns.length;
    this.patternLength = new Int32Array(total);
    this.boundaries = new Uint8Array(total);
    this.firstOfSame = new Int32Array(total);
    // The patterns laid end to end, pattern i at codes[at[i]..at[i+1]], to be sorted.
    // The strings are read twice, for their lengths and in the join; the rest reads arrays, sized
    // once (a 50,000-entry glossary has 200,000 names).
    const at = new Int32Array(total + 1);
    for (let index = 0; index < total; index++) at[index + 1] = at[index] + patterns[index].length;
    const written = utf16Codes(patterns.join(''));
    const all = new Int32Array(total);
    let kept = 0;
    for (let index = 0; index < total; index++) {
      this.firstOfSame[index] = index;
      const start = at[index];
      const length = at[index + 1] - start;
      if (length === 0 || length > RING_SIZE) continue;
      all[kept++] = index;
      this.patternLength[index] = length;
      this.boundaries[index] = (isWordCode(written[start]) ? 1 : 0) | (isWordCode(written[start + length - 1]) ? 2 : 0);
    }
    const order = all.subarray(0, kept);
    sortByText(order, written, at);
    // Where the k-th pattern in sorted order starts in codes, and its length.
    const startOf = new Int32Array(kept);
    const lengthOf = new Int32Array(kept);
    for (let k = 0; k < kept; k++) {
      startOf[k] = at[order[k]];
      lengthOf[k] = at[order[k] + 1] - startOf[k];
    }
    const codes = written;
    // Breadth-first: state s stands for the patterns order[runFrom[s]..runTo[s]], which share its
    // first depth[s] characters; its edges are laid out together. States are numbered in the order
    // they are queued, so the queue is the states themselves. Each sorted pattern adds a state per
    // character past the prefix it shares with the one before: the arrays are made that large
    // (a fifth of the characters of a large glossary; typed arrays sized by the characters made
    // the collector run on their tens of megabytes).
    let states = 1;
    for (let k = 0; k < kept; k++) {
      const start = startOf[k];
      const length = lengthOf[k];
      let shared = 0;
      if (k > 0) {
        const previous = startOf[k - 1];
        const limit = Math.min(length, lengthOf[k - 1]);
        while (shared < limit && codes[previous + shared] === codes[start + shared]) shared++;
      }
      states += length - shared;
    }
    const terminal = new Int32Array(states);
    const edgeStart = new Int32Array(states + 1);
    const edgeChar = new Uint16Array(Math.max(states - 1, 0));
    const runFrom = new Int32Array(states);
    const runTo = new Int32Array(states);
    const depthOf = new Int32Array(states);
    runTo[0] = order.length;
    let count = 1;
    for (let state = 0; state < count; state++) {
      const to = runTo[state];
      const depth = depthOf[state];
      let from = runFrom[state];
      // The patterns that end here sort first; the first of them is the state's.
      terminal[state] = -1;
      if (from < to && lengthOf[from] === depth) {
        const first = order[from];
        terminal[state] = first;
        for (; from < to && lengthOf[from] === depth; from++) this.firstOfSame[order[from]] = first;
      }
      edgeStart[state] = count - 1;
      for (let i = from; i < to;) {
        const code = codes[startOf[i] + depth];
        let j = i + 1;
        while (j < to && codes[startOf[j] + depth] === code) j++;
        edgeChar[count - 1] = code;
        runFrom[count] = i;
        runTo[count] = j;
        depthOf[count] = depth + 1;
        count++;
        i = j;
      }
      edgeStart[state + 1] = count - 1;
    }
    this.edgeStart = edgeStart;
    this.edgeChar = edgeChar;
    this.patternOf = terminal;
    this.fail = new Int32Array(count);
    this.outState = new Int32Array(count).fill(-1);
    // The root's edges also go to the dense table; failure links in the same breadth-first order,
    // so a state's failure target is complete before its children need it.
    for (let e = this.edgeStart[0]; e < this.edgeStart[1]; e++) this.rootNext[this.edgeChar[e]] = e + 1;
    for (let state = 0; state < count; state++) {
      if (state !== 0) this.outState[state] = terminal[state] >= 0 ? state : this.outState[this.fail[state]];
      for (let e = this.edgeStart[state]; e < this.edgeStart[state + 1]; e++) {
        this.fail[e + 1] = state === 0 ? 0 : this.next(this.fail[state], this.edgeChar[e]);
      }
    }
  }

  /** The first pattern written as pattern `index` is: the index a match of it reports. */
  firstPatternLike(index: number): number {
    return this.firstOfSame[index];
  }

  /** The index a match of this normalized name would report, or -1 when no pattern is written so. */
  lookup(name: string): number {
    if (name.length === 0) return -1;
    let state = this.rootNext[name.charCodeAt(0)];
    for (let i = 1; i < name.length && state !== 0; i++) state = this.edge(state, name.charCodeAt(i));
    return state === 0 ? -1 : this.patternOf[state];
  }

  /** The target of state on code, or 0 when it has no such edge. */
  private edge(state: number, code: number): number {
    let low = this.edgeStart[state];
    let high = this.edgeStart[state + 1] - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const c = this.edgeChar[mid];
      if (c === code) return mid + 1;
      if (c < code) low = mid + 1; else high = mid - 1;
    }
    return 0;
  }

  /** Every name in the text, the longest of overlapping ones, in text order. */
  scan(text: string): RawMatch[] {
    const scan = new TextScan();
    this.scanStretch(scan, text, text.length);
    return scan.matches;
  }

  /**
   * scan a stretch of the text at a time, a step between stretches: a megabyte of English, where most
   * characters leave the root, took one step of 30 ms. Each scan has its own state, so that the scans
   * of two drafts can take turns.
   */
  *scanInSteps(text: string): Generator<void, RawMatch[]> {
    const scan = new TextScan();
    for (let to = Math.min(text.length, CHARACTERS_PER_STEP); ; to = Math.min(text.length, to + CHARACTERS_PER_STEP)) {
      this.scanStretch(scan, text, to);
      if (to === text.length) return scan.matches;
      yield;
    }
  }

  /** Reads text from where the scan stopped up to `to`; the state lives in locals while it reads. */
  private scanStretch(scan: TextScan, text: string, to: number): void {
    const { rootNext, outState } = this;
    const { ring, matches } = scan;
    let { state, count, prev, gapStart, gapNewline } = scan;
    for (let i = scan.at; i < to; i++) {
      let code = text.charCodeAt(i);
      if ((code <= 32 || code === 0x3000 || code === 0xa0) && isSpace(code)) {
        if (gapStart < 0) gapStart = i;
        gapNewline ||= code === 10 || code === 13;
        continue;
      }
      if (code === 0xff08) code = 40; else if (code === 0xff09) code = 41;
      if (gapStart >= 0) {
        // A space is kept between Latin characters, except a line break after a hyphen.
        if (prev >= 0 && prev < CJK_START && code < CJK_START && !(prev === 45 && gapNewline)) {
          ring[count & RING_MASK] = gapStart;
          count++;
          state = state === 0 ? rootNext[SPACE] : this.next(state, SPACE);
        }
        gapStart = -1;
        gapNewline = false;
      }
      ring[count & RING_MASK] = i;
      count++;
      // Most characters of a text leave the root: one array read.
      state = state === 0 ? rootNext[code] : this.next(state, code);
      if (outState[state] >= 0) this.report(text, ring, state, count, i + 1, matches);
      prev = code;
    }
    scan.at = to;
    scan.state = state;
    scan.count = count;
    scan.prev = prev;
    scan.gapStart = gapStart;
    scan.gapNewline = gapNewline;
  }

  /** The state after reading code in a state other than the root, following failure links. */
  private next(state: number, code: number): number {
    for (let s = state; ; s = this.fail[s]) {
      if (s === 0) return this.rootNext[code];
      const t = this.edge(s, code);
      if (t !== 0) return t;
    }
  }

  /** The longest pattern ending at state that respects word boundaries, added without overlap. */
  private report(text: string, ring: Int32Array, state: number, normEnd: number, end: number, matches: RawMatch[]): void {
    for (let o = this.outState[state]; o >= 0; o = this.outState[this.fail[o]]) {
      const pattern = this.patternOf[o];
      const normStart = normEnd - this.patternLength[pattern];
      const start = ring[normStart & RING_MASK];
      const edges = this.boundaries[pattern];
      if (((edges & 1) && start > 0 && isWordCode(text.charCodeAt(start - 1))) || ((edges & 2) && isWordCode(text.charCodeAt(end)))) continue;
      addLongest(matches, { start, end, normStart, normEnd, pattern });
      return;
    }
  }
}

/**
 * Keeps the longest of overlapping matches (反恐怖主义委员会执行局 over 反恐怖主义委员会, `Charter of the United
 * Nations` over the `the Charter` that starts before it); of two as long, the first. Matches arrive by end.
 */
export function addLongest(matches: RawMatch[], match: RawMatch): void {
  let k = matches.length;
  while (k > 0 && matches[k - 1].normEnd > match.normStart) k--;
  const length = match.normEnd - match.normStart;
  for (let i = k; i < matches.length; i++) if (matches[i].normEnd - matches[i].normStart >= length) return;
  matches.length = k;
  matches.push(match);
}
