#!/usr/bin/env node
// Builds the built-in glossary of UN bodies and instruments from the shared reference data.
//   node scripts/build-glossary.mjs [SHARED_DIR] [OUT]
// SHARED_DIR defaults to ../shared beside the repository; it holds data/terms.tsv and corpus/*.txt.
// Rows describing one entity (same Chinese full name, English acronym or English full name) become
// one entry; definitions written in the official corpus texts (全称(简称)) add their attestation.
// Nothing is invented: every name comes from a row or a corpus text, and every entry names its
// sources. The output is committed, so a fresh clone never needs the shared folder.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = resolve(process.argv[2] ?? join(repo, '..', 'shared'));
const out = resolve(process.argv[3] ?? join(repo, 'server', 'src', 'core', 'data', 'glossary.generated.ts'));

function readTsv(file) {
  const [header, ...lines] = readFileSync(file, 'utf8').split(/\r?\n/).filter(Boolean);
  const columns = header.split('\t');
  return lines.map(line => Object.fromEntries(line.split('\t').map((v, i) => [columns[i], v.trim()])));
}

const clean = form => form.replace(/^《(.*)》$/, '$1').trim();

/**
 * The accepted forms written in one cell. `|` joins alternatives; a form written with an alias in
 * brackets, as the UN texts introduce it (伊黎伊斯兰国(又称达伊沙), ISIL (Da'esh)), gives both.
 */
function forms(cell, { aliases = false } = {}) {
  return (cell ?? '').split('|').flatMap(form => {
    // Only short forms: full names may end in a year, `resolution 1540 (2004)`.
    const aliased = aliases && /^(.+?)\s*[(（](?:又称|也称)?(.+?)[)）]$/.exec(form);
    return aliased ? [aliased[1], aliased[2]] : [form];
  }).map(clean).filter(Boolean);
}

/** The aliases of a short-form cell: the names in brackets, another name of the entity (达伊沙, Da'esh). */
function aliasesOf(cell) {
  return (cell ?? '').split('|').map(form => /^(.+?)\s*[(（](?:又称|也称)?(.+?)[)）]$/.exec(form)?.[2]).filter(Boolean).map(clean);
}

const rows = readTsv(join(sharedDir, 'data', 'terms.tsv'));
const unshipped = rows.filter(r => !r.source);
const entries = [];
const entryByKey = new Map();

// Union of rows on any shared key; a row joining two existing entries merges them.
for (const row of rows.filter(r => r.source)) {
  const zhFull = forms(row.zh_full);
  const keys = [...zhFull.map(n => `zh:${n}`), row.en_short && `acr:${row.en_short}`, row.en_full && `en:${row.en_full}`].filter(Boolean);
  const found = [...new Set(keys.map(k => entryByKey.get(k)).filter(Boolean))];
  const entry = found[0] ?? { zhFull: [], zhShort: [], enFull: [], enShort: [], alias: [], source: [], evidence: [], instrument: false, keys: new Set() };
  if (!found[0]) entries.push(entry);
  for (const other of found.slice(1)) {
    for (const field of ['zhFull', 'zhShort', 'enFull', 'enShort', 'alias', 'source', 'evidence']) entry[field].push(...other[field]);
    other.keys.forEach(k => entry.keys.add(k));
    entry.instrument ||= other.instrument;
    entries.splice(entries.indexOf(other), 1);
  }
  const add = (field, values) => values.forEach(v => { if (!entry[field].includes(v)) entry[field].push(v); });
  add('zhFull', zhFull);
  add('zhShort', forms(row.zh_short, { aliases: true }));
  add('enFull', forms(row.en_full));
  add('enShort', forms(row.en_short, { aliases: true }));
  add('alias', [...aliasesOf(row.zh_short), ...aliasesOf(row.en_short)]);
  entry.source.push(`terms.tsv: ${row.source}`);
  entry.evidence.push(row.evidence);
  entry.instrument ||= /instrument|written 《/.test(row.source);
  keys.forEach(k => entry.keys.add(k));
  for (const k of entry.keys) entryByKey.set(k, entry);
}

// Definitions in the official corpus texts: `全称(简称)` with a known full name. Line breaks and
// spaces of the PDF extraction are removed first, as the runtime matcher does.
const corpusDir = join(sharedDir, 'corpus');
const isSubsequence = (short, full) => {
  let i = 0;
  for (const c of full) if (c === short[i]) i++;
  return i === short.length;
};
const corpusFindings = [];
for (const name of readdirSync(corpusDir).filter(f => f.endsWith('.txt')).sort()) {
  const text = readFileSync(join(corpusDir, name), 'utf8').replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
  for (const entry of entries) {
    for (const full of entry.zhFull) {
      for (let at = text.indexOf(`${full}(`); at >= 0; at = text.indexOf(`${full}(`, at + 1)) {
        const alias = /^\(([^()，,。；]{2,12})\)/.exec(text.slice(at + full.length))?.[1];
        // An alias is an abbreviation of the full name: fewer characters, taken from it in order.
        if (!alias || alias.length >= full.length || !isSubsequence(alias, full)) continue;
        const written = `${full}(${alias})`;
        const source = `corpus/${name} (official UN Chinese text): '${written}'`;
        if (entry.source.includes(source)) continue;
        if (!entry.zhShort.includes(alias)) entry.zhShort.push(alias);
        entry.source.push(source);
        entry.evidence.push('un-text');
        corpusFindings.push(written);
      }
    }
  }
}

const shipped = entries.map(({ keys, instrument, alias, ...entry }) => ({ ...entry, ...(alias.length > 0 ? { alias } : {}), ...(instrument ? { instrument } : {}) }));
const readme = readFileSync(join(sharedDir, 'data', 'README.md'), 'utf8');
const dataDate = /## terms\.tsv\b.*\((\d{4}-\d{2}-\d{2})\)/.exec(readme)?.[1] ?? 'undated';
const header = `// GENERATED by scripts/build-glossary.mjs: do not edit by hand.
// Source: shared/data/terms.tsv (${rows.length} rows, revision of ${dataDate}; see shared/data/README.md)
// and the definitions written in the official UN texts of shared/corpus/ (${corpusFindings.length} found).
// ${shipped.length} entries: rows naming one entity (same Chinese full name, English acronym or English
// full name) are grouped. Every entry keeps the sources that attest it; rows without a source are not
// shipped (${unshipped.length} here). Chinese names were read in UN texts or, where \`evidence\` says
// "other", in the sources it names; none was translated or guessed.
`;
const body = `import type { GlossaryEntryData } from './glossary';

export const GLOSSARY_META = ${JSON.stringify({ rows: rows.length, revision: dataDate, entries: shipped.length })} as const;

export const BUILTIN_GLOSSARY: readonly GlossaryEntryData[] = [
${shipped.map(e => JSON.stringify(e)).join(',\n')}
];
`;
writeFileSync(out, header + '\n' + body);
console.log(`wrote ${out}: ${shipped.length} entries from ${rows.length} rows; corpus definitions: ${corpusFindings.join(', ') || 'none'}`);
