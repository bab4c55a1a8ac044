#!/usr/bin/env node
// resolint on many drafts, from the command line as CI runs it: 1,000 drafts of about 30 KB made at
// bench time from the official texts of test/fixtures (each a different stretch of them), in a
// temporary folder; three runs with resolint's default threads (their median), then a second run with --cache.
//   node scripts/bench-cli.mjs [CLI_BUNDLE]   (default dist/cli.js); scripts/bench.mjs prints the same rows
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { corpus, repo } from './bench-lib.mjs';

const DRAFTS = 1000;
const DRAFT_BYTES = 30e3;

/** Draft i: the corpus from a point of its own, to about 30 KB. */
function draft(i) {
  const text = corpus + '\n' + corpus;
  const start = (i * 7919) % corpus.length;
  let slice = text.slice(start, start + 11000);
  while (Buffer.byteLength(slice) < DRAFT_BYTES) slice += text.slice(0, 500);
  return slice;
}

function timed(cli, args, cwd) {
  const start = performance.now();
  const run = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (run.status !== 0 && run.status !== 1) throw new Error(`resolint exited ${run.status}:\n${run.stderr}`);
  return { ms, findings: run.stdout.split('\n').filter(line => /^\S+:\d+:\d+ /.test(line)).length };
}

export function cliRows(cli = join(repo, 'dist', 'cli.js')) {
  const folder = mkdtempSync(join(tmpdir(), 'resolint-bench-cli-'));
  try {
    let bytes = 0;
    for (let i = 0; i < DRAFTS; i++) {
      const text = draft(i);
      bytes += Buffer.byteLength(text);
      mkdirSync(join(folder, `group-${i % 20}`), { recursive: true });
      writeFileSync(join(folder, `group-${i % 20}`, `draft-${String(i).padStart(4, '0')}.unres`), text);
    }
    const label = `resolint, ${DRAFTS.toLocaleString('en')} drafts of ${(bytes / DRAFTS / 1000).toFixed(0)} KB (${(bytes / 1e6).toFixed(0)} MB)`;
    const cores = availableParallelism();
    // The median of three runs: on a shared host one run moves by a quarter from one minute to the next.
    const runs = [0, 1, 2].map(() => timed(cli, ['.'], folder));
    const plain = runs.toSorted((a, b) => a.ms - b.ms)[1];
    const cacheArgs = ['--cache', '--cache-location', join(folder, '.resolintcache'), '.'];
    const filling = timed(cli, cacheArgs, folder);
    const cached = timed(cli, cacheArgs, folder);
    if (runs.some(r => r.findings !== plain.findings)) throw new Error('two runs report different findings');
    if (cached.findings !== plain.findings || filling.findings !== plain.findings) throw new Error('the cached run reports other findings');
    return [
      {
        what: `${label}, ${cores} cores (its default threads)`, figure: `${(plain.ms / 1000).toFixed(2)} s`, target: '≤ 3 s', met: plain.ms <= 3000,
        note: `median of ${runs.map(r => (r.ms / 1000).toFixed(2)).join(', ')} s; ${plain.findings.toLocaleString('en')} findings; ${(bytes / 1e6 / (plain.ms / 1000)).toFixed(0)} MB/s`,
      },
      { what: '  … second run with --cache (nothing changed)', figure: `${(cached.ms / 1000).toFixed(2)} s`, target: '', met: undefined, note: `the run that fills the cache: ${(filling.ms / 1000).toFixed(2)} s` },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of cliRows(process.argv[2])) console.log(`${r.what}: ${r.figure}${r.target ? ` (target ${r.target})` : ''}${r.note ? ` — ${r.note}` : ''}`);
}
