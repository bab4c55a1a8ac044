#!/usr/bin/env node
// Every regular expression of the server and the CLI (server/src), checked with recheck for
// backtracking that grows faster than the text it reads: a draft is any text, and one expression that
// retries a run of spaces at each of its characters freezes the editor (an Option header line with
// 10,000 spaces took 500 s). recheck's verdicts are kept in test/robustness/regex-verdicts.json, keyed
// by the expression, so that `npm test` (test/robustness/regexComplexity.test.ts) checks only new ones.
//   node scripts/regex-audit.mjs          records the verdicts of expressions not yet recorded
//   node scripts/regex-audit.mjs --all    checks them all again
// Literals are read from the sources; expressions built with new RegExp, as their modules build them.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const ts = require('typescript');
const repo = join(import.meta.dirname, '..');
export const VERDICTS_FILE = join(repo, 'test', 'robustness', 'regex-verdicts.json');

/** The TypeScript files under root, generated data left out, in order. */
function sourceFiles(root) {
  const files = [];
  const walk = folder => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts') && !path.includes('.generated.')) files.push(path);
    }
  };
  walk(root);
  return files.sort();
}

/** The literals of the TypeScript files under server/src (generated data left out), with where each stands. */
export function regexLiterals(root = join(repo, 'server', 'src')) {
  const literals = [];
  for (const file of sourceFiles(root)) {
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

/**
 * The expressions server/src builds with `new RegExp` (from a class or an alternation it writes once):
 * not literals, so read as each module builds them when it loads. Every file with such a site is
 * bundled and run with RegExp standing for a constructor that keeps what it builds. sites counts the
 * places in the sources: an expression built inside a function would not be built at load, and the
 * test then fails on the difference instead of leaving it unread.
 */
export function constructedExpressions(root = join(repo, 'server', 'src')) {
  const esbuild = require('esbuild');
  const sites = [];
  for (const file of sourceFiles(root)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = node => {
      if (node.kind === ts.SyntaxKind.NewExpression && node.expression.getText(source) === 'RegExp') {
        sites.push({ file, where: `${relative(repo, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const built = new Map();
  const Keeping = new Proxy(RegExp, {
    construct(target, args) {
      const expression = Reflect.construct(target, args);
      built.set(`new RegExp(/${expression.source}/${expression.flags})`, expression);
      return expression;
    },
  });
  for (const file of new Set(sites.map(site => site.file))) {
    const [bundle] = esbuild.buildSync({ entryPoints: [file], bundle: true, write: false, format: 'cjs', platform: 'node', logLevel: 'silent' }).outputFiles;
    const module = { exports: {} };
    new Function('RegExp', 'module', 'exports', 'require', bundle.text)(Keeping, module, module.exports, require);
  }
  const expressions = [...built].map(([key, expression]) => ({ where: 'new RegExp', key, source: expression.source, flags: expression.flags }));
  return { sites: sites.map(site => site.where), expressions };
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
  for (const literal of [...regexLiterals(), ...constructedExpressions().expressions]) {
    verdicts[literal.key] = recorded[literal.key] ?? verdictOf(literal);
    if (verdicts[literal.key] !== 'safe') console.log(`${literal.where}\t${verdicts[literal.key]}\t${literal.key}`);
  }
  const sorted = Object.fromEntries(Object.entries(verdicts).sort(([a], [b]) => (a < b ? -1 : 1)));
  const { version } = require('recheck/package.json');
  writeFileSync(VERDICTS_FILE, `${JSON.stringify({ source: `recheck ${version} (scripts/regex-audit.mjs)`, verdicts: sorted }, null, 1)}\n`);
  console.log(`${Object.keys(sorted).length} expressions; ${Object.values(sorted).filter(v => v !== 'safe').length} not safe; written to ${relative(repo, VERDICTS_FILE)}`);
}
