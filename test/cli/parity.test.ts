// resolint --parity ZH EN, in-process through run(): the pair written for the tests (test/fixtures/
// parity), text and JSON, a Word draft on one side, exit status and usage errors.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { paragraphFromLine, writeDocx } from '../docxSample';
import { resolint } from './resolint';

const PARITY = join(__dirname, '..', 'fixtures', 'parity');
const draft = (name: string) => join(PARITY, name);

interface Side { label: string | null; values: string[]; range: { start: { line: number } }; message: string }

describe('resolint --parity', () => {
  it('prints nothing but the counts for a pair that says the same, exit status 0', async () => {
    const { code, stdout, stderr } = await resolint('--parity', draft('agreed.zh.unres'), draft('agreed.en.unres'), '--lang', 'en');
    assert.deepEqual([code, stderr], [0, '']);
    assert.equal(stdout, `${draft('agreed.zh.unres')} ↔ ${draft('agreed.en.unres')}: preambular paragraphs 5 ↔ 5, operative paragraphs 5 ↔ 5\nThe texts agree.\n`);
  });

  it('prints a line per mismatch with the place in each file, in the first text\'s language, exit status 1', async () => {
    const { code, stdout } = await resolint('--parity', draft('mandate.zh.unres'), draft('mandate.en.unres'));
    assert.equal(code, 1);
    const lines = stdout.trimEnd().split('\n');
    assert.equal(lines[0], `${draft('mandate.zh.unres')} ↔ ${draft('mandate.en.unres')}: 序言部分 5 ↔ 4 段，执行部分 5 ↔ 5 段`);
    assert.equal(lines.length, 8);
    assert.equal(lines[7], '共 6 处不一致。');
    assert.ok(lines.includes(`${draft('mandate.zh.unres')}:13:17  ${draft('mandate.en.unres')}:11:65  OP1 的数字与英文本 OP1 不一致：本文本 12，英文本 18。  parity-mismatch`), stdout);
    assert.ok(lines.includes(`${draft('mandate.zh.unres')}:9:1  ${draft('mandate.en.unres')}:7:1  PP4 在英文本中没有对应段落（序言部分：本文本 5 段，英文本 4 段）。  parity-mismatch`), stdout);
  });

  it('prints JSON: both texts\' counts and each mismatch with both places', async () => {
    const { code, stdout } = await resolint('--parity', draft('mandate.zh.unres'), draft('mandate.en.unres'), '--format', 'json', '--lang', 'en');
    assert.equal(code, 1);
    const report = JSON.parse(stdout) as { left: object; right: object; mismatches: { kind: string; section: string; left: Side; right: Side }[] };
    assert.deepEqual(report.left, { file: draft('mandate.zh.unres'), language: 'zh', preambular: 5, operative: 5 });
    assert.deepEqual(report.right, { file: draft('mandate.en.unres'), language: 'en', preambular: 4, operative: 5 });
    assert.deepEqual(report.mismatches.map(m => m.kind), ['symbols', 'paragraph', 'figures', 'dates', 'subItems', 'citations']);
    const citations = report.mismatches[5];
    assert.deepEqual([citations.left.values, citations.right.values], [['2399 (2018)'], ['2399 (2017)']]);
    assert.equal(citations.right.message, 'OP3 cites other resolutions than OP3 of the Chinese text: here 2399 (2017); there 2399 (2018).');
    assert.equal(citations.right.range.start.line, 18);
  });

  it('reads a Word draft on either side as it reads its text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'resolint-parity-'));
    try {
      const word = join(dir, 'mandate.zh.docx');
      writeFileSync(word, await writeDocx(readFileSync(draft('mandate.zh.unres'), 'utf8').trimEnd().split('\n').filter(Boolean).map(paragraphFromLine)));
      const fromWord = await resolint('--parity', word, draft('mandate.en.unres'), '--format', 'json');
      const plain = await resolint('--parity', draft('mandate.zh.unres'), draft('mandate.en.unres'), '--format', 'json');
      assert.equal(fromWord.stderr, '');
      const kinds = (stdout: string) => (JSON.parse(stdout) as { mismatches: { kind: string; left: Side; right: Side }[] }).mismatches.map(m => [m.kind, m.left.label, m.right.label, m.left.values, m.right.values]);
      assert.deepEqual(kinds(fromWord.stdout), kinds(plain.stdout));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 on bad usage or a missing file, with one line saying why', async () => {
    for (const [args, message] of [
      [['--parity', draft('agreed.zh.unres')], '--parity takes two files: the Chinese text, then the English'],
      [['--parity', draft('agreed.zh.unres'), draft('agreed.en.unres'), '--final'], '--parity does not take --final'],
      [['--parity', '--compare', draft('agreed.zh.unres'), draft('agreed.en.unres')], '--compare and --parity exclude each other'],
      [['--parity', draft('agreed.zh.unres'), draft('agreed.en.unres'), '--format', 'sarif'], '--parity --format takes one of: text, json'],
    ] as const) {
      assert.deepEqual(await resolint(...args), { code: 2, stdout: '', stderr: `resolint: ${message}\nsee resolint --help\n` });
    }
    const missing = await resolint('--parity', draft('agreed.zh.unres'), draft('nowhere.en.unres'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no such file/);
  });

  it('lists parity-mismatch among the codes, and symbol-form among the rules', async () => {
    const { stdout } = await resolint('--rules');
    assert.match(stdout, /^parity-mismatch +warning +The Chinese and English texts of a draft differ/m);
    assert.match(stdout, /^symbol-form +warning +A document symbol is malformed/m);
    const explained = await resolint('--explain', 'symbol-form', '--lang', 'zh');
    assert.match(explained.stdout, /^symbol-form（默认级别：warning）/);
  });
});
