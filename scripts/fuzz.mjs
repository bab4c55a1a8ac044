#!/usr/bin/env node
// The long run of the property tests, for local use: `npm run fuzz` (100,000 cases of the core
// property with fresh seeds, then windowed hover and incremental sync over LSP).
//   node scripts/fuzz.mjs [--runs N] [--seed N] [--incremental N]
// Runs in chunks of 10,000 cases, each with its own seed, printing progress; on a failure prints the
// seed, the path and the shrunk counterexample (replay: --seed S --runs 10000) and exits 1.
// `npm test` runs the same properties bounded, with a fixed seed (test/property/*.property.test.ts).
import { register } from 'tsx/cjs/api';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

register();
const require = createRequire(import.meta.url);
const fc = require('fast-check');
const { coreProperty, service } = require('../test/property/properties.ts');
const { draft } = require('../test/property/drafts.ts');
const { PositionOracle } = require('../test/property/exercise.ts');

const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = option('--runs', 100_000);
const baseSeed = option('--seed', Date.now() % 2 ** 31);
const incrementalRuns = option('--incremental', 300);
const CHUNK = 10_000;

function check(name, property, numRuns, seed) {
  const result = fc.check(property, { numRuns, seed });
  if (result.failed) {
    console.error(`\n${name}: FAILED with seed ${seed}, path ${result.counterexamplePath}`);
    console.error(fc.defaultReportMessage(result));
    console.error(result.errorInstance);
    process.exit(1);
  }
}

async function checkAsync(name, property, numRuns, seed) {
  const result = await fc.check(property, { numRuns, seed });
  if (result.failed) {
    console.error(`\n${name}: FAILED with seed ${seed}, path ${result.counterexamplePath}`);
    console.error(fc.defaultReportMessage(result));
    console.error(result.errorInstance);
    process.exit(1);
  }
}

const started = performance.now();
console.log(`fuzz: ${runs} cases of the core property from seed ${baseSeed}`);
for (let done = 0, chunk = 0; done < runs; done += CHUNK, chunk++) {
  const n = Math.min(CHUNK, runs - done);
  check('core', coreProperty, n, baseSeed + chunk);
  console.log(`  ${done + n} cases, ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

// Windowed hover: never throws, ranges valid (equality with the whole file is in npm test).
const { WindowedHover } = require('../server/src/window.ts');
const { TextDocument } = require('vscode-languageserver-textdocument');
const windowRuns = Math.max(1000, Math.floor(runs / 10));
check('windowed hover', fc.property(draft, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }), (text, cursors) => {
  const document = TextDocument.create('file:///fuzz.unres', 'un-resolution', 1, text);
  const oracle = new PositionOracle(text);
  const windowed = new WindowedHover(service, 200);
  for (const at of cursors) {
    const hover = windowed.doHover(document.uri, document, oracle.positionAt(oracle.boundary(Math.floor(at * (text.length + 1)))));
    if (hover?.range) oracle.checkRange(hover.range, 'windowed hover');
  }
}), windowRuns, baseSeed);
console.log(`fuzz: windowed hover, ${windowRuns} cases`);

// Incremental sync over a real LSP connection: the mocha suite's property, with more runs.
if (incrementalRuns > 0) {
  const mochaBin = join(dirname(require.resolve('mocha/package.json')), 'bin', 'mocha.js');
  const run = spawnSync(process.execPath, [mochaBin, '--no-config', '--import=tsx', '--reporter', 'dot', 'test/property/incremental.property.test.ts'], {
    cwd: join(dirname(fileURLToPath(import.meta.url)), '..'),
    env: { ...process.env, FUZZ_INCREMENTAL_RUNS: String(incrementalRuns), FUZZ_SEED: String(baseSeed) },
    stdio: 'inherit',
  });
  if (run.status !== 0) process.exit(1);
  console.log(`fuzz: incremental sync, ${incrementalRuns} edit sequences`);
}
console.log(`fuzz: all properties held, ${((performance.now() - started) / 1000).toFixed(0)} s`);
process.exit(0);
