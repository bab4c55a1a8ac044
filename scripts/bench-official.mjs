// Benchmarks on the official corpus (test/fixtures/official): the hover recall of its annotated
// citations, and resolint run cold (a process of its own) on 1, 10 and 40 MB of official text (issue 10).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { repo } from './bench-lib.mjs';

const official = join(repo, 'test', 'fixtures', 'official');

function table(name) {
  const [head, ...lines] = readFileSync(join(official, name), 'utf8').trimEnd().split('\n');
  const columns = head.split('\t');
  return lines.map(line => Object.fromEntries(line.split('\t').map((cell, i) => [columns[i], cell])));
}

/** Annotated items a hover at their number names, by group of files. */
function recall(service) {
  const groups = new Map();
  const documents = new Map();
  const count = (group, file, line, symbol) => {
    const entry = groups.get(group) ?? { items: 0, hovered: 0 };
    groups.set(group, entry);
    entry.items++;
    let document = documents.get(file);
    if (!document) documents.set(file, document = service.parse(readFileSync(join(official, file), 'utf8')));
    const hovered = document.citations.flatMap(c => c.items)
      .filter(item => document.lines.positionAt(item.numberRange.start).line === line - 1)
      .some(item => service.doHover(document, document.lines.positionAt(item.numberRange.start))?.contents.value.includes(`**${symbol}`));
    if (hovered) entry.hovered++;
  };
  const citations = table('citations.tsv').filter(row => row.organ !== 'other');
  const symbolOf = row => (row.organ === 'SC' ? `S/RES/${row.number}` : `A/RES/${row.number.replace(/ /g, '')}`);
  for (const row of citations) count(`${row.file.slice(0, 2)} texts as stored`, row.file, Number(row.line), symbolOf(row));
  const byKey = new Map(citations.map(row => [`${row.file}\t${row.line}\t${row.number}\t${row.written}`, row]));
  for (const row of table('pdf-style/map.tsv')) {
    const source = byKey.get(`${row.file}\t${row.line}\t${row.number}\t${row.written}`);
    if (source) count(`${row.file.slice(0, 2)} PDF-style copies`, row.pdf_file, Number(row.pdf_line), symbolOf(source));
  }
  return [...groups].map(([group, { items, hovered }]) => ({
    what: `hover recall, official citations: ${group}`, figure: `${hovered}/${items} (${(100 * hovered / items).toFixed(1)}%)`,
    target: '100%', met: hovered === items,
  }));
}

/** Every official text of the corpus, and the two stored documents, joined: the official text the speed is measured on. */
function officialText(bytes) {
  const files = ['zh', 'en'].flatMap(language => readdirSync(join(official, language)).map(name => join(official, language, name)));
  files.push(join(repo, 'test', 'fixtures', 'corpus-003.txt'), join(repo, 'test', 'fixtures', 'corpus-004.txt'));
  const unit = files.map(file => readFileSync(file, 'utf8')).join('\n\n');
  return Array.from({ length: Math.max(1, Math.round(bytes / Buffer.byteLength(unit))) }, () => unit).join('\n\n');
}

/** resolint started cold on one file of official text, per size: the best of a few runs. */
function coldRuns(cliPath) {
  const folder = mkdtempSync(join(tmpdir(), 'resolint-official-'));
  const rows = [];
  try {
    const perMb = {};
    for (const size of [1e6, 10e6, 40e6]) {
      const file = join(folder, `official-${size / 1e6}MB.txt`);
      const text = officialText(size);
      writeFileSync(file, text);
      const megabytes = Buffer.byteLength(text) / 1e6;
      let fastest = Infinity;
      for (let i = 0; i < (size > 20e6 ? 2 : 3); i++) {
        const start = performance.now();
        const run = spawnSync(process.execPath, ['--max-old-space-size=8192', cliPath, '--exit-zero', file], { stdio: 'ignore', timeout: 600_000 });
        if (run.status !== 0) throw new Error(`resolint on ${megabytes.toFixed(0)} MB exited ${run.status ?? run.signal}`);
        fastest = Math.min(fastest, performance.now() - start);
      }
      perMb[size] = fastest / megabytes;
      const speed = megabytes / (fastest / 1000);
      rows.push({
        what: `resolint cold, ${megabytes.toFixed(0)} MB of official text`, figure: `${speed.toFixed(1)} MB/s`,
        target: size >= 10e6 ? '≥ 30 MB/s' : '', met: size >= 10e6 ? speed >= 30 : undefined, note: `${(fastest / 1000).toFixed(2)} s, process start included`,
      });
    }
    const ratio = perMb[40e6] / perMb[10e6];
    rows.push({ what: '  … time per MB, 40 MB to 10 MB', figure: `${ratio.toFixed(2)}×`, target: '≤ 1.3×', met: ratio <= 1.3 });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return rows;
}

export function officialRows(service, cliPath) {
  return [...recall(service), ...coldRuns(cliPath)];
}
