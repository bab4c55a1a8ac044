// The text format: `file:line:col severity code message` (1-based, columns in UTF-16 code units, as
// editors show them; a Word draft's line is its paragraph, named with an excerpt), then the source
// line with a caret under the range, then a summary line.
import { styleText } from 'node:util';
import { eastAsianWidth } from 'get-east-asian-width';
import type { Diagnostic } from 'vscode-languageserver-types';
import { severityCounts, severityName, type FileResult, type Formatter } from './result';

/** Columns of source shown around a range: a line extracted from a PDF may be a whole paragraph. */
const WINDOW = 100;
const INDENT = '    ';

type Style = Parameters<typeof styleText>[0];
const SEVERITY_STYLE: Record<string, Style> = { error: 'red', warning: 'yellow', information: 'blue', hint: 'gray' };

/**
 * The terminal columns of a character. Nothing below U+1100 is wide (ambiguous characters are taken
 * as narrow), and the CJK ideographs of U+4E00-U+9FFF all are: the table is asked only for the rest.
 */
function columnsOf(code: number): number {
  if (code < 0x1100) return 1;
  return code >= 0x4e00 && code <= 0x9fff ? 2 : eastAsianWidth(code);
}

/**
 * The terminal columns of a line's UTF-16 units as running sums: sums[i] is the width of its first i
 * units. CJK characters take two, the second half of a pair none.
 */
function columnSums(line: string): Int32Array {
  const sums = new Int32Array(line.length + 1);
  for (let i = 0; i < line.length; i++) {
    const code = line.codePointAt(i)!;
    sums[i + 1] = sums[i] + columnsOf(code);
    if (code > 0xffff) { i++; sums[i + 1] = sums[i]; }
  }
  return sums;
}

/**
 * The source line of a diagnostic, cut to a window around its range, and the caret line under it.
 * Only a stretch of the line around the range is measured: a line of 400,000 characters with a
 * finding on each would otherwise cost their product.
 */
export function codeFrame(sourceLine: string, diagnostic: Diagnostic): [string, string] {
  const { start, end } = diagnostic.range;
  let cut = Math.max(0, start.character - 2 * WINDOW);
  if (cut > 0 && (sourceLine.charCodeAt(cut) & 0xfc00) === 0xdc00) cut--;
  const rangeEnd = end.line === start.line ? Math.max(end.character, start.character + 1) : sourceLine.length;
  const cutEnd = Math.min(sourceLine.length, rangeEnd + 2 * WINDOW);
  const line = sourceLine.slice(cut, cutEnd).replace(/\t/g, ' ');
  const from = start.character - cut;
  const to = end.line === start.line ? rangeEnd - cut : line.length + 1;
  // A space after the line, for a caret past its end.
  const sums = columnSums(line + ' ');
  const units = line.length + 1;
  const width = (a: number, b: number) => (Math.min(b, units) > Math.min(a, units) ? sums[Math.min(b, units)] - sums[Math.min(a, units)] : 0);
  // The window starts a little before the range when the line is long, at a whole character: the
  // walk back stops after a character's width is added, so never on the second half of a pair.
  let first = 0;
  if (width(0, from) > WINDOW / 2 && sums[units] > WINDOW) {
    first = from;
    for (let w = 0; first > 0 && w < WINDOW / 4; first--) w += width(first - 1, first);
  }
  let last = first;
  for (let w = 0; last < line.length && w + width(last, last + 1) <= WINDOW; last++) w += width(last, last + 1);
  const cutBefore = cut + first > 0;
  const prefix = cutBefore ? '…' : '';
  const shown = prefix + line.slice(first, last) + (cut + last < sourceLine.length ? '…' : '');
  const pad = (cutBefore ? 1 : 0) + width(first, from);
  const caretWidth = Math.max(1, width(from, Math.min(to, last + 1)));
  return [INDENT + shown, INDENT + ' '.repeat(pad) + '^'.repeat(caretWidth)];
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** ✖ 12 problems (2 errors, 9 warnings, 1 information); empty when there is none. */
export function summary(results: readonly FileResult[]): string {
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of results) {
    const of = severityCounts(r);
    counts.error += of.error; counts.warning += of.warning; counts.information += of.information; counts.hint += of.hint;
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  if (total === 0) return '';
  const parts = [plural(counts.error, 'error', 'errors'), plural(counts.warning, 'warning', 'warnings')];
  if (counts.information) parts.push(`${counts.information} information`);
  if (counts.hint) parts.push(plural(counts.hint, 'hint', 'hints'));
  return `✖ ${plural(total, 'problem', 'problems')} (${parts.join(', ')})`;
}

/** The colours of the text format, or none. */
export type Paint = (style: Style, text: string) => string;

export function painter(color: boolean): Paint {
  return (style, text) => (color ? styleText(style, text) : text);
}

/** One file's findings: a line each, with its source line and a caret under it when it is known. */
export function formatTextFile({ file, diagnostics, sourceLines, rendered }: FileResult, paint: Paint): string {
  if (rendered) return rendered.text;
  let out = '';
  for (const d of diagnostics) {
    const severity = severityName(d);
    // A Word draft's line is a paragraph: its excerpt is what the drafter finds in Word.
    const paragraph = d.excerpt === undefined ? '' : ` (paragraph ${d.range.start.line + 1}: “${d.excerpt}”)`;
    out += `${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${paint(SEVERITY_STYLE[severity], severity)} ${paint('dim', String(d.code))} ${d.message}${paragraph}\n`;
    const sourceLine = sourceLines?.[d.range.start.line];
    if (sourceLine !== undefined) {
      const [line, caret] = codeFrame(sourceLine, d);
      out += `${line}\n${paint(SEVERITY_STYLE[severity], caret)}\n`;
    }
  }
  return out;
}

/** The summary line after the files, under a blank line; empty when nothing was found. */
export function formatTextSummary(results: readonly FileResult[], paint: Paint): string {
  const total = summary(results);
  const errors = results.some(r => severityCounts(r).error > 0);
  return total ? `\n${paint(['bold', errors ? 'red' : 'yellow'], total)}\n` : '';
}

export const formatText: Formatter = (results, { color }) => {
  const paint = painter(color);
  return results.map(result => formatTextFile(result, paint)).join('') + formatTextSummary(results, paint);
};
