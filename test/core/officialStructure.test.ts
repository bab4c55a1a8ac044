// The outline of every complete official resolution and of its PDF-style copy, against the answer key
// made by reading them (test/fixtures/official/paragraphs.tsv): each text stands for a layout the
// paragraph reader has to tell apart. test/corpus/structure.test.ts checks their findings too, too slowly
// for every mutant of a mutation run; reading the outlines alone takes half a second.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { service } from '../helpers';

const official = join(__dirname, '..', 'fixtures', 'official');
const key = new Map(readFileSync(join(official, 'paragraphs.tsv'), 'utf8').trimEnd().split('\n').slice(1)
  .map(row => row.split('\t')).map(([file, preambular, operative, firstLine]) => [file, { preambular: Number(preambular), operative: Number(operative), firstLine: Number(firstLine) }]));

function parse(copy: string) {
  const text = readFileSync(join(official, copy), 'utf8');
  return { text, document: service.parse(text) };
}

/** Text, without its white space, of a range: what a reader sees of a paragraph. */
const words = (text: string, range: { start: number; end: number }) => text.slice(range.start, range.end).replace(/\s+/g, '');

describe('official resolutions: the outline as read', () => {
  const layouts = new Map<string, string>([
    ['zh/s-res-0953-1994.txt', 'blank lines between paragraphs, 1.决定 without a space'],
    ['zh/s-res-1228-1999-hant.txt', 'a web copy: a list bullet before every paragraph, traditional characters'],
    ['zh/s-res-0368-1975.txt', 'a single unnumbered operative paragraph 决定: with sub-items'],
    ['zh/s-res-1518-2003.txt', 'the Chapter VII formula as the last preambular paragraph'],
    ['en/s-res-0338-1973.txt', 'no preamble, a title without its comma'],
    ['en/s-res-0364-1974.txt', 'print lines of a scanned volume, operative 4 printed "4,"'],
    ['en/s-res-0686-1991.txt', 'operative 2 printed "Z.", sub-items (a)–(d)'],
    ['en/s-res-0764-1992.txt', 'dash items inside a preambular paragraph'],
    ['en/s-res-0865-1993.txt', 'operative sections A and B, operative 11 printed "ll."'],
    ['en/s-res-1787-2007.txt', 'one line a paragraph, no blank lines'],
    ['en/s-res-2055-2012.txt', 'a single unnumbered operative paragraph closed by a quote'],
  ]);
  // Every complete text of the answer key: the layouts above, and the others that set the thresholds of a layout.
  for (const file of key.keys()) {
    it(`${file}${layouts.has(file) ? ` (${layouts.get(file)})` : ''}: its paragraphs as counted by reading, the operative part from its line`, () => {
      const { preambular, operative, firstLine } = key.get(file)!;
      const { document } = parse(file);
      const { structure } = document;
      assert.deepEqual([structure.preamble.length, structure.operative.length], [preambular, operative]);
      assert.equal(document.lines.positionAt(structure.operative[0].range.start).line + 1, firstLine);
      assert.deepEqual(structure.operative.map(p => p.number), Array.from({ length: operative }, (_, i) => i + 1));
      // In text order, none inside another.
      const ranges = [...structure.preamble, ...structure.operative].map(p => p.range);
      ranges.slice(1).forEach((range, i) => assert.ok(range.start >= ranges[i].end, `${file}: paragraph ${i + 2} overlaps`));
    });
  }

  const pdfStyle = ['zh', 'en'].flatMap(language => readdirSync(join(official, 'pdf-style', language)).map(name => `${language}/${name}`)).filter(file => key.has(file));
  for (const file of pdfStyle) {
    it(`pdf-style/${file}: the same paragraphs, with the same words, once re-wrapped as a PDF prints it`, () => {
      const source = parse(file);
      const copy = parse(`pdf-style/${file}`);
      const { preambular, operative } = key.get(file)!;
      assert.deepEqual([copy.document.structure.preamble.length, copy.document.structure.operative.length], [preambular, operative]);
      // The script adds spaces, line breaks and page furniture only: each paragraph starts with the same words.
      const starts = (d: typeof source) => [...d.document.structure.preamble, ...d.document.structure.operative].map(p => words(d.text, p.range).slice(0, 16));
      assert.deepEqual(starts(copy), starts(source));
    });
  }

  it('sub-items: (a)–(c) of an unnumbered 决定:, (a)–(d) of operatives 2 and 3 and of operative 14', () => {
    const labels = (file: string, paragraph: (s: ReturnType<typeof parse>['document']['structure']) => { subItems: { label: string }[] }) =>
      paragraph(parse(file).document.structure).subItems.map(s => s.label).join('');
    assert.equal(labels('zh/s-res-0368-1975.txt', s => s.operative[0]), 'abc');
    assert.equal(labels('en/s-res-0686-1991.txt', s => s.operative[1]), 'abcd');
    assert.equal(labels('en/s-res-0686-1991.txt', s => s.operative[2]), 'abcd');
    assert.equal(labels('en/s-res-0566-1985.txt', s => s.operative[13]), 'abcd');
  });

  it('keeps dash items in the preambular paragraph whose colon opens them (S/RES/764 (1992), preambular 3)', () => {
    const { text, document } = parse('en/s-res-0764-1992.txt');
    const third = words(text, document.structure.preamble[2].range);
    assert.ok(third.startsWith('Disturbedbythecontinuingviolation'), third.slice(0, 40));
    assert.ok(third.endsWith('-Toestablishsecuritycorridorsbetweentheairportandthecity,undertheForce’scontrol,toensurethesafemovementofhumanitarianaidandrelatedpersonnel,'), third.slice(-80));
    assert.ok(words(text, document.structure.preamble[3].range).startsWith('DeeplyconcernedaboutthesafetyoftheForce’spersonnel'));
  });
});
