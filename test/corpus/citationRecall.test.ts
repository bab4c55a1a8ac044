// Every citation item of the official corpus, annotated by reading (test/fixtures/official/citations.tsv),
// hovers at its number, in the text as stored and in its script-made PDF-style copy; and the only year
// or date findings on these adopted texts are the real errors the annotations name.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hover } from 'vscode-languageserver-types';
import { officialTable, service } from '../helpers';

const official = join(__dirname, '..', 'fixtures', 'official');

const citations = officialTable('citations.tsv').filter(row => row.organ !== 'other');
const parsed = new Map<string, ReturnType<typeof service.parse>>();
const parse = (file: string) => {
  let document = parsed.get(file);
  if (!document) parsed.set(file, document = service.parse(readFileSync(join(official, file), 'utf8')));
  return document;
};

/** What the hover says at the first character of each citation item on a line whose number is `number`. */
function hoversOnLine(file: string, line: number): string[] {
  const document = parse(file);
  return document.citations.flatMap(citation => citation.items)
    .filter(item => document.lines.positionAt(item.numberRange.start).line === line - 1)
    .map(item => service.doHover(document, document.lines.positionAt(item.numberRange.start)))
    .map(hover => ((hover as Hover | null)?.contents as { value: string } | undefined)?.value ?? '');
}

/** The symbol the hover names for an annotated row: S/RES/946 or A/RES/2625(XXV). */
function symbolOf(row: Record<string, string>): string {
  return row.organ === 'SC' ? `S/RES/${row.number}` : `A/RES/${row.number.replace(/ /g, '')}`;
}

function missing(rows: { file: string; line: string; symbol: string }[]): string[] {
  return rows.filter(row => !hoversOnLine(row.file, Number(row.line)).some(hover => hover.includes(`**${row.symbol}`)))
    .map(row => `${row.file}:${row.line} ${row.symbol}`);
}

describe('official corpus: citations', () => {
  it('hovers over every annotated citation item of the texts as stored', () => {
    assert.ok(citations.length > 500);
    assert.deepEqual(missing(citations.map(row => ({ file: row.file, line: row.line, symbol: symbolOf(row) }))), []);
  });

  it('hovers over every annotated item in the PDF-style copies, where lines break inside citations', () => {
    const byKey = new Map(citations.map(row => [`${row.file}\t${row.line}\t${row.number}\t${row.written}`, row]));
    const rows = officialTable('pdf-style/map.tsv').map(row => {
      const source = byKey.get(`${row.file}\t${row.line}\t${row.number}\t${row.written}`);
      return source && { file: row.pdf_file, line: row.pdf_line, symbol: symbolOf(source) };
    }).filter(row => row !== undefined);
    assert.ok(rows.length > 150);
    assert.deepEqual(missing(rows), []);
  });

  it('reports a wrong year exactly where the annotations found one, and a wrong date exactly where one is written', () => {
    const files = [...new Set(citations.map(row => row.file))];
    const yearFindings = files.flatMap(file => findings(file, 'citation-year-mismatch'));
    const wrongYears = citations.filter(row => row.note === 'wrong-year').map(row => `${row.file}:${row.line} ${row.number}`);
    assert.deepEqual(yearFindings, wrongYears);
    // An Assembly date that its voting record contradicts is information, not an error (3103 (XXVIII) in A/RES/37/43).
    const dateFindings = files.flatMap(file => findings(file, 'citation-date-mismatch', 1));
    const wrongDates = officialTable('dates.tsv').filter(row => row.correct === 'no').map(row => `${row.file}:${row.line} ${row.number}`);
    assert.deepEqual(dateFindings.sort(), wrongDates.sort());
  });
});

/** `file:line number` of each finding of a rule, the number being the item's at the finding. */
function findings(file: string, rule: string, severity?: number): string[] {
  const document = parse(file);
  const diagnostics = service.getDiagnostics(document) ?? [];
  return diagnostics.filter(d => d.code === rule && (severity === undefined || d.severity === severity)).map(d => {
    const offset = document.lines.offsetAt(d.range.start);
    const item = document.citations.flatMap(c => c.items).find(i => i.range.start <= offset && offset <= i.range.end
      || i.writtenDate !== undefined && i.writtenDate.range.start <= offset && offset <= i.writtenDate.range.end)!;
    return `${file}:${d.range.start.line + 1} ${item.number}`;
  });
}
