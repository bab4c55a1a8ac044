#!/usr/bin/env node
// Every regular-expression literal of the server and the CLI (server/src), checked with recheck for
// backtracking that grows faster than the text it reads: a draft is any text, and one expression that
// retries a run of spaces at each of its characters freezes the editor (an Option header line with
// 10,000 spaces took 500 s). recheck's verdicts are kept in test/robustness/regex-verdicts.json, keyed
// by the expression, so that `npm test` (test/robustness/regexComplexity.test.ts) checks only new ones.
//   node scripts/regex-audit.mjs          records the verdicts of expressions not yet recorded
//   node scripts/regex-audit.mjs --all    checks them all again
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const ts = require('typescript');
const repo = join(import.meta.dirname, '..');
export const VERDICTS_FILE = join(repo, 'test', 'robustness', 'regex-verdicts.json');

/** The literals of the TypeScript files under server/src (generated data left out), with where each stands. */
export function regexLiterals(root = join(repo, 'server', 'src')) {
  const files = [];
  const walk = folder => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts') && !path.includes('.generated.')) files.push(path);
    }
  };
  walk(root);
  const literals = [];
  for (const file of files.sort()) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = node => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const slash = text.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        literals.push({ where: `${relative(repo, file)}:${line}`, key: text, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return literals;
}

/** recheck's verdict on one expression: `safe`, or what it found (`vulnerable polynomial 2`), or why it could not tell. */
export function verdictOf({ source, flags }) {
  const { checkSync } = require('recheck');
  // The d flag (match indices) changes no match, and recheck does not know it.
  const result = checkSync(source, flags.replace('d', ''), { timeout: 20_000 });
  if (result.status === 'safe') return 'safe';
  if (result.status === 'vulnerable') return `vulnerable ${result.complexity.type}${result.complexity.degree ? ` ${result.complexity.degree}` : ''}`;
  return `unknown: ${result.error?.kind ?? 'no verdict'}`;
}

export function recordedVerdicts() {
  try {
    return JSON.parse(readFileSync(VERDICTS_FILE, 'utf8')).verdicts;
  } catch {
    return {};
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const all = process.argv.includes('--all');
  const recorded = all ? {} : recordedVerdicts();
  const verdicts = {};
  for (const literal of regexLiterals()) {
    verdicts[literal.key] = recorded[literal.key] ?? verdictOf(literal);
    if (verdicts[literal.key] !== 'safe') console.log(`${literal.where}\t${verdicts[literal.key]}\t${literal.key}`);
  }
  const sorted = Object.fromEntries(Object.entries(verdicts).sort(([a], [b]) => (a < b ? -1 : 1)));
  const { version } = require('recheck/package.json');
  writeFileSync(VERDICTS_FILE, `${JSON.stringify({ source: `recheck ${version} (scripts/regex-audit.mjs)`, verdicts: sorted }, null, 1)}\n`);
  console.log(`${Object.keys(sorted).length} expressions; ${Object.values(sorted).filter(v => v !== 'safe').length} not safe; written to ${relative(repo, VERDICTS_FILE)}`);
}
