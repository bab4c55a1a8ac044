// Aho–Corasick over every name of the glossary: one pass over the text finds all of them, at a
// cost per character that does not grow with the number of names.
//
// The automaton reads a normalized view of the text without building it: white space between two
// CJK characters is dropped (PDF extraction breaks 反恐执行⏎⏎局), a run of white space between Latin
// characters reads as one space (Executive⏎Directorate), a line break after a hyphen is dropped
// (Counter-⏎Terrorism), and full-width brackets read as half-width ones. A ring of original offsets
// maps each match back to UTF-16 offsets in the text as written.
import type { OffsetRange } from '../types';

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

export class TermMatcher {
  /** Dense transitions out of the root, by UTF-16 code: most characters of a text leave it unchanged. */
  private readonly rootNext = new Int32Array(65536);
  /** Transitions of the other states: edges edgeStart[s]..edgeStart[s+1], sorted by character. */
  private readonly edgeStart: Int32Array;
  private readonly edgeChar: Uint16Array;
  private readonly edgeTarget: Int32Array;
  private readonly fail: Int32Array;
  /** The state whose pattern is the longest one ending here, or -1; then the next shorter one. */
  private readonly outState: Int32Array;
  private readonly patternOf: Int32Array;
  private readonly patternLength: Int32Array;
  /** Bit 1: the pattern starts with a letter or digit, bit 2: it ends with one (word boundaries apply). */
  private readonly boundaries: Uint8Array;
  private readonly ring = new Int32Array(RING_SIZE);

  /** Patterns are normalized names (see normalizeName); their index is the match's `pattern`. */
  constructor(patterns: readonly string[]) {
    const children: Map<number, number>[] = [new Map()];
    const terminal: number[] = [-1];
    this.patternLength = new Int32Array(patterns.length);
    this.boundaries = new Uint8Array(patterns.length);
    patterns.forEach((pattern, index) => {
      if (pattern.length === 0 || pattern.length > RING_SIZE) return;
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const code = pattern.charCodeAt(i);
        let next = children[state].get(code);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          terminal.push(-1);
          children[state].set(code, next);
        }
        state = next;
      }
      if (terminal[state] < 0) terminal[state] = index;
      this.patternLength[index] = pattern.length;
      this.boundaries[index] = (isWordCode(pattern.charCodeAt(0)) ? 1 : 0) | (isWordCode(pattern.charCodeAt(pattern.length - 1)) ? 2 : 0);
    });
    const count = children.length;
    this.fail = new Int32Array(count);
    this.outState = new Int32Array(count).fill(-1);
    this.patternOf = Int32Array.from(terminal);
    // Breadth-first, so a state's failure target is complete before the state itself.
    const order: number[] = [];
    for (const [code, child] of children[0]) {
      this.rootNext[code] = child;
      order.push(child);
    }
    for (let head = 0; head < order.length; head++) {
      const state = order[head];
      this.outState[state] = terminal[state] >= 0 ? state : this.outState[this.fail[state]];
      for (const [code, child] of children[state]) {
        let f = this.fail[state];
        while (f !== 0 && !children[f].has(code)) f = this.fail[f];
        this.fail[child] = children[f].get(code) ?? 0;
        order.push(child);
      }
    }
    this.edgeStart = new Int32Array(count + 1);
    let edges = 0;
    for (let s = 0; s < count; s++) { this.edgeStart[s] = edges; edges += s === 0 ? 0 : children[s].size; }
    this.edgeStart[count] = edges;
    this.edgeChar = new Uint16Array(edges);
    this.edgeTarget = new Int32Array(edges);
    for (let s = 1; s < count; s++) {
      let e = this.edgeStart[s];
      for (const [code, child] of [...children[s]].sort((a, b) => a[0] - b[0])) {
        this.edgeChar[e] = code;
        this.edgeTarget[e++] = child;
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
      if (c === code) return this.edgeTarget[mid];
      if (c < code) low = mid + 1; else high = mid - 1;
    }
    return 0;
  }

  /** Every name in the text, the longest of overlapping ones, in text order. */
  scan(text: string): RawMatch[] {
    const matches: RawMatch[] = [];
    const { rootNext, outState, ring } = this;
    let state = 0;
    let count = 0;
    let prev = -1;
    let gapStart = -1;
    let gapNewline = false;
    for (let i = 0; i < text.length; i++) {
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
      if (outState[state] >= 0) this.report(text, state, count, i + 1, matches);
      prev = code;
    }
    return matches;
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
  private report(text: string, state: number, normEnd: number, end: number, matches: RawMatch[]): void {
    for (let o = this.outState[state]; o >= 0; o = this.outState[this.fail[o]]) {
      const pattern = this.patternOf[o];
      const normStart = normEnd - this.patternLength[pattern];
      const start = this.ring[normStart & RING_MASK];
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
