#!/usr/bin/env node
// The peer of the benchmarks: zhlint (npm), a linter of Chinese text (spacing and punctuation
// between Chinese and Latin text, full- and half-width marks), on the same draft as ours. Run in a
// process of its own by bench.mjs, so that its memory and time do not disturb the other figures.
//   node scripts/bench-peer.mjs BYTES   → prints {"ms": ..., "findings": ..., "mb": ...}
import { performance } from 'node:perf_hooks';
import { run } from 'zhlint';
import { draftOf, mb } from './bench-lib.mjs';

const text = draftOf(Number(process.argv[2] ?? 1e6));
const quiet = { log() {}, warn() {}, error() {} };
const start = performance.now();
const result = run(text, { rules: { preset: 'default' }, logger: quiet });
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, findings: result.validations.length, mb: mb(text) }));
