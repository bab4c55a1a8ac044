// Page furniture: what a PDF page adds around the text and a reader skips. Page numbers (3/12), job
// numbers (17-23064 (C), with their date codes), barcodes (*1722634*), undocs.org links, the
// "please recycle" line, and the running header that repeats the document's symbol at each page.
// The symbol stays where it is the masthead (its first appearance near the top) or part of the text.
import { LINES_PER_STEP } from '../steps';
import type { OffsetRange } from '../types';
import { isSpace } from './chars';

const PAGE_NUMBER = /^\d{1,3}\s*\/\s*\d{1,3}$/;
const JOB_NUMBER = /^\d{2}-\d{5}\s*(?:\([A-Z]\))?$/;
const DATE_CODE = /^\d{6}$/;
const BARCODE = /^\*\d{7,}\*$/;
const UNDOCS_LINK = /^https?:\/\/(?:undocs\.org|documents\.un\.org|daccess-ods\.un\.org)\/\S*$/;
const RECYCLE = /^(?:请回收|請回收|Please recycle)\s*♲?$/;
/** A document symbol alone: S/RES/2395 (2017), S/2017/1061, A/72/L.62. */
const SYMBOL = /^[A-Z]{1,2}\/[A-Z0-9][A-Z0-9/.\-]*(?:\s*\(\d{4}\))?(?:\s*\*)?$/;
/** A header that joins a symbol, a page number and a job number: `S/RES/2395 (2017)   2/12`. */
const PIECES = /\S+(?:\s\(\S+\))?/g;

/** Lines within this many non-blank lines of the top are the masthead. */
const MASTHEAD_LINES = 15;

function isSinglePiece(text: string): boolean {
  return PAGE_NUMBER.test(text) || JOB_NUMBER.test(text) || BARCODE.test(text) || UNDOCS_LINK.test(text) || RECYCLE.test(text);
}

/** A line made only of page numbers, job numbers, date codes and symbols, with a number among them. */
function isCompositeHeader(text: string): boolean {
  const pieces = text.match(PIECES);
  if (!pieces || pieces.length < 2 || pieces.length > 5) return false;
  let numbered = false;
  for (const piece of pieces) {
    if (PAGE_NUMBER.test(piece) || JOB_NUMBER.test(piece) || BARCODE.test(piece)) numbered = true;
    else if (!DATE_CODE.test(piece) && !SYMBOL.test(piece) && piece !== '(C)' && piece !== '(E)') return false;
  }
  return numbered;
}

/** A cheap first look: furniture lines start with a digit, * (a barcode, or bold in Markdown), h, 请/請, P, or a capital letter of a symbol. */
function mayBeFurniture(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 42 || code === 104 || code === 0x8bf7 || code === 0x8acb || (code >= 65 && code <= 90);
}

/**
 * The lines of text that are page furniture, as ranges from the first to after the last non-space
 * character, in text order. One pass over the lines, a step of lines at a time; the running header
 * needs all of them, since it is furniture only when it repeats.
 */
export function* findFurnitureInSteps(text: string): Generator<void, OffsetRange[]> {
  const found: OffsetRange[] = [];
  /** Each symbol line: whether it appeared in the masthead, and its appearances below it. */
  const symbolLines = new Map<string, { masthead: boolean; below: OffsetRange[] }>();
  let contentLines = 0;
  for (let lineStart = 0, count = 0; lineStart <= text.length; count++) {
    if (count === LINES_PER_STEP) { yield; count = 0; }
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let first = lineStart;
    let last = lineEnd;
    lineStart = lineEnd + 1;
    while (first < last && isSpace(text.charCodeAt(first))) first++;
    while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
    if (last <= first) continue;
    contentLines++;
    if (last - first > 80 || !mayBeFurniture(text.charCodeAt(first))) continue;
    // A Markdown copy sets the page number in bold: **2/4** 17-20774 (C).
    const line = text.charCodeAt(first) === 42 && !BARCODE.test(text.slice(first, last)) ? text.slice(first, last).replace(/\*+/g, ' ').trim() : text.slice(first, last);
    const range = { start: first, end: last };
    // Every piece of furniture but the symbol holds a / or a - (3/12, 17-23064) or is a barcode, a link or the recycling line.
    if ((line.includes('/') || line.includes('-') || line.includes('*') || line.includes('请') || line.includes('請') || line.startsWith('Please'))
      && (isSinglePiece(line) || isCompositeHeader(line))) {
      found.push(range);
    } else if (SYMBOL.test(line)) {
      const key = line.replace(/\s+/g, '');
      const seen = symbolLines.get(key);
      if (!seen) symbolLines.set(key, contentLines <= MASTHEAD_LINES ? { masthead: true, below: [] } : { masthead: false, below: [range] });
      else seen.below.push(range);
    }
  }
  // A running header repeats; the masthead stays, and so does a symbol line that appears only once.
  for (const { masthead, below } of symbolLines.values()) {
    if (below.length >= 2 || (masthead && below.length === 1)) for (const range of below) found.push(range);
  }
  return found.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
}
