// resolint's configuration and options, end to end through the built command: .resolintrc.json,
// --rule, --config, --no-config, --print-config, inline disabling, --report-unused-disable, --quiet,
// --max-warnings, stdin, --version, --explain and usage errors.
import * as assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { version } from '../../package.json';
import { ROOT } from '../server/lspClient';
import { ensureCliBundle, folderWith, resolintBin } from './spawnCli';

// A year mismatch (line 3) and a citation without 号 (line 5), both in drafts/a.unres.
const DRAFT = '安全理事会，\n\n回顾第2195(2015)号决议，\n\n又回顾第2341(2017)决议，\n';
const findingLines = (stdout: string) => stdout.split('\n').filter(l => /^\S+:\d+:\d+ /.test(l)).map(l => l.split(' ').slice(0, 3).join(' '));

describe('resolint configuration and options (built command)', function () {
  this.timeout(60_000);
  const folders: string[] = [];
  const folder = (files: Record<string, string>) => { const f = folderWith(files); folders.push(f); return f; };
  before(ensureCliBundle);
  after(() => folders.forEach(f => rmSync(f, { recursive: true, force: true })));

  it('a rule off in .resolintrc.json is not reported; the nearest file applies, whole', () => {
    const root = folder({
      '.resolintrc.json': JSON.stringify({ rules: { 'citation-form': 'off' } }),
      'a.unres': DRAFT,
      'team/.resolintrc.jsonc': '// the team checks citation-form as an error\n{ "rules": { "citation-form": "error", }, }',
      'team/b.unres': DRAFT,
    });
    const { status, stdout } = resolintBin(['.'], { cwd: root });
    assert.equal(status, 1);
    assert.deepEqual(findingLines(stdout), ['a.unres:3:9 error citation-year-mismatch', 'team/b.unres:3:9 error citation-year-mismatch', 'team/b.unres:5:5 error citation-form']);
    assert.deepEqual(findingLines(resolintBin(['--no-config', 'a.unres'], { cwd: root }).stdout), ['a.unres:3:9 error citation-year-mismatch', 'a.unres:5:5 warning citation-form']);
    assert.deepEqual(findingLines(resolintBin(['--config', 'team/.resolintrc.jsonc', 'a.unres'], { cwd: root }).stdout), ['a.unres:3:9 error citation-year-mismatch', 'a.unres:5:5 error citation-form']);
    assert.deepEqual(findingLines(resolintBin(['--rule', 'citation-year-mismatch=off', '--rule', 'citation-form=hint', '--hints', 'a.unres'], { cwd: root }).stdout), ['a.unres:5:5 hint citation-form']);
  });

  it('a malformed configuration: config-invalid on the file at the problem, the drafts checked with the defaults, exit 2', () => {
    const root = folder({ '.resolintrc.json': '{\n  "rules": { "citation-from": "off" }\n}\n', 'drafts/a.unres': DRAFT });
    const { status, stdout, stderr } = resolintBin(['drafts'], { cwd: root });
    assert.equal(status, 2);
    assert.equal(stderr, '');
    assert.deepEqual(findingLines(stdout), ['.resolintrc.json:2:14 error config-invalid', 'drafts/a.unres:3:9 error citation-year-mismatch', 'drafts/a.unres:5:5 warning citation-form']);
    assert.match(stdout, /config-invalid Configuration \.resolintrc\.json: unknown field "citation-from" \(fields: citation-year-mismatch, /);
    assert.equal(resolintBin(['--exit-zero', 'drafts'], { cwd: root }).status, 2);
    const printed = resolintBin(['--print-config', 'drafts/a.unres'], { cwd: root });
    assert.equal(printed.status, 2);
    assert.match(printed.stderr, /^\.resolintrc\.json:2:14 error config-invalid/);
    const unreadable = resolintBin(['--config', 'nowhere.json', 'drafts'], { cwd: root });
    assert.equal(unreadable.status, 2);
    assert.match(unreadable.stderr, /^resolint: cannot read the configuration nowhere\.json\n/);
  });

  it('--print-config prints the configuration that applies, paths absolute and --rule over the file', () => {
    const root = folder({ 'base.json': JSON.stringify({ glossary: 'terms.json', stage: 'negotiating' }), 'sub/.resolintrc.json': JSON.stringify({ extends: '../base.json', draftLanguage: 'zh', rules: { 'term-undefined': 'off' } }) });
    const { status, stdout } = resolintBin(['--print-config', 'sub/draft.unres', '--rule', 'citation-form=error'], { cwd: root });
    assert.equal(status, 0);
    assert.deepEqual(JSON.parse(stdout), {
      file: join(root, 'sub', '.resolintrc.json'), rules: { 'term-undefined': 'off', 'citation-form': 'error' },
      draftLanguage: 'zh', draftDetection: 'auto', glossary: join(root, 'terms.json'), stage: 'negotiating',
    });
  });

  it('an inline disable silences exactly its line; --report-unused-disable reports one that silences nothing', () => {
    const text = DRAFT.replace('回顾第2195', '<!-- resolint-disable-next-line citation-year-mismatch -->\n回顾第2195')
      .replace('又回顾', '<!-- resolint-disable-next-line term-undefined -->\n又回顾');
    const root = folder({ 'a.unres': text, 'b.unres': DRAFT });
    assert.deepEqual(findingLines(resolintBin(['.'], { cwd: root }).stdout),
      ['a.unres:7:5 warning citation-form', 'b.unres:3:9 error citation-year-mismatch', 'b.unres:5:5 warning citation-form']);
    const { status, stdout } = resolintBin(['--report-unused-disable', 'a.unres'], { cwd: root });
    assert.equal(status, 0);
    assert.deepEqual(findingLines(stdout), ['a.unres:6:33 warning unused-disable', 'a.unres:7:5 warning citation-form']);
  });

  it('--quiet reports errors only; --max-warnings turns too many warnings into exit 1', () => {
    const root = folder({ 'a.unres': DRAFT.replace('2195(2015)', '2195(2014)') });
    const warned = resolintBin(['a.unres'], { cwd: root });
    assert.deepEqual([warned.status, findingLines(warned.stdout)], [0, ['a.unres:5:5 warning citation-form']]);
    assert.deepEqual(resolintBin(['--quiet', 'a.unres'], { cwd: root }), { status: 0, stdout: '', stderr: '' });
    const tooMany = resolintBin(['--max-warnings', '0', 'a.unres'], { cwd: root });
    assert.equal(tooMany.status, 1);
    assert.equal(tooMany.stderr, 'resolint: 1 warnings, more than --max-warnings 0\n');
    assert.equal(resolintBin(['--max-warnings', '1', 'a.unres'], { cwd: root }).status, 0);
  });

  it('reads standard input with -, named by --stdin-filename for its kind and configuration', () => {
    const root = folder({ '.resolintrc.json': JSON.stringify({ rules: { 'citation-form': 'off' } }) });
    const { status, stdout, stderr } = resolintBin(['--format', 'json', '--stdin-filename', 'drafts/new.unres', '-'], { cwd: root, input: DRAFT });
    assert.equal(stderr, '');
    assert.equal(status, 1);
    const [result] = JSON.parse(stdout) as { file: string; diagnostics: Diagnostic[] }[];
    assert.equal(result.file, 'drafts/new.unres');
    assert.deepEqual(result.diagnostics.map(d => d.code), ['citation-year-mismatch']);
    const plain = resolintBin(['-'], { cwd: root, input: '第2195(2015)号决议' });
    assert.match(plain.stdout, /^<stdin>:1:7 error citation-year-mismatch /);
    const notes = resolintBin(['--stdin-filename', 'notes.md', '-'], { cwd: root, input: 'Shopping: 2195 apples' });
    assert.deepEqual([notes.status, notes.stdout], [0, ''], 'a .md name: checked only when it reads like a UN text');
  });

  it('--version, --explain in both languages, and a usage error of one line', () => {
    assert.deepEqual(resolintBin(['--version']), { status: 0, stdout: `${version}\n`, stderr: '' });
    const en = resolintBin(['--explain', 'citation-form']);
    assert.equal(en.status, 0);
    assert.match(en.stdout, /^citation-form \(default severity: warning\)\n\nWhat it checks: /);
    assert.match(en.stdout, /Chinese — Wrong:\n {4}回顾第2341\(2017\)决议，\nChinese — Right:\n {4}回顾第2341\(2017\)号决议，/);
    assert.match(en.stdout, /English — Wrong:\n {4}Recalling its resolution 2341\(2017\),/);
    assert.match(resolintBin(['--explain', 'citation-form', '--lang', 'zh']).stdout, /^citation-form（默认级别：warning）\n\n检查什么：引文的写法不合规范/);
    for (const args of [['--explain', 'citation-from'], ['--rule', 'citation-form=loud', 'x'], ['--max-warnings', 'many', 'x'], ['--frobnicate']]) {
      const { status, stdout, stderr } = resolintBin(args);
      assert.equal(status, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, /^resolint: [^\n]+\nsee resolint --help\n$/, stderr);
    }
  });

  it('the examples: npm start still prints findings and exits 0', () => {
    const start = resolintBin(['--exit-zero', 'examples']);
    assert.equal(start.status, 0);
    assert.ok(findingLines(start.stdout).length > 5);
    assert.ok(readFileSync(join(ROOT, 'package.json'), 'utf8').includes('"start": "node esbuild.mjs && node dist/cli.js --exit-zero examples"'));
  });
});
