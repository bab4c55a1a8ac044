#!/usr/bin/env node
// Hover on one draft while another, under the size limit, is checked (issue 9): the server checks in
// slices and answers between them, so the wait should stay under 50 ms whatever the draft. The drafts
// are hostile ones: each makes one rule report on almost every line or character. Also the size of
// what the server publishes for each (at most unResolution.maxDiagnostics, 1000, and a notice).
//   node scripts/bench-busy.mjs [bundle]     (after node esbuild.mjs); scripts/bench.mjs prints the same rows
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { draftOf, longestStep, median, repo, startServer } from './bench-lib.mjs';

const require = createRequire(import.meta.url);

/** unit repeated after head to about `bytes` of UTF-8. */
const fill = (head, unit, bytes = 0.99e6) => head + unit.repeat(Math.floor((bytes - Buffer.byteLength(head)) / Buffer.byteLength(unit)));

/** The drafts checked, each under the 1 MB limit: what each one makes the rules report. */
export const BUSY_DRAFTS = [
  ['the draft of issue 9 (a half-width comma after every character): one systematic finding', `安全理事会，\n回顾${'决,'.repeat(120_000)}`],
  ['1 MB of half-width commas, each beside a full-width one (140,000 findings)', fill('安全理事会，\n回顾', '决,，')],
  ['1 MB of one-line operative paragraphs, all numbered 1 (420,000 findings)', fill('安全理事会，\n', '1. 甲\n')],
  ['1 MB of citations with a wrong year (40,000 errors)', fill('安全理事会，\n回顾', '第2195(2015)号决议，')],
  ['1 MB of English citations without a space (86,000 findings)', fill('The Security Council,\nRecalling ', 'resolution 2195(2015), ')],
  ['1 MB of roman sub-items (i) (110,000 items)', fill('安全理事会，\n\n1. 决定：\n(a) 甲：\n', '(i) 乙；\n')],
  ['1 MB of the official corpus', draftOf(0.98e6)],
];

/**
 * The longest blocks of the event loop a check makes, measured in this process (best of 3): the
 * longest step of the parse and of the check, which the server runs in 5 ms slices of steps.
 */
function blocks(service, text) {
  let parseMs = Infinity;
  let checkMs = Infinity;
  for (let run = 0; run < 3; run++) {
    const parse = longestStep(service.parseInSteps(text));
    parseMs = Math.min(parseMs, parse.longest);
    checkMs = Math.min(checkMs, longestStep(service.getDiagnosticsInSteps(parse.value, { maxDiagnostics: 1000 })).longest);
  }
  return { parseMs, checkMs };
}

/** Rows { what, figure, target, met, note } of hover waits while each busy draft is checked. */
export async function hoverWhileBusy(bundle = join(repo, 'dist', 'server.js')) {
  const core = require(join(repo, 'dist', 'core.js'));
  const service = core.createResolutionService();
  const rows = [];
  const server = startServer(bundle);
  try {
    await server.initialize();
    const other = 'file:///bench/other.unres';
    const otherText = '安全理事会，\n回顾第2341(2017)号决议，\n';
    const ready = server.diagnostics(other, 1);
    await server.open(other, otherText);
    await ready;
    const position = { line: 1, character: 4 };
    // Warm the server's code on the corpus first: the first checks after a start run unoptimized.
    for (let version = 1; version <= 3; version++) {
      const warm = server.diagnostics('file:///bench/warm.unres', version);
      if (version === 1) await server.open('file:///bench/warm.unres', draftOf(0.3e6));
      else await server.change('file:///bench/warm.unres', version, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
      await warm;
    }
    // The same hovers with nothing being checked: what the machine gives a round trip at all.
    const idle = [];
    for (let i = 0; i < 40; i++) {
      const sent = performance.now();
      await server.hover(other, position);
      idle.push(performance.now() - sent);
      await new Promise(resolve => setTimeout(resolve, 2));
    }
    rows.push({ what: 'hover round trip with nothing being checked (the baseline of the rows below): worst', figure: `${Math.max(...idle).toFixed(0)} ms`, note: `p50 ${median(idle).toFixed(1)} ms over ${idle.length} hovers` });
    for (const [index, [what, text]] of BUSY_DRAFTS.entries()) {
      const uri = `file:///bench/busy-${index}.unres`;
      const { parseMs, checkMs } = blocks(service, text);
      const waits = [];
      const start = performance.now();
      const published = server.diagnostics(uri, 1);
      let done;
      void published.then(result => { done = result; });
      await server.open(uri, text);
      while (!done) {
        const sent = performance.now();
        await server.hover(other, position);
        waits.push(performance.now() - sent);
        await new Promise(resolve => setTimeout(resolve, 2));
      }
      const checkedMs = done.at - start;
      const { diagnostics } = done.params;
      const worst = Math.max(...waits);
      rows.push({
        what: `hover on another draft while the server checks ${what}: worst wait`,
        figure: `${worst.toFixed(0)} ms`, target: '≤ 50 ms', met: worst <= 50,
        note: `p50 ${median(waits).toFixed(1)} ms over ${waits.length} hovers; checked in ${(checkedMs / 1000).toFixed(1)} s; `
          + `in the core: longest step of the parse ${parseMs.toFixed(0)} ms, of the check ${checkMs.toFixed(0)} ms; `
          + `published ${diagnostics.length} diagnostics, ${(JSON.stringify(done.params).length / 1000).toFixed(0)} KB`,
      });
      await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
  } finally {
    await server.stop();
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const { what, figure, target = '', met, note = '' } of await hoverWhileBusy(process.argv[2])) {
    console.log(`${what}\n    ${figure}  ${target} ${met === undefined ? '' : met ? 'met' : 'NOT met'}  ${note}`);
  }
}
