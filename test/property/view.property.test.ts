// What a PDF extraction adds must change nothing: a line break, a blank line or a page footer inserted
// between two ideographs of a clean draft leaves every finding and every hover as it was, their ranges
// moved by what was inserted (issue 10). Clean drafts: the well-formed resolutions written for the tests
// and the complete official Chinese texts of the corpus.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Diagnostic, Hover, Position } from 'vscode-languageserver-types';
import { isIdeograph } from '../../server/src/core/text/chars';
import { service } from '../helpers';

const fixtures = join(__dirname, '..', 'fixtures');
const official = join(fixtures, 'official');
const CLEAN: readonly string[] = [
  readFileSync(join(fixtures, 'resolution-zh.unres'), 'utf8'),
  readFileSync(join(fixtures, 'sres-2446-zh.unres'), 'utf8'),
  ...readFileSync(join(official, 'paragraphs.tsv'), 'utf8').trim().split('\n').slice(1)
    .map(row => row.split('\t')[0]).filter(file => file.startsWith('zh/'))
    .map(file => readFileSync(join(official, file), 'utf8')),
];

/** What extraction inserts: a line break, a blank line, or a page's footer and header between two lines. */
const INSERTS = ['\n', '\n\n', '\r\n', '\n\n3/12\n\n17-23064 (C)\n\n', '\n\n4/12\n\n'];

/** The offsets where an insert falls between two ideographs. */
function ideographGaps(text: string): number[] {
  const gaps: number[] = [];
  for (let i = 1; i < text.length; i++) if (isIdeograph(text.charCodeAt(i - 1)) && isIdeograph(text.charCodeAt(i))) gaps.push(i);
  return gaps;
}

interface Seen {
  readonly findings: string[];
  readonly hovers: string[];
}

/** Line numbers in messages (第 3 行, line 3) move with the text: they are left out of the comparison. */
const withoutLines = (message: string) => message.replace(/第 \d+ 行|line \d+/g, 'line #');

/** The findings and the hovers at every citation item and name, with offsets mapped back by `unmap`. */
function seen(text: string, unmap: (offset: number) => number): Seen {
  const document = service.parse(text);
  const offset = (position: Position) => unmap(document.lines.offsetAt(position));
  const findings = (service.getDiagnostics(document) ?? []).map((d: Diagnostic) =>
    `${offset(d.range.start)}-${offset(d.range.end)} ${d.code} ${d.severity} ${withoutLines(d.message)}`).sort();
  const at = [...document.citations.flatMap(c => c.items.map(i => i.numberRange.start)), ...document.terms.occurrences.map(o => o.range.start)];
  const hovers = at.map(o => {
    const hover = service.doHover(document, document.lines.positionAt(o)) as Hover | null;
    const value = (hover?.contents as { value?: string } | undefined)?.value ?? '';
    return `${unmap(o)} ${hover?.range ? `${offset(hover.range.start)}-${offset(hover.range.end)}` : ''} ${withoutLines(value)}`;
  }).sort();
  return { findings, hovers };
}

describe('property: what a PDF extraction inserts between two ideographs changes nothing', function () {
  this.timeout(120_000);

  it('finds the clean drafts, each with places to insert', () => {
    assert.ok(CLEAN.length >= 8);
    for (const text of CLEAN) assert.ok(ideographGaps(text).length > 20);
  });

  it('keeps every finding and hover, ranges moved by the insert (fixed seed)', () => {
    const before = CLEAN.map(text => seen(text, o => o));
    const gaps = CLEAN.map(ideographGaps);
    fc.assert(fc.property(
      fc.nat({ max: CLEAN.length - 1 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.constantFrom(...INSERTS),
      (which, where, insert) => {
        const text = CLEAN[which];
        const at = gaps[which][Math.floor(where * gaps[which].length)];
        const changed = text.slice(0, at) + insert + text.slice(at);
        const unmap = (o: number) => (o <= at ? o : o < at + insert.length ? at : o - insert.length);
        assert.deepEqual(seen(changed, unmap), before[which], `inserted ${JSON.stringify(insert)} at ${at}: …${text.slice(at - 12, at)}|${text.slice(at, at + 12)}…`);
      },
    ), { seed: Number(process.env.VIEW_SEED ?? 20261201), numRuns: Number(process.env.VIEW_RUNS ?? 120) });
  });
});
