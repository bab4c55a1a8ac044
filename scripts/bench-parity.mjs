#!/usr/bin/env node
// The parity figures: comparing the Chinese and English texts of a draft (what the editor does at each
// edit of either, and resolint --parity) as drafts grow, from the pair of test/fixtures/parity made
// longer: its paragraphs repeated, each copy with figures and dates of its own so that no two are alike.
// The aligner compares every pair of paragraphs of a section, so the cost grows with their product.
//   node scripts/bench-parity.mjs      (after node esbuild.mjs); scripts/bench.mjs prints the same rows
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { best, repo } from './bench-lib.mjs';

const require = createRequire(import.meta.url);

/** The pair's text with its paragraphs copied `copies` times, each copy's figures and years its own. */
function longer(language, copies) {
  const [title, ...rest] = readFileSync(join(repo, 'test', 'fixtures', 'parity', `agreed.${language}.unres`), 'utf8').trimEnd().split('\n\n');
  const operative = rest.findIndex(p => /^1\. /.test(p));
  const preamble = rest.slice(0, operative);
  const body = rest.slice(operative);
  const varied = (paragraph, copy) => paragraph.replace(/12(?=个月| months)/, String(12 + copy)).replace(/2019/g, String(2019 + (copy % 50)));
  const pps = Array.from({ length: copies }, (_, copy) => preamble.map(p => varied(p, copy))).flat();
  let number = 0;
  const ops = Array.from({ length: copies }, (_, copy) => body.map(p => (/^\d+\. /.test(p) ? p.replace(/^\d+/, String(++number)) : p)).map(p => varied(p, copy))).flat();
  return [title, ...pps, ...ops].join('\n\n') + '\n';
}

export function parityRows() {
  const { createResolutionService } = require(join(repo, 'dist', 'core.js'));
  const service = createResolutionService();
  return [10, 40].map(copies => {
    const zh = service.parse(longer('zh', copies));
    const en = service.parse(longer('en', copies));
    const paragraphs = zh.structure.preamble.length + zh.structure.operative.length;
    const ms = best(5, () => service.getParityDiagnostics(zh, en, { leftUri: 'a', rightUri: 'b', messageLanguage: 'zh' }));
    const found = service.compareParity(zh, en).mismatches.length;
    return { what: `parity of a Chinese and an English draft, ${paragraphs} paragraphs each`, figure: `${ms.toFixed(1)} ms`, note: `per edit of either text; ${found} mismatches (0 expected)` };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of parityRows()) console.log(`${r.what}: ${r.figure}`);
}
