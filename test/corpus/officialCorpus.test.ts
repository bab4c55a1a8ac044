// The annotations of the official corpus (test/fixtures/official/) agree with its texts and with the
// Security Council record, and the script-made PDF-style copies are what the script makes today.
// They are the answer key of the recall tests, so a wrong row here would make those tests lie.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UNSC_RECORD_ROWS } from '../../server/src/core/data/unscRecord.generated';

const official = join(__dirname, '..', 'fixtures', 'official');

function table(name: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(join(official, name), 'utf8').trimEnd().split('\n');
  const columns = head.split('\t');
  return rows.map(row => {
    const cells = row.split('\t');
    return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
  });
}

const lines = (file: string) => readFileSync(join(official, file), 'utf8').split('\n');
const adopted = new Map(UNSC_RECORD_ROWS.map(([number, date]) => [String(number), date]));
const citations = table('citations.tsv');

describe('official corpus annotations', () => {
  it('has the columns the tests read and rows in both languages', () => {
    assert.deepEqual(Object.keys(citations[0]), ['file', 'line', 'organ', 'number', 'year', 'written', 'note']);
    assert.ok(citations.filter(row => row.file.startsWith('zh/')).length > 200);
    assert.ok(citations.filter(row => row.file.startsWith('en/')).length > 200);
  });

  it('finds every written citation item on its line (⏎ marks a line break inside the item)', () => {
    const used = new Map<string, number>();
    for (const row of citations) {
      const text = lines(row.file);
      const [first, rest] = row.written.split('⏎');
      const line = text[Number(row.line) - 1];
      const key = `${row.file}:${row.line}:${row.written}`;
      used.set(key, (used.get(key) ?? 0) + 1);
      const occurrences = rest === undefined
        ? line.split(first).length - 1
        : Number(line.endsWith(first) && text[Number(row.line)].startsWith(rest));
      assert.ok(used.get(key)! <= occurrences, `${key} is not written there (or not that often)`);
      assert.ok(['SC', 'GA', 'other'].includes(row.organ), `${key}: organ ${row.organ}`);
    }
  });

  it('marks wrong-year exactly where a Security Council item gives a year other than its adoption year', () => {
    for (const row of citations.filter(r => r.organ === 'SC')) {
      const date = adopted.get(row.number);
      assert.ok(date, `${row.file}:${row.line}: ${row.number} is not in the record`);
      const wrong = row.year !== '' && date.slice(0, 4) !== row.year;
      assert.equal(row.note === 'wrong-year', wrong, `${row.file}:${row.line} ${row.written}`);
    }
  });

  it('ties every written date to a citation row and checks Security Council dates against the record', () => {
    for (const row of table('dates.tsv')) {
      assert.ok(citations.some(c => c.file === row.file && c.line === row.line && c.number === row.number), `${row.file}:${row.line} ${row.number} has no citation row`);
      assert.match(row.date, /^\d{4}-\d{2}-\d{2}$/);
      if (/^\d+$/.test(row.number)) assert.equal(row.correct, adopted.get(row.number) === row.date ? 'yes' : 'no', `${row.file}:${row.line} ${row.number}`);
      else assert.ok(['yes', 'no', 'unverified'].includes(row.correct));
    }
  });

  it('counts paragraphs only of files that exist, with the first operative paragraph on a written line', () => {
    for (const row of table('paragraphs.tsv')) {
      const line = lines(row.file)[Number(row.first_operative_line) - 1];
      assert.ok(line?.trim(), `${row.file}: line ${row.first_operative_line} is empty`);
      assert.ok(Number(row.operative) >= 1, `${row.file}: no operative paragraph`);
    }
  });
});

describe('official corpus, PDF-style copies', () => {
  it('are what scripts/make-pdf-style.mjs makes, and map.tsv points at the line of each number', () => {
    const out = mkdtempSync(join(tmpdir(), 'pdf-style-'));
    try {
      execFileSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'make-pdf-style.mjs'), '--out', out]);
      const map = readFileSync(join(out, 'map.tsv'), 'utf8');
      assert.equal(map, readFileSync(join(official, 'pdf-style', 'map.tsv'), 'utf8'), 'map.tsv is stale: rerun the script');
      const rows = table('pdf-style/map.tsv');
      for (const file of new Set(rows.map(row => row.pdf_file))) {
        assert.ok(existsSync(join(official, file)), file);
        assert.equal(readFileSync(join(out, file.replace(/^pdf-style\//, '')), 'utf8'), readFileSync(join(official, file), 'utf8'), `${file} is stale`);
      }
      for (const row of rows) {
        const number = row.written.split(/[ (⏎]/)[0];
        assert.ok(lines(row.pdf_file)[Number(row.pdf_line) - 1].includes(number), `${row.pdf_file}:${row.pdf_line} lacks ${number}`);
      }
      assert.equal(rows.length, citations.filter(c => rows.some(r => r.file === c.file)).length, 'every citation of a made file is mapped');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
