#!/usr/bin/env node
// Benchmarks: prints figures, never fails on a slow machine. Run with `npm run bench` (builds first).
// Drafts are built by repeating the official corpus documents of test/fixtures to ~1 MB and ~10 MB.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const loadStart = performance.now();
const { createResolutionService } = require(join(repo, 'dist', 'core.js'));
const service = createResolutionService();
service.record.get(1);
const loadMs = performance.now() - loadStart;

const corpus = ['corpus-003.txt', 'corpus-004.txt'].map(f => readFileSync(join(repo, 'test', 'fixtures', f), 'utf8')).join('\n');
const draftOf = bytes => {
  const copies = Math.ceil(bytes / Buffer.byteLength(corpus));
  return Array.from({ length: copies }, () => corpus).join('\n');
};
const mb = text => Buffer.byteLength(text) / 1e6;

function best(runs, fn) {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

const rows = [];
for (const size of [1e6, 10e6]) {
  const text = draftOf(size);
  const ms = best(size > 5e6 ? 3 : 10, () => service.getDiagnostics(service.parse(text)));
  // The practical limit: one pass of one regular expression over the same text.
  const scanMs = best(size > 5e6 ? 3 : 10, () => { let n = 0; for (const _ of text.matchAll(/第\s*\d+|resolutions?\s+\d+/g)) n++; return n; });
  rows.push([`full diagnostics, ${mb(text).toFixed(1)} MB zh draft`, `${(mb(text) / (ms / 1000)).toFixed(0)} MB/s`, `${ms.toFixed(1)} ms; ${(ms / scanMs).toFixed(1)}× a bare regex scan`]);
}

const text = draftOf(1e6);
const document = service.parse(text);
const offsets = document.citations.flatMap(c => c.items.map(i => i.range.start + 1));
const times = [];
for (let i = 0; i < 20000; i++) {
  const position = document.lines.positionAt(offsets[(i * 7919) % offsets.length]);
  const start = performance.now();
  service.doHover(document, position);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const pct = p => times[Math.min(times.length - 1, Math.floor(times.length * p))];
rows.push(['hover in the core, 1 MB draft', `p50 ${(pct(0.5) * 1000).toFixed(1)} µs`, `p99 ${(pct(0.99) * 1000).toFixed(1)} µs`]);
rows.push(['load core and record (first require)', `${loadMs.toFixed(1)} ms`, '']);

// Server start to first diagnostics, over stdio, with the built bundle.
const startup = await new Promise((resolve, reject) => {
  const start = performance.now();
  const child = spawn(process.execPath, [join(repo, 'dist', 'server.js'), '--stdio']);
  let buffer = Buffer.alloc(0);
  const send = message => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  child.stdout.on('data', chunk => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const header = buffer.indexOf('\r\n\r\n');
      if (header < 0) return;
      const length = Number(/Content-Length: (\d+)/.exec(buffer.subarray(0, header).toString())[1]);
      if (buffer.length < header + 4 + length) return;
      const message = JSON.parse(buffer.subarray(header + 4, header + 4 + length).toString());
      buffer = buffer.subarray(header + 4 + length);
      if (message.id === 1) {
        send({ method: 'initialized', params: {} });
        send({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///bench.unres', languageId: 'un-resolution', version: 1, text: '回顾第2195(2015)号决议，' } } });
      } else if (message.method === 'textDocument/publishDiagnostics') {
        const ms = performance.now() - start;
        const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
        child.kill();
        resolve({ ms, rss });
      }
    }
  });
  child.on('error', reject);
  send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
});
rows.push(['server start to first diagnostics (stdio)', `${startup.ms.toFixed(0)} ms`, 'includes 50 ms debounce']);
rows.push(['server RSS after first diagnostics', `${startup.rss.toFixed(0)} MB`, '']);

const width = Math.max(...rows.map(r => r[0].length));
console.log(`resolint benchmarks — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'})`);
for (const [name, figure, note] of rows) console.log(`${name.padEnd(width)}  ${figure.padStart(12)}  ${note}`);
