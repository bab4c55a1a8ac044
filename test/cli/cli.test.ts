// Tests of the resolint command: mostly in-process through run(), plus the real command spawned.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { run } from '../../server/src/cli';
import { createResolutionService } from '../../server/src/core';

const ROOT = join(__dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples');
const FIXTURES = join(ROOT, 'test', 'fixtures');
const CLI_FIXTURES = join(FIXTURES, 'cli');
const ZH_EXAMPLE = join(EXAMPLES, 'draft-zh.unres');

/** One line of text output: file:line:col severity code message. */
const TEXT_LINE = /^(.+):(\d+):(\d+) (error|warning|information|hint) ([a-z]+(?:-[a-z]+)*) (\S.*)$/;
const RULE_CODES = createResolutionService().rules.map(rule => rule.id);
const STACK_TRACE = /^\s+at /m;

interface Result { code: number; stdout: string; stderr: string }
interface FileResult { file: string; diagnostics: Diagnostic[] }
interface TextFinding { file: string; line: number; column: number; severity: string; code: string; message: string }

async function resolint(...args: string[]): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, text => { stdout += text; }, text => { stderr += text; });
  return { code, stdout, stderr };
}

async function json(...args: string[]): Promise<{ code: number; results: FileResult[] }> {
  const { code, stdout, stderr } = (await resolint('--format', 'json', ...args));
  assert.equal(stderr, '');
  return { code, results: JSON.parse(stdout) as FileResult[] };
}

/**
 * The findings of text output, which is: for each finding its line, then the source line and a caret
 * line (both indented); then a blank line and the summary. Fails on anything else.
 */
function textFindings(stdout: string): TextFinding[] {
  if (stdout === '') return [];
  const lines = stdout.split('\n');
  assert.deepEqual(lines.slice(-3, -2).concat(lines.slice(-1)), ['', ''], 'a blank line before the summary, and a final newline');
  const findings: TextFinding[] = [];
  for (let i = 0; i < lines.length - 3; i += 3) {
    const match = TEXT_LINE.exec(lines[i]);
    assert.ok(match, `not file:line:col severity code message: ${JSON.stringify(lines[i])}`);
    assert.match(lines[i + 1], /^ {4}\S?/, 'the source line');
    assert.match(lines[i + 2], /^ {4} *\^+$/, 'the caret line');
    const [, file, line1, column1, severity, code, message] = match;
    findings.push({ file, line: Number(line1), column: Number(column1), severity, code, message });
  }
  const counts = (severity: string) => findings.filter(f => f.severity === severity).length;
  assert.match(lines[lines.length - 2], new RegExp(`^✖ ${findings.length} problems? \\(${counts('error')} errors?, ${counts('warning')} warnings?`));
  return findings;
}

/** 1-based line and UTF-16 column where `needle` starts, after `prefix` within the first line containing `prefix + needle`. */
function positionOf(text: string, prefix: string, needle: string): { line: number; column: number } {
  const lines = text.split(/\r\n|\r|\n/);
  const index = lines.findIndex(l => l.includes(prefix + needle));
  assert.ok(index >= 0, `${prefix + needle} not found`);
  return { line: index + 1, column: lines[index].indexOf(prefix + needle) + prefix.length + 1 };
}

/** Runs fn with the repository root as the current folder. */
async function inRoot<T>(fn: () => Promise<T>): Promise<T> {
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    return await fn();
  } finally {
    process.chdir(cwd);
  }
}

/** A uniquely named folder for files that must be made at run time (BOM, CRLF, node_modules, links). */
function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'resolint-test-'));
}

function write(folder: string, relative: string, content: string | Buffer): string {
  const file = join(folder, relative);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

const ZH_DRAFT = '安全理事会，\n\n回顾第2195(2015)号决议，\n';

describe('resolint CLI', () => {
  const folders: string[] = [];
  const tmp = (): string => { const f = scratch(); folders.push(f); return f; };
  after(() => { for (const f of folders) rmSync(f, { recursive: true, force: true }); });

  it('--rules lists every rule of the table with its default severity, then the codes of broken files', async () => {
    const { code, stdout } = (await resolint('--rules'));
    assert.equal(code, 0);
    const lines = stdout.trimEnd().split('\n');
    assert.deepEqual(lines.map(line => line.split(/\s+/)[0]), [...RULE_CODES, 'config-invalid', 'glossary-invalid', 'record-invalid', 'record-contradiction', 'docx-unreadable', 'unused-disable', 'parity-mismatch']);
    assert.match(lines.find(line => line.startsWith('citation-year-mismatch'))!, /^citation-year-mismatch\s+error\s+The year/);
  });

  describe('on examples/', () => {
    it('exits 1, the examples containing deliberate errors, and prints well-formed text lines', async () => {
      const { code, stdout, stderr } = (await resolint(EXAMPLES));
      assert.equal(code, 1);
      assert.equal(stderr, '');
      const findings = textFindings(stdout);
      assert.ok(findings.length > 0);
      for (const f of findings) {
        assert.ok(RULE_CODES.includes(f.code), `unknown rule code ${f.code}`);
        assert.ok(f.line >= 1 && f.column >= 1);
        assert.ok(existsSync(f.file), `reported file ${f.file} does not exist`);
      }
      assert.ok(findings.some(f => f.severity === 'error'));
      assert.ok(!findings.some(f => f.file.endsWith('notes.md')), 'notes.md is not a UN text');
    });

    it('reports citation-year-mismatch for 2195(2015) where 2015 stands, naming 2014', async () => {
      const text = readFileSync(ZH_EXAMPLE, 'utf8');
      const expected = positionOf(text, '2195(', '2015');
      const findings = textFindings((await resolint(ZH_EXAMPLE)).stdout);
      const mismatch = findings.filter(f => f.code === 'citation-year-mismatch');
      assert.equal(mismatch.length, 1, JSON.stringify(findings));
      assert.deepEqual(mismatch[0], { ...mismatch[0], file: ZH_EXAMPLE, severity: 'error', ...expected });
      assert.match(mismatch[0].message, /2014/);
      assert.match(mismatch[0].message, /2195/);
    });

    it('JSON: one entry per file found, notes.md included with no diagnostics, ranges 0-based', async () => {
      const { code, results } = (await json(EXAMPLES));
      assert.equal(code, 1);
      assert.deepEqual(results.map(r => r.file), ['draft-en.unres', 'draft-zh.unres', 'notes.md'].map(f => join(EXAMPLES, f)));
      assert.deepEqual(results[2].diagnostics, []);
      const zh = results[1].diagnostics.find(d => d.code === 'citation-year-mismatch');
      assert.ok(zh);
      const expected = positionOf(readFileSync(ZH_EXAMPLE, 'utf8'), '2195(', '2015');
      assert.deepEqual(zh.range, {
        start: { line: expected.line - 1, character: expected.column - 1 },
        end: { line: expected.line - 1, character: expected.column - 1 + '2015'.length },
      });
      assert.equal(zh.severity, 1);
      for (const r of results) {
        for (const d of r.diagnostics) {
          assert.equal(typeof d.message, 'string');
          assert.ok(RULE_CODES.includes(String(d.code)));
          assert.ok(d.range.start.line >= 0 && d.range.start.character >= 0);
        }
      }
    });

    it('JSON ranges and text positions agree finding for finding (text = JSON + 1)', async () => {
      const { results } = (await json(EXAMPLES));
      const findings = textFindings((await resolint(EXAMPLES)).stdout);
      const fromJson = results.flatMap(r => r.diagnostics.map(d => ({
        file: r.file,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        severity: ['', 'error', 'warning', 'information', 'hint'][d.severity ?? 1],
        code: String(d.code),
        message: d.message,
      })));
      assert.deepEqual(findings, fromJson);
    });

    it('keeps paths as given (relative stays relative)', async () => {
      const relative = join('examples', 'draft-zh.unres');
      const { results } = await inRoot(() => json(relative));
      assert.deepEqual(results.map(r => r.file), [relative]);
    });
  });

  describe('drafts without errors', () => {
    it('an official text (corpus 003) yields no findings at all: exit 0, no output', async () => {
      const file = join(FIXTURES, 'corpus-003.txt');
      assert.deepEqual((await resolint(file)), { code: 0, stdout: '', stderr: '' });
      assert.deepEqual((await json(file)).results, [{ file, diagnostics: [] }]);
      assert.deepEqual((await resolint('--draft-detection', 'always', file)), { code: 0, stdout: '', stderr: '' });
    });

    it('a correct hand-written draft: exit 0, no output', async () => {
      assert.deepEqual((await resolint(join(CLI_FIXTURES, 'clean-zh.unres'))), { code: 0, stdout: '', stderr: '' });
    });
  });

  describe('positions', () => {
    it('counts an astral character (𠀀) before a citation as 2 UTF-16 code units', async () => {
      const text = '𠀀回顾第2195(2015)号决议。\n';
      const file = write(tmp(), 'astral.unres', text);
      const [finding] = textFindings((await resolint(file)).stdout);
      const expected = positionOf(text, '2195(', '2015');
      assert.equal(expected.column, 11); // 𠀀 (2) + 回顾第 (3) + 2195( (5) + 1
      assert.equal(Array.from(text.slice(0, text.indexOf('2015'))).length + 1, 10, 'in code points it would be one less');
      assert.deepEqual({ line: finding.line, column: finding.column }, expected);
      assert.equal((await json(file)).results[0].diagnostics[0].range.start.character, 10);
    });

    it('does not count a byte-order mark in columns', async () => {
      const file = write(tmp(), 'bom.unres', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ZH_DRAFT, 'utf8')]));
      const [finding] = textFindings((await resolint(file)).stdout);
      assert.deepEqual({ line: finding.line, column: finding.column }, positionOf(ZH_DRAFT, '2195(', '2015'));
      assert.equal((await json(file)).results[0].diagnostics[0].range.start.character, positionOf(ZH_DRAFT, '2195(', '2015').column - 1);
    });

    it('counts lines right with CRLF line endings', async () => {
      const text = ZH_DRAFT.replace(/\n/g, '\r\n');
      const file = write(tmp(), 'crlf.unres', text);
      const findings = textFindings((await resolint(file)).stdout);
      assert.equal(findings.length, 1);
      const expected = positionOf(text, '2195(', '2015');
      assert.deepEqual(expected, { line: 3, column: 9 });
      assert.deepEqual({ line: findings[0].line, column: findings[0].column }, expected);
      assert.deepEqual((await json(file)).results[0].diagnostics[0].range.start, { line: 2, character: 8 });
    });

    it('an empty file: no findings, exit 0', async () => {
      const file = write(tmp(), 'empty.unres', '');
      assert.deepEqual((await resolint(file)), { code: 0, stdout: '', stderr: '' });
      assert.deepEqual((await json(file)), { code: 0, results: [{ file, diagnostics: [] }] });
    });
  });

  describe('usage and errors', () => {
    const usageError = async (args: string[], message: RegExp): Promise<void> => {
      const { code, stdout, stderr } = (await resolint(...args));
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, /^resolint: /);
      assert.match(stderr, message);
      assert.doesNotMatch(stderr, STACK_TRACE);
    };

    it('no path: exit 2', async () => usageError([], /no PATH given/));
    it('only options, no path: exit 2', async () => usageError(['--format', 'json'], /no PATH given/));
    it('unknown option: exit 2', async () => usageError(['--frobnicate', EXAMPLES], /unknown option --frobnicate/));
    it('--format xml: exit 2', async () => usageError(['--format', 'xml', EXAMPLES], /--format takes one of: text, json/));
    it('--format=xml: exit 2', async () => usageError(['--format=xml', EXAMPLES], /--format takes one of/));
    it('--lang without a value: exit 2', async () => usageError(['--lang'], /--lang takes one of: zh, en/));
    it('--draft-detection with a bad value: exit 2', async () => usageError(['--draft-detection', 'sometimes', EXAMPLES], /--draft-detection takes one of/));
    it('a missing file: exit 2, naming it on stderr and in JSON; the other paths are still checked and printed', async () => {
      const missing = join(tmp(), 'no-such-draft.unres');
      const { code, stdout, stderr } = await resolint(missing, ZH_EXAMPLE);
      assert.equal(code, 2);
      assert.equal(stderr, `resolint: cannot read ${missing}: no such file or folder\n`);
      assert.ok(textFindings(stdout).some(f => f.file === ZH_EXAMPLE && f.code === 'citation-year-mismatch'));
      const asJson = await resolint('--format', 'json', missing, ZH_EXAMPLE);
      assert.equal(asJson.code, 2);
      const parsed = JSON.parse(asJson.stdout) as (FileResult & { error?: string })[];
      assert.deepEqual(parsed[0], { file: missing, error: 'no such file or folder' });
      assert.equal(parsed[1].file, ZH_EXAMPLE);
      assert.ok(parsed[1].diagnostics.length > 0);
    });

    it('--help and -h exit 0 and print usage on stdout', async () => {
      for (const flag of ['--help', '-h']) {
        const { code, stdout, stderr } = (await resolint(flag));
        assert.equal(code, 0);
        assert.equal(stderr, '');
        assert.match(stdout, /^Usage: resolint \[options\] PATH\.\.\./);
        assert.match(stdout, /--format text\|json/);
        assert.match(stdout, /--exit-zero/);
      }
    });

    it('--exit-zero turns 1 into 0 and still reports', async () => {
      const plain = (await resolint(EXAMPLES));
      const zero = (await resolint('--exit-zero', EXAMPLES));
      assert.equal(plain.code, 1);
      assert.equal(zero.code, 0);
      assert.equal(zero.stdout, plain.stdout);
    });

    it('--exit-zero does not hide usage errors', async () => {
      assert.equal((await resolint('--exit-zero', '--format', 'xml', EXAMPLES)).code, 2);
    });

    it('--lang en on a Chinese draft gives English messages', async () => {
      const zh = textFindings((await resolint(ZH_EXAMPLE)).stdout);
      const en = textFindings((await resolint('--lang', 'en', ZH_EXAMPLE)).stdout);
      assert.equal(en.length, zh.length);
      const mismatch = en.find(f => f.code === 'citation-year-mismatch');
      assert.ok(mismatch);
      assert.match(mismatch.message, /^Resolution 2195 was adopted on .*2014/);
      assert.doesNotMatch(mismatch.message, /[\u4e00-\u9fff]/);
      assert.deepEqual(en.map(f => [f.line, f.column, f.code]), zh.map(f => [f.line, f.column, f.code]));
      assert.equal((await resolint('--lang=en', ZH_EXAMPLE)).stdout, (await resolint('--lang', 'en', ZH_EXAMPLE)).stdout);
    });
  });

  describe('which files are checked', () => {
    const MIXED = join(CLI_FIXTURES, 'mixed');
    const DRAFT_TXT = join(MIXED, 'draft.txt');
    const UNRELATED_MD = join(MIXED, 'unrelated.md');

    it('auto: in a folder, only the .txt draft gets findings; the unrelated .md is listed without', async () => {
      const { code, results } = (await json(MIXED));
      assert.equal(code, 1);
      assert.deepEqual(results.map(r => r.file), [DRAFT_TXT, UNRELATED_MD]);
      const expected = positionOf(readFileSync(DRAFT_TXT, 'utf8'), '2195(', '2015');
      assert.deepEqual(results[0].diagnostics.map(d => [d.code, d.range.start.line + 1, d.range.start.character + 1]),
        [['citation-year-mismatch', expected.line, expected.column]]);
      assert.deepEqual(results[1].diagnostics, []);
      const findings = textFindings((await resolint(MIXED)).stdout);
      assert.deepEqual(findings.map(f => f.file), [DRAFT_TXT]);
    });

    it('off: no .txt or .md is checked', async () => {
      assert.deepEqual((await resolint('--draft-detection', 'off', MIXED)), { code: 0, stdout: '', stderr: '' });
      assert.deepEqual((await json('--draft-detection=off', MIXED)).results, [
        { file: DRAFT_TXT, diagnostics: [] },
        { file: UNRELATED_MD, diagnostics: [] },
      ]);
    });

    it('always: every .txt and .md is checked', async () => {
      // With the current rules only Security Council citations give findings, and a citation of the
      // Council already makes a file read like a UN text, so `always` adds checks without adding findings.
      const { code, results } = (await json('--draft-detection', 'always', MIXED));
      assert.equal(code, 1);
      assert.deepEqual(results.map(r => [r.file, r.diagnostics.map(d => d.code)]),
        [[DRAFT_TXT, ['citation-year-mismatch']], [UNRELATED_MD, []]]);
    });

    it('.unres files are checked even with --draft-detection off', async () => {
      const folder = tmp();
      write(folder, 'draft.unres', ZH_DRAFT);
      write(folder, 'draft.txt', ZH_DRAFT);
      const findings = textFindings((await resolint('--draft-detection', 'off', folder)).stdout);
      assert.deepEqual(findings.map(f => f.file), [join(folder, 'draft.unres')]);
    });

    it('a file named explicitly with another extension is checked as a draft; in a folder it is skipped', async () => {
      const explicit = join(CLI_FIXTURES, 'draft-zh.text');
      const { code, stdout } = (await resolint('--draft-detection', 'off', explicit));
      assert.equal(code, 1);
      assert.deepEqual(textFindings(stdout).map(f => [f.file, f.code]), [[explicit, 'citation-year-mismatch']]);
      const { results } = (await json(CLI_FIXTURES));
      assert.ok(!results.some(r => r.file === explicit), 'draft-zh.text found by folder search');
    });

    it('a .txt that does not read like a UN text, named explicitly, is still judged by its content', async () => {
      const file = write(tmp(), 'shopping.txt', 'Milk, eggs, 2015 calendar.\n');
      assert.deepEqual((await resolint(file)), { code: 0, stdout: '', stderr: '' });
    });
  });

  describe('folder recursion', () => {
    let tree: string;
    before(() => {
      tree = tmp();
      // Written out of order, so that a sorted result proves the sorting.
      write(tree, 'z-notes.md', '# Notes\n\nNothing to see.\n');
      write(tree, 'sub/c.unres', ZH_DRAFT);
      write(tree, 'b.unres', ZH_DRAFT);
      write(tree, 'a.unres', ZH_DRAFT);
      write(tree, 'm.txt', ZH_DRAFT);
      write(tree, 'B.unres', ZH_DRAFT);
      write(tree, 'data.json', '{"text": "第2195(2015)号决议"}');
      write(tree, 'node_modules/pkg/readme.md', ZH_DRAFT);
      write(tree, 'node_modules/x.unres', ZH_DRAFT);
      write(tree, '.hidden/y.unres', ZH_DRAFT);
      write(tree, '.git/z.unres', ZH_DRAFT);
      write(tree, 'sub/.cache/w.unres', ZH_DRAFT);
      write(tree, 'sub/node_modules/v.txt', ZH_DRAFT);
    });

    const expected = (): string[] =>
      ['B.unres', 'a.unres', 'b.unres', 'm.txt', 'sub/c.unres', 'z-notes.md'].map(f => join(tree, f));

    it('skips node_modules and dot-folders, and lists files in sorted order', async () => {
      const { code, results } = (await json(tree));
      assert.equal(code, 1);
      assert.deepEqual(results.map(r => r.file), expected());
      const again = (await json(tree)).results.map(r => r.file);
      assert.deepEqual(again, expected());
    });

    it('text output follows the same order', async () => {
      const files = textFindings((await resolint(tree)).stdout).map(f => f.file);
      assert.deepEqual(files, expected().filter(f => !f.endsWith('z-notes.md')));
    });

    it('searches an explicitly named dot-folder', async () => {
      const { results } = (await json(join(tree, '.hidden')));
      assert.deepEqual(results.map(r => r.file), [join(tree, '.hidden', 'y.unres')]);
    });

    it('several paths: each in the order given', async () => {
      const { results } = (await json(join(tree, 'sub'), join(tree, 'a.unres')));
      assert.deepEqual(results.map(r => r.file), [join(tree, 'sub', 'c.unres'), join(tree, 'a.unres')]);
    });

    it('a symbolic link back up the tree is searched once, not followed until the path overflows', async function () {
      const looped = tmp();
      write(looped, 'a.unres', ZH_DRAFT);
      write(looped, 'sub/b.unres', ZH_DRAFT);
      try {
        symlinkSync('..', join(looped, 'sub', 'loop'), 'dir');
      } catch {
        this.skip(); // no symbolic links here (e.g. Windows without the privilege)
      }
      assert.ok(statSync(join(looped, 'sub', 'loop')).isDirectory());
      const { code, stdout, stderr } = (await resolint('--format', 'json', looped));
      assert.equal(stderr, '');
      assert.equal(code, 1);
      const files = (JSON.parse(stdout) as FileResult[]).map(r => r.file);
      assert.deepEqual(files, [join(looped, 'a.unres'), join(looped, 'sub', 'b.unres')]);
    });
  });

  describe('the real command (node bin/resolint.js)', function () {
    this.timeout(60000);
    const bin = join(ROOT, 'bin', 'resolint.js');
    const bundle = join(ROOT, 'dist', 'cli.js');

    before(() => {
      // Build when dist/cli.js is missing or older than the sources it bundles.
      const newestSource = (folder: string): number => readdirSync(folder, { withFileTypes: true })
        .map(e => e.isDirectory() ? newestSource(join(folder, e.name)) : statSync(join(folder, e.name)).mtimeMs)
        .reduce((a, b) => Math.max(a, b), 0);
      if (existsSync(bundle) && statSync(bundle).mtimeMs >= newestSource(join(ROOT, 'server', 'src'))) return;
      const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(build.status, 0, `node esbuild.mjs failed:\n${build.stdout}${build.stderr}`);
    });

    const spawn = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, encoding: 'utf8' });

    it('on examples/: exit status 1, findings on stdout, nothing on stderr', async () => {
      const result = spawn('examples/');
      assert.equal(result.status, 1, result.stderr);
      assert.equal(result.stderr, '');
      const findings = textFindings(result.stdout);
      assert.ok(findings.every(f => f.file.startsWith('examples/')));
      const expected = positionOf(readFileSync(ZH_EXAMPLE, 'utf8'), '2195(', '2015');
      assert.ok(findings.some(f => f.file === 'examples/draft-zh.unres' && f.code === 'citation-year-mismatch'
        && f.line === expected.line && f.column === expected.column));
      // The bundle and the sources agree.
      assert.equal(result.stdout, (await inRoot(() => resolint('examples/'))).stdout);
    });

    it('--exit-zero: exit status 0', async () => {
      assert.equal(spawn('--exit-zero', 'examples/').status, 0);
    });

    it('JSON on stdout parses', async () => {
      const result = spawn('--format', 'json', 'examples/');
      assert.equal(result.status, 1);
      const results = JSON.parse(result.stdout) as FileResult[];
      assert.deepEqual(results.map(r => r.file), ['examples/draft-en.unres', 'examples/draft-zh.unres', 'examples/notes.md']);
    });

    it('bad usage: exit status 2, message and usage on stderr, nothing on stdout, no stack trace', async () => {
      const result = spawn('--format', 'xml', 'examples/');
      assert.equal(result.status, 2);
      assert.equal(result.stdout, '');
      assert.equal(result.stderr, 'resolint: --format takes one of: text, json, sarif, github, junit\nsee resolint --help\n');
      assert.doesNotMatch(result.stderr, STACK_TRACE);
    });

    it('a missing file: exit status 2, a one-line message', async () => {
      const result = spawn('examples/missing.unres');
      assert.equal(result.status, 2);
      assert.equal(result.stdout, '');
      assert.equal(result.stderr, 'resolint: cannot read examples/missing.unres: no such file or folder\n');
    });

    it('--help: exit status 0, usage on stdout', async () => {
      const result = spawn('--help');
      assert.equal(result.status, 0);
      assert.equal(result.stderr, '');
      assert.match(result.stdout, /^Usage: resolint/);
    });

    it('a clean official text: exit status 0, no output', async () => {
      const result = spawn('test/fixtures/corpus-003.txt');
      assert.deepEqual([result.status, result.stdout, result.stderr], [0, '', '']);
    });
  });
});
