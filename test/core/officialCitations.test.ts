// Every citation item of the official texts, against the answer key made by reading them
// (test/fixtures/official/citations.tsv, dates.tsv, pdf-style/map.tsv): the items found are exactly the
// annotated ones, with their organ, number, year and written date, on their line; nothing more is read.
// test/corpus/citationRecall.test.ts checks the hovers over them, too slowly for every mutant of a
// mutation run; reading the items alone takes half a second.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { officialTable as table, service } from '../helpers';

const official = join(__dirname, '..', 'fixtures', 'official');

// Items of other bodies (OAU Council of Ministers) are annotated but are no resolution of the UN.
const citations = table('citations.tsv').filter(row => row.organ !== 'other');
const dates = table('dates.tsv');
/**
 * Annotated dates the reader does not take as the item's: words between date and item (於…通過的, 安全理事会,
 * a colon a scan put before 第), or a Chinese date without its year (十月二十五日第340(1973)号); and the
 * Assembly's name between them (一九七三年十二月十八日大會第3189(XXVIII)號決議), which the notes do not mention.
 */
const NOT_READ = /between date and|year taken from the item before/;
const ORGAN_BETWEEN = new Set(['zh/s-res-0263-1969-hant.txt 9', 'zh/s-res-0345-1974-hant.txt 5']);
const ORGAN: Record<string, string> = { securityCouncil: 'SC', generalAssembly: 'GA' };

/**
 * The document's own symbol, as `organ number` (s-res-0396-1976 → SC 396, a-res-3390-xxx-1975 → GA
 * 3390(XXX), a-res-37-43-1982 → GA 37/43): its title, masthead and running header are not annotated.
 */
function own(file: string): string {
  const sc = /s-res-0*(\d+)-/.exec(file);
  if (sc) return `SC ${sc[1]}`;
  const ga = /a-res-(\d+)-([a-z]+|\d+)-/.exec(file)!;
  return /^\d+$/.test(ga[2]) ? `GA ${ga[1]}/${ga[2]}` : `GA ${ga[1]}(${ga[2].toUpperCase()})`;
}

/** Each item found, as `line organ number(year)` (an Assembly item by its symbol), the document's own aside. */
function itemsFound(file: string): string[] {
  const document = service.parse(readFileSync(join(official, file), 'utf8'));
  return document.citations.flatMap(citation => citation.items.map(item => ({ citation, item })))
    .map(({ citation, item }) => [document.lines.positionAt(item.numberRange.start).line + 1,
      `${ORGAN[citation.organ] ?? citation.organ} ${item.assemblySymbol?.replace('A/RES/', '') ?? item.number}`, item.year ?? ''])
    .filter(([, symbol]) => symbol !== own(file))
    .map(([line, symbol, year]) => `${line} ${symbol}(${year})`)
    .sort();
}

/** The same for the annotated rows of a file. */
function annotated(file: string, rows: { line: string; row: Record<string, string> }[]): string[] {
  return rows.map(({ line, row }) => [line, `${row.organ} ${row.number.replace(/ /g, '')}`, row.year])
    .filter(([, symbol]) => symbol !== own(file))
    .map(([line, symbol, year]) => `${line} ${symbol}(${year})`)
    .sort();
}

describe('official texts: every citation item as annotated by reading', () => {
  const files = [...new Set(citations.map(row => row.file))];

  it('finds exactly the annotated items of each text, with organ, number and year, on their line', () => {
    assert.ok(files.length >= 50);
    for (const file of files) {
      assert.deepEqual(itemsFound(file), annotated(file, citations.filter(row => row.file === file).map(row => ({ line: row.line, row }))), file);
    }
  });

  it('reads exactly the annotated adoption dates written with their item: Chinese numerals, broken lines, the year of an English list', () => {
    for (const file of new Set(dates.map(row => row.file))) {
      const document = service.parse(readFileSync(join(official, file), 'utf8'));
      const found = document.citations.flatMap(citation => citation.items.map(item => ({ citation, item })))
        .filter(({ citation, item }) => item.writtenDate && `${ORGAN[citation.organ]} ${item.number}` !== own(file))
        .map(({ item }) => {
          const { year, month, day } = item.writtenDate!.date;
          const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          return `${document.lines.positionAt(item.numberRange.start).line + 1} ${item.assemblySymbol?.replace('A/RES/', '') ?? item.number} ${date}`;
        });
      const written = dates.filter(row => row.file === file && !NOT_READ.test(row.note) && !ORGAN_BETWEEN.has(`${file} ${row.line}`)).map(row => `${row.line} ${row.number.replace(/ /g, '')} ${row.date}`);
      assert.deepEqual(found.sort(), written.sort(), file);
    }
  });

  it('finds the same items in the PDF-style copies, where lines break inside citations, page furniture between', () => {
    const key = new Map(citations.map(row => [`${row.file}\t${row.line}\t${row.number}\t${row.written}`, row]));
    const map = table('pdf-style/map.tsv');
    for (const file of new Set(map.map(row => row.pdf_file))) {
      const rows = map.filter(row => row.pdf_file === file)
        .map(row => ({ line: row.pdf_line, row: key.get(`${row.file}\t${row.line}\t${row.number}\t${row.written}`)! }));
      assert.deepEqual(itemsFound(file), annotated(file, rows), file);
    }
  });
});
