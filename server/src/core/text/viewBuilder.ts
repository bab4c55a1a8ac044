// Builds the normalized view of a text (see view.ts) in one pass. What it leaves out or reads differently:
// - white space next to Chinese text (PDF extraction breaks 反恐执行⏎⏎局 and 第 1373(2001)⏎号决议);
//   between other characters a run of white space reads as one space, or one line break if it had one;
// - a line-end hyphen inside an English word (resolu-⏎tion), and the line break after Counter-⏎Terrorism;
// - page furniture (furniture.ts), footnote markers (决议1，, (2014)1,) and resolint's own comments (leftOut);
// - full-width digits read as ASCII ones, and traditional characters as simplified ones when the
//   document is written in traditional characters.
// Every change is a deletion or a one-for-one replacement, so the map is a short list of segments.
import type { OffsetRange } from '../types';
import { isAsciiLetter, isCjk, isDigit, isLineBreak, isLowerAscii, isSpace } from './chars';
import { findFurnitureInSteps } from './furniture';
import { isTraditional, simplifiedCodes } from './traditional';
import { utf16Codes, utf16Text } from './utf16';
import { TextView } from './view';
import { runToEnd } from '../steps';

/**
 * Left out in the view, group 1 of each pattern: footnote markers (决议1，, 《公约》2。, (2014)1,,
 * `Force, 43`). Each pattern opens with a literal, so the search skips ahead natively.
 */
const REMOVED_PATTERNS = [
  /(?:决议|決議|[》”」])([ \u00a0]?\d{1,2})(?=[，。；：]|[ \t]*(?:\r?\n|$))/g,
  /\(\d{4}\)(\d{1,2})(?=[,.;:]|\s)/g,
  // At the end of a paragraph, after its mark and a space: `Force, 43` ⏎⏎ `Having noted`, `通过。 1`; not
  // `March, 192` ⏎⏎ `(1964)`, whose year comes on the next line.
  // The marker alone is the match (spaces after it are the view's gap), and what follows it is read in
  // one way: spaces and line breaks grouped so that no run of spaces is tried again at each of its characters.
  /(?:[,.;:][ \t]|。[ \t]?)(\d{1,3})(?=(?:[ \t]*\r?\n)+[ \t]*(?:[A-Z\u4e00-\u9fff]|\d{1,3}\.\s)|\s*$(?![\s\S]))/g,
];

/** The spans left out: page furniture, the extra spans, the markers of REMOVED_PATTERNS; a step for each. */
function* removedSpansInSteps(text: string, extra: readonly OffsetRange[]): Generator<void, OffsetRange[]> {
  const spans = [...(yield* findFurnitureInSteps(text)), ...extra];
  for (const pattern of REMOVED_PATTERNS) {
    yield;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const end = match.index + match[0].length;
      spans.push({ start: end - match[1].length, end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Space next to this character is typesetting. Full-width brackets are left out: English citations
 * write them by mistake (resolution 2341 （2017）), and the space before them is the English one.
 */
function joinsChinese(code: number): boolean {
  return isCjk(code) && code !== 0xff08 && code !== 0xff09;
}

/** A character where plain copying stops: white space, or a full-width digit. */
function stopsCopy(code: number): boolean {
  return code <= 32 ? code === 32 || (code >= 9 && code <= 13) : code === 0xa0 || code === 0x3000 || code === 0xfeff || (code >= 0xff10 && code <= 0xff19);
}

/**
 * The view's characters, written into one buffer and made a string once. The buffer starts as the
 * original's code units; since the view is never ahead of the original, a run copied moves down
 * within it (one native move, where a loop of charCodeAt cost a fifth of the view).
 */
class ViewBuilder {
  private readonly codes: Uint16Array;
  /** The simplified code of each traditional one, when the text is traditional. */
  private readonly simplified: Uint16Array | undefined;
  /**
   * Where each segment starts in the view and in the original, the first `segments` of them: typed
   * arrays that double when full (a draft of one-line paragraphs has two segments a line, and arrays
   * of numbers grown a push at a time cost more than the rest of the view).
   */
  private viewStarts: Int32Array = new Int32Array(1024);
  private originalStarts: Int32Array = new Int32Array(1024);
  private segments = 0;
  private viewLength = 0;
  /** The original offset that the next view character continues the current segment with. */
  private expected = -1;
  /** The original offset of the last character put in the view. */
  private last = -1;

  /** chinese: the document is written in Chinese, whose pages wrap inside numbers. */
  constructor(private readonly original: string, private readonly traditional: boolean, private readonly chinese: boolean) {
    this.codes = utf16Codes(original);
    this.simplified = traditional ? simplifiedCodes() : undefined;
  }

  private startSegmentAt(at: number): void {
    if (at === this.expected) return;
    const count = this.segments;
    // A segment that would hold nothing (after a retracted hyphen) is replaced, not kept.
    if (count > 0 && this.viewStarts[count - 1] === this.viewLength) {
      this.originalStarts[count - 1] = at;
      return;
    }
    if (count === this.viewStarts.length) {
      this.viewStarts = grown(this.viewStarts);
      this.originalStarts = grown(this.originalStarts);
    }
    this.viewStarts[count] = this.viewLength;
    this.originalStarts[count] = at;
    this.segments = count + 1;
  }

  copy(from: number, to: number): void {
    if (to <= from) return;
    this.startSegmentAt(from);
    const { codes, simplified } = this;
    const length = this.viewLength;
    if (length !== from) codes.copyWithin(length, from, to);
    const end = length + to - from;
    if (simplified) {
      for (let i = length; i < end; i++) codes[i] = simplified[codes[i]] || codes[i];
    }
    this.viewLength = end;
    this.expected = to;
    this.last = to - 1;
  }

  put(at: number, character: string): void {
    this.startSegmentAt(at);
    this.codes[this.viewLength++] = character.charCodeAt(0);
    this.expected = at + 1;
    this.last = at;
  }

  /** Drops the last view character (a line-end hyphen); the segment it ended shrinks by one. */
  private retract(): void {
    this.viewLength--;
    this.expected = -1;
    this.last--;
  }

  /** White space (and left-out spans) from start to end, as the view reads it. */
  gap(start: number, end: number, hasSpace: boolean, hasBreak: boolean, hasRemoved: boolean): void {
    const original = this.original;
    const last = this.last;
    if (!hasSpace) return;   // a footnote marker or a comment glued to the text: nothing stands for it
    if (last < 0 || end >= original.length) {
      if (!hasRemoved) this.copy(start, end);   // leading and trailing space stays as written
      return;
    }
    const before = original.charCodeAt(last);
    const after = original.charCodeAt(end);
    if (joinsChinese(before) || joinsChinese(after)) return;
    // A Chinese page wraps anywhere, inside a number too (第 2341(20⏎17)号): line breaks alone between two digits go.
    if (this.chinese && !hasRemoved && isDigit(before) && isDigit(after) && onlyLineBreaks(original, start, end)) return;
    if (before === 45 /* - */ && hasBreak && isAsciiLetter(after) && last > 0 && isAsciiLetter(original.charCodeAt(last - 1))) {
      // resolu-⏎tion is one word; Counter-⏎Terrorism keeps its hyphen.
      if (isLowerAscii(after) && isLowerAscii(original.charCodeAt(last - 1))) this.retract();
      return;
    }
    if (!hasBreak && !hasRemoved && end - start === 1 && original.charCodeAt(start) === 32) {
      this.copy(start, end);
    } else if (hasBreak) {
      let at = start;
      while (!isLineBreak(original.charCodeAt(at))) at++;
      this.put(at, '\n');
    } else {
      this.put(start, ' ');
    }
  }

  /** Whether the single space at pos stands between two characters that are not Chinese: English prose, copied as it is. */
  isPlainSpace(pos: number): boolean {
    const original = this.original;
    const next = original.charCodeAt(pos + 1);
    return pos > 0 && pos + 1 < original.length && !stopsCopy(next) && !joinsChinese(next) && !joinsChinese(original.charCodeAt(pos - 1))
      && !isSpace(original.charCodeAt(pos - 1));
  }

  /**
   * Whether the line break at pos is one the view keeps as it is: a single \n between two characters
   * that are not Chinese, not after a hyphen, not between two digits of a Chinese page. English text
   * extracted from PDFs has one after every printed line: copied in bulk.
   */
  isPlainLineBreak(pos: number): boolean {
    const original = this.original;
    const before = original.charCodeAt(pos - 1);
    const after = original.charCodeAt(pos + 1);
    return pos > 0 && pos + 1 < original.length && !isSpace(before) && before !== 45 && !joinsChinese(before)
      && !stopsCopy(after) && !joinsChinese(after) && !(this.chinese && isDigit(before) && isDigit(after));
  }

  finish(removed: OffsetRange[]): TextView {
    return new TextView(this.original, utf16Text(this.codes, this.viewLength), this.viewStarts.slice(0, this.segments), this.originalStarts.slice(0, this.segments), removed, this.traditional);
  }
}

function grown(array: Int32Array): Int32Array {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}

function onlyLineBreaks(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isLineBreak(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The normalized view of a text. chinese: whether it is written in Chinese (parse/document.ts decides);
 * leftOut: more spans to leave out whole (resolint's own comments, which parse/directives.ts reads).
 */
export function createView(original: string, chinese = true, leftOut: readonly OffsetRange[] = []): TextView {
  return runToEnd(createViewInSteps(original, chinese, leftOut));
}

/** Characters read between two steps of the view: a few milliseconds of work on any text (14 ms for 262,144 characters of one-line paragraphs). */
const CHARACTERS_PER_STEP = 1 << 16;

/** createView in steps: the spans left out (page furniture, markers), then the text some 65,000 characters at a step. */
export function* createViewInSteps(original: string, chinese = true, leftOut: readonly OffsetRange[] = []): Generator<void, TextView> {
  const removed = yield* removedSpansInSteps(original, leftOut);
  yield;
  const builder = new ViewBuilder(original, isTraditional(original), chinese);
  const length = original.length;
  let pos = 0;
  let copied = 0;
  let r = 0;
  let nextRemoved = removed.length > 0 ? removed[0].start : length;
  let stepEnd = CHARACTERS_PER_STEP;
  while (pos < length) {
    if (pos >= stepEnd) {
      yield;
      stepEnd = pos + CHARACTERS_PER_STEP;
    }
    const code = original.charCodeAt(pos);
    if (pos < nextRemoved && (!stopsCopy(code) || (code === 32 && builder.isPlainSpace(pos)) || (code === 10 && builder.isPlainLineBreak(pos)))) {
      pos++;
      continue;
    }
    builder.copy(copied, pos);
    if (pos < nextRemoved && code >= 0xff10 && code <= 0xff19) {
      builder.put(pos, String.fromCharCode(code - 0xff10 + 48));
      copied = ++pos;
      continue;
    }
    const start = pos;
    let hasSpace = false;
    let hasBreak = false;
    let hasRemoved = false;
    while (pos < length) {
      if (pos >= nextRemoved) {
        pos = Math.max(pos, removed[r].end);
        r++;
        nextRemoved = r < removed.length ? Math.max(removed[r].start, pos) : length;
        hasRemoved = true;
        continue;
      }
      const c = original.charCodeAt(pos);
      if (!isSpace(c)) break;
      hasSpace = true;
      if (isLineBreak(c)) hasBreak = true;
      pos++;
    }
    if (pos === start) {   // a character that stops copying but makes no gap (a lone space counted as plain)
      pos++;
      copied = start;
      continue;
    }
    builder.gap(start, pos, hasSpace, hasBreak, hasRemoved);
    copied = pos;
  }
  builder.copy(copied, length);
  yield;
  return builder.finish(removed);
}
