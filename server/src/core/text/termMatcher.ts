// Aho–Corasick over every name of the glossary: one pass over the text finds all of them, at a
// cost per character that does not grow with the number of names.
//
// The automaton reads a normalized view of the text without building it: white space between two
// CJK characters is dropped (PDF extraction breaks 反恐执行⏎⏎局), a run of white space between Latin
// characters reads as one space (Executive⏎Directorate), a line break after a hyphen is dropped
// (Counter-⏎Terrorism), and full-width brackets read as half-width ones. A ring of original offsets
// maps each match back to UTF-16 offsets in the text as written.
import type { OffsetRange } from '../types';
import { utf16Codes } from './utf16';

/** A name found in the text: the original range, its extent in the normalized view, which pattern. */
export interface RawMatch extends OffsetRange {
  readonly normStart: number;
  readonly normEnd: number;
  readonly pattern: number;
}

/** Names longer than this (in normalized UTF-16 units) are not matched. */
const RING_SIZE = 512;
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

/** The normalized form of a name, as the matcher reads text. */
export function normalizeName(name: string): string {
  // Most names have nothing to normalize: keep them as they are, without building a copy.
  if (!/[\s\u3000\u00a0（）]/.test(name)) return name;
  let out = '';
  let gap = false;
  let newline = false;
  for (let i = 0; i < name.length; i++) {
    const code = foldBracket(name.charCodeAt(i));
    if (isSpace(code)) { gap = true; newline ||= code === 10 || code === 13; continue; }
    const prev = out.charCodeAt(out.length - 1);
    if (gap && out.length > 0 && prev < CJK_START && code < CJK_START && !(prev === 45 && newline)) out += ' ';
    gap = false;
    newline = false;
    out += String.fromCharCode(code);
  }
  return out;
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

  /**
   * Patterns are normalized names (see normalizeName); their index is the match's `pattern`.
   * The trie is built breadth-first straight into flat arrays: building it from a Map per state
   * left megabytes of garbage behind, which the process kept as resident memory.
   */
  constructor(patterns: readonly string[]) {
    this.patternLength = new Int32Array(patterns.length);
    this.boundaries = new Uint8Array(patterns.length);
    const kept: number[] = [];
    // A trie has at most one state per character of its patterns, plus the root: the arrays are
    // made that large once, and cut to the states there are at the end.
    let capacity = 1;
    patterns.forEach((pattern, index) => {
      if (pattern.length === 0 || pattern.length > RING_SIZE) return;
      kept.push(index);
      capacity += pattern.length;
      this.patternLength[index] = pattern.length;
      this.boundaries[index] = (isWordCode(pattern.charCodeAt(0)) ? 1 : 0) | (isWordCode(pattern.charCodeAt(pattern.length - 1)) ? 2 : 0);
    });
    // Sorted by text (equal texts by index), the patterns below one trie node form one run.
    kept.sort((a, b) => (patterns[a] < patterns[b] ? -1 : patterns[a] > patterns[b] ? 1 : a - b));
    const order = Int32Array.from(kept);
    // The sorted patterns laid end to end, pattern k at codes[at[k]..at[k+1]]: the breadth-first pass
    // reads the character at one depth of each pattern in turn, from one array instead of 160,000 strings.
    const at = new Int32Array(order.length + 1);
    for (let k = 0; k < order.length; k++) at[k + 1] = at[k] + patterns[order[k]].length;
    const codes = utf16Codes(Array.from(order, index => patterns[index]).join(''));
    const terminal = new Int32Array(capacity).fill(-1);
    const edgeStart = new Int32Array(capacity + 1);
    const edgeChar = new Uint16Array(capacity);
    // Breadth-first: state s stands for the patterns order[runFrom[s]..runTo[s]], which share its
    // first depth[s] characters; its edges are laid out together. States are numbered in the order
    // they are queued, so the queue is the states themselves.
    const runFrom = new Int32Array(capacity);
    const runTo = new Int32Array(capacity);
    const depthOf = new Int32Array(capacity);
    runTo[0] = order.length;
    let count = 1;
    for (let state = 0; state < count; state++) {
      const to = runTo[state];
      const depth = depthOf[state];
      let from = runFrom[state];
      // A pattern that ends here sorts before the longer ones; of equal ones, the first is the state's.
      if (from < to && at[from + 1] - at[from] === depth) terminal[state] = order[from];
      while (from < to && at[from + 1] - at[from] === depth) from++;
      edgeStart[state] = count - 1;
      for (let i = from; i < to;) {
        const code = codes[at[i] + depth];
        let j = i + 1;
        while (j < to && codes[at[j] + depth] === code) j++;
        edgeChar[count - 1] = code;
        runFrom[count] = i;
        runTo[count] = j;
        depthOf[count] = depth + 1;
        count++;
        i = j;
      }
      edgeStart[state + 1] = count - 1;
    }
    this.edgeStart = edgeStart.slice(0, count + 1);
    this.edgeChar = edgeChar.slice(0, count - 1);
    this.patternOf = terminal.slice(0, count);
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
