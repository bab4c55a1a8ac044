// The text format's code frame (cli/formats/text.ts) against the plain reading of it: each unit's
// width in a list, every width summed from the list. The frame measures widths as running sums, once
// per line; both must cut the same window out of any line and put the caret at the same columns.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { eastAsianWidth } from 'get-east-asian-width';
import type { Diagnostic } from 'vscode-languageserver-types';
import { codeFrame } from '../../server/src/cli/formats/text';

const WINDOW = 100;
const INDENT = '    ';

function referenceFrame(sourceLine: string, diagnostic: Diagnostic): [string, string] {
  const { start, end } = diagnostic.range;
  let cut = Math.max(0, start.character - 2 * WINDOW);
  if (cut > 0 && (sourceLine.charCodeAt(cut) & 0xfc00) === 0xdc00) cut--;
  const rangeEnd = end.line === start.line ? Math.max(end.character, start.character + 1) : sourceLine.length;
  const line = sourceLine.slice(cut, Math.min(sourceLine.length, rangeEnd + 2 * WINDOW)).replace(/\t/g, ' ');
  const from = start.character - cut;
  const to = end.line === start.line ? rangeEnd - cut : line.length + 1;
  const widths: number[] = [];
  for (const character of line + ' ') {
    const code = character.codePointAt(0)!;
    widths.push(code < 0x20 || code === 0x7f ? 1 : eastAsianWidth(code));
    if (code > 0xffff) widths.push(0);
  }
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  let first = 0;
  if (sum(widths.slice(0, from)) > WINDOW / 2 && sum(widths) > WINDOW) {
    first = from;
    for (let w = 0; first > 0 && w < WINDOW / 4; first--) w += widths[first - 1];
    if (widths[first] === 0) first++;
  }
  let last = first;
  for (let w = 0; last < line.length && w + widths[last] <= WINDOW; last++) w += widths[last];
  const cutBefore = cut + first > 0;
  const shown = (cutBefore ? '…' : '') + line.slice(first, last) + (cut + last < sourceLine.length ? '…' : '');
  const pad = (cutBefore ? 1 : 0) + sum(widths.slice(first, from));
  return [INDENT + shown, INDENT + ' '.repeat(pad) + '^'.repeat(Math.max(1, sum(widths.slice(from, Math.min(to, last + 1)))))];
}

// Narrow, wide and astral characters, tabs and control characters, in runs long enough to be cut.
const piece = fc.oneof(
  fc.constantFrom('a', ' ', '\t', '\u0007', '，', '决议', '𠀀', 'é'),
  // Either side of the bounds the frame measures without the width table, and any character of the plane.
  fc.constantFrom('\u10ff', '\u1100', '\u4dff', '\u4e00', '\u9fff', '\ua000', '\u3000', '\u00ad'),
  fc.integer({ min: 0x20, max: 0xffff }).filter(code => code < 0xd800 || code > 0xdfff).map(code => String.fromCharCode(code)),
  fc.constantFrom('a', '决', '𠀀').chain(c => fc.integer({ min: 1, max: 300 }).map(n => c.repeat(n))),
);

describe('the code frame of the text format', () => {
  it('cuts the same window and puts the caret at the same columns as summing a list of widths', () => {
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }).map(p => p.join('')), fc.nat(), fc.nat({ max: 400 }), fc.boolean(), (line, at, length, sameLine) => {
      let startCharacter = at % (line.length + 1);
      // A range starts on a whole character, as every finding's does.
      if (startCharacter > 0 && (line.charCodeAt(startCharacter) & 0xfc00) === 0xdc00) startCharacter--;
      const diagnostic: Diagnostic = {
        range: { start: { line: 0, character: startCharacter }, end: { line: sameLine ? 0 : 1, character: sameLine ? Math.min(line.length, startCharacter + length) : length } },
        message: '',
      };
      assert.deepEqual(codeFrame(line, diagnostic), referenceFrame(line, diagnostic));
    }), { numRuns: 2000, seed: 20261209 });
  });
});
