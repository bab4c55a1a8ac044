#!/usr/bin/env node
// The glossary's figures: term matching on the same 1 MB draft with a glossary of 100 entries and one
// of 10,000, which must cost at most 2× as much (issue #3); loading a workspace glossary of 50,000
// entries in under a second (issue #9). The 10,000 entries are the
// built-in ones plus synthetic ones made here for the benchmark only (never shipped): names spliced
// from real Chinese names, so that they share prefixes with the text as real names do.
//   node scripts/bench-glossary.mjs      (after node esbuild.mjs); scripts/bench.mjs prints the same rows
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { best, draftOf, mb, repo } from './bench-lib.mjs';

const require = createRequire(import.meta.url);

/** A deterministic pseudo-random sequence, so every run measures the same glossary. */
function randomFrom(seed) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function syntheticEntries(realEntries, count) {
  const random = randomFrom(42);
  const pick = list => list[Math.floor(random() * list.length)];
  const names = realEntries.flatMap(e => e.zhFull);
  return Array.from({ length: count }, (_, i) => {
    const a = pick(names);
    const b = pick(names);
    const zh = a.slice(0, 1 + Math.floor((random() * a.length) / 2)) + b.slice(Math.floor((random() * b.length) / 2)) + i.toString(36);
    const acronym = `X${Array.from({ length: 3 }, () => String.fromCharCode(65 + Math.floor(random() * 26))).join('')}${i}`;
    return { zhFull: [zh], zhShort: [zh.slice(0, 2) + zh.slice(-2)], enFull: [`Synthetic Entity ${i}`], enShort: [acronym], source: ['benchmark'], evidence: [''], origin: 'builtin' };
  });
}

/** Rows { what, figure, target, met, note } of the glossary scaling benchmark, as scripts/bench.mjs prints them. */
export function glossaryScaling(core = require(join(repo, 'dist', 'core.js'))) {
  const text = draftOf(1e6);
  // The term readers read the normalized view of a text, built once per version.
  const view = core.createView(text);
  const real = core.builtinGlossary().entries;
  // The 100 entries hold every entity the draft names, so both glossaries find the same names and
  // the comparison measures the glossary's size alone.
  const named = new Set(core.findTerms(view, core.builtinGlossary()).byEntry.keys());
  const small = core.createGlossary([...real.filter(e => named.has(e)), ...real.filter(e => !named.has(e))].slice(0, 100));
  const largeEntries = [...real, ...syntheticEntries(real, 10000 - real.length)];
  const compileStart = performance.now();
  const large = core.createGlossary(largeEntries);
  const compileMs = performance.now() - compileStart;
  // Alternated, so that neither glossary is measured while the code is still warming up.
  let smallMs = Infinity;
  let largeMs = Infinity;
  for (let i = 0; i < 15; i++) {
    smallMs = Math.min(smallMs, best(1, () => core.findTerms(view, small)));
    largeMs = Math.min(largeMs, best(1, () => core.findTerms(view, large)));
  }
  const ratio = largeMs / smallMs;
  return [
    { what: `term matching, ${mb(text).toFixed(1)} MB zh draft, 100-entry glossary`, figure: `${smallMs.toFixed(1)} ms`, note: `${(mb(text) / (smallMs / 1000)).toFixed(0)} MB/s` },
    { what: '  … the same with a 10,000-entry glossary', figure: `${ratio.toFixed(2)}×`, target: '≤ 2×', met: ratio <= 2, note: `${largeMs.toFixed(1)} ms` },
    { what: 'build a 10,000-entry glossary and its matcher (once per workspace glossary)', figure: `${compileMs.toFixed(0)} ms`, note: `${large.patternCount} names` },
  ];
}

/**
 * The text of a workspace glossary file of `count` synthetic entries: every tenth names a built-in
 * entity again by its acronym (the merge replaces it), every seventh shares its short form 专家小组
 * with the others, as panels of experts do.
 */
export function workspaceGlossaryText(realEntries, count) {
  const acronyms = realEntries.flatMap(e => e.enShort.filter(s => /^[A-Z]{2,}$/.test(s)));
  const terms = syntheticEntries(realEntries, count).map((entry, i) => ({
    zhFull: entry.zhFull,
    zhShort: i % 7 === 0 ? ['专家小组'] : entry.zhShort,
    enFull: entry.enFull,
    enShort: i % 10 === 0 ? [acronyms[i % acronyms.length]] : entry.enShort,
    source: [`benchmark entry ${i}`],
  }));
  return `{"terms": [\n${terms.map(term => JSON.stringify(term)).join(",\n")}\n]}\n`;
}

/** Rows of loading a 50,000-entry workspace glossary: read (JSON and fields), merged and compiled. */
export function workspaceGlossaryLoad(core = require(join(repo, 'dist', 'core.js')), count = 50_000) {
  // The file's bytes, decoded in the measured time as the server decodes the file it reads.
  const bytes = Buffer.from(workspaceGlossaryText(core.builtinGlossary().entries, count));
  const start = performance.now();
  const file = core.parseGlossaryFile(bytes.toString('utf8'), '.resolution-terms.json');
  const parsed = performance.now();
  const glossary = core.mergeGlossary(core.builtinGlossary(), file.entries);
  const compiled = performance.now();
  if (file.problems.length > 0 || file.entries.length !== count) throw new Error(`the benchmark glossary has problems: ${JSON.stringify(file.problems.slice(0, 3))}`);
  const total = compiled - start;
  return [{
    what: `load a ${count.toLocaleString('en')}-entry workspace glossary (${(bytes.length / 1e6).toFixed(1)} MB)`,
    figure: `${total.toFixed(0)} ms`, target: '< 1 s', met: total < 1000,
    note: `read ${(parsed - start).toFixed(0)} ms, merged and compiled ${(compiled - parsed).toFixed(0)} ms; ${glossary.entries.length} entries`,
  }];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const { what, figure, target = '', met, note = '' } of [...glossaryScaling(), ...workspaceGlossaryLoad()]) {
    console.log(`${what.padEnd(64)} ${figure.padStart(9)}  ${target} ${met === undefined ? '' : met ? 'met' : 'NOT met'}  ${note}`);
  }
}
