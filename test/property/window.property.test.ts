// Hover on a file over the size limit reads a window around the cursor (server/src/window.ts). On
// mutated drafts, with a small window so that its edges cut through citations: its answer is the
// whole file's whenever the citation lies well inside the window, and its ranges are always valid.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { WindowedHover, windowAround } from '../../server/src/window';
import { draft } from './drafts';
import { PositionOracle } from './exercise';
import { service } from './properties';

const RADIUS = 300;
/** Citations look this far back for a date or an organ (大会, General Assembly). */
const CONTEXT = 64;

const isCitationHover = (hover: Hover | null) => !!hover && ((hover.contents as MarkupContent).value ?? '').includes('undocs.org');

describe('property: windowed hover on files over the size limit', function () {
  this.timeout(60_000);

  it('answers as the whole file does when the citation lies inside the window; ranges always valid', () => {
    let compared = 0;
    fc.assert(fc.property(draft, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }), (text, cursors) => {
      const document = TextDocument.create('file:///window.unres', 'un-resolution', 1, text);
      const oracle = new PositionOracle(text);
      const whole = service.parse(text);
      const windowed = new WindowedHover(service, RADIUS);
      for (const at of cursors) {
        const offset = oracle.boundary(Math.floor(at * (text.length + 1)));
        const position = oracle.positionAt(offset);
        const expected = service.doHover(whole, position);
        const actual = windowed.doHover(document.uri, document, position);
        if (actual?.range) oracle.checkRange(actual.range, 'windowed hover');
        const { start, end } = windowAround(text, offset, RADIUS);
        const inside = (hover: Hover | null) => !hover?.range || (() => {
          const r = oracle.checkRange(hover.range!, 'hover');
          return (start === 0 || r.start - start >= CONTEXT) && (end === text.length || end - r.end >= CONTEXT);
        })();
        if ((isCitationHover(expected) || isCitationHover(actual)) && inside(expected) && inside(actual)) {
          compared++;
          assert.deepEqual(actual, expected, `at ${offset} in a window [${start}, ${end})`);
        }
      }
    }), { seed: 42, numRuns: 300 });
    assert.ok(compared > 50, `compared ${compared} hovers`);
  });

  it('keeps its window while the cursor stays inside, and starts windows on line starts', () => {
    const text = Array.from({ length: 400 }, (_, i) => `第${i + 1}段：回顾第2195(2015)号决议，`).join('\r\n');
    const { start } = windowAround(text, 5000, RADIUS);
    assert.ok(text[start - 1] === '\n', 'after a line break');
    const document = TextDocument.create('file:///window.unres', 'un-resolution', 1, text);
    const windowed = new WindowedHover(service, RADIUS);
    const oracle = new PositionOracle(text);
    const at = text.indexOf('2195', 5000) + 1;
    const hover = windowed.doHover(document.uri, document, oracle.positionAt(at));
    assert.deepEqual(hover, service.doHover(service.parse(text), oracle.positionAt(at)));
  });
});
