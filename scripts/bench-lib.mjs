// Helpers of the benchmarks (scripts/bench.mjs): drafts, timing, a JSON-RPC client of the built
// server over stdio, the server's memory, and the table.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

export const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const rpc = require('vscode-jsonrpc/node');

/** The official Chinese corpus documents of test/fixtures, joined. */
export const corpus = ['corpus-003.txt', 'corpus-004.txt'].map(f => readFileSync(join(repo, 'test', 'fixtures', f), 'utf8')).join('\n');

/** The corpus repeated to about `bytes` of UTF-8. */
export function draftOf(bytes) {
  const copies = Math.max(1, Math.round(bytes / Buffer.byteLength(corpus)));
  return Array.from({ length: copies }, () => corpus).join('\n');
}

export const mb = text => Buffer.byteLength(text) / 1e6;

/** The fastest of `runs` runs of fn, in ms. */
export function best(runs, fn) {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

export function percentile(times, p) {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

export const median = times => percentile(times, 0.5);

/** Resident memory of a process, in MB. */
export function rssMb(pid) {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
}

/**
 * `node <bundle> --stdio` with a JSON-RPC connection; `started` is the time of the spawn.
 * Diagnostics are waited for by (uri, version).
 */
/** The Node.js options the extension starts the server with (server/src/launch.ts; a test keeps the two the same). */
export const SERVER_NODE_OPTIONS = ['--max-semi-space-size=2'];

export function startServer(bundle = join(repo, 'dist', 'server.js')) {
  const started = performance.now();
  const child = spawn(process.execPath, [...SERVER_NODE_OPTIONS, bundle, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const waiters = [];
  connection.onNotification('textDocument/publishDiagnostics', params => {
    const at = performance.now();
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i];
      if (w.uri === params.uri && (w.version === undefined || w.version === params.version)) {
        waiters.splice(i, 1);
        w.resolve({ params, at });
      }
    }
  });
  connection.onRequest('workspace/configuration', ({ items }) => items.map(() => null));
  connection.listen();
  return {
    started,
    pid: child.pid,
    connection,
    async initialize() {
      await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      await connection.sendNotification('initialized', {});
    },
    diagnostics(uri, version) {
      return new Promise(resolve => waiters.push({ uri, version, resolve }));
    },
    open(uri, text, version = 1) {
      return connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'un-resolution', version, text } });
    },
    change(uri, version, contentChanges) {
      return connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    },
    hover(uri, position) {
      return connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
    },
    async stop() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise(resolve => setTimeout(resolve, 2000))]);
        await connection.sendNotification('exit');
      } catch { /* gone already */ }
      setTimeout(() => child.kill('SIGKILL'), 500).unref();
      connection.dispose();
    },
  };
}

/** LSP position of an offset in a text whose lines end with \n. */
export function positionAt(text, offset) {
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return { line, character: offset - (text.lastIndexOf('\n', offset - 1) + 1) };
}

/** Prints rows [what, figure, target, met, note] as a Markdown table (paste it into the README). */
export function printTable(title, rows) {
  const header = ['what', 'figure', 'target', 'met', 'note'];
  const all = [header, ...rows.map(r => r.map(cell => String(cell ?? '')))];
  const widths = header.map((_, i) => Math.max(...all.map(r => r[i].length)));
  const line = r => `| ${r.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  console.log(title);
  console.log(line(all[0]));
  console.log(`|${widths.map(w => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of all.slice(1)) console.log(line(r));
}

/** The longest step of a generator of steps (the core's parseInSteps, getDiagnosticsInSteps) run to its end, in ms, and its value. */
export function longestStep(steps) {
  let longest = 0;
  for (;;) {
    const start = performance.now();
    const step = steps.next();
    longest = Math.max(longest, performance.now() - start);
    if (step.done) return { longest, value: step.value };
  }
}
