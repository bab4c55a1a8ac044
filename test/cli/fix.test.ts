// resolint --fix on a copy of an official resolution (S/RES/2446 (2018)) with form errors planted:
// it repairs those and nothing else (a wrong year stays for the drafter), a second run changes
// nothing; --fix-dry-run prints the diff and writes nothing; with - the fixed text goes to stdout.
import * as assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../server/lspClient';
import { ensureCliBundle, folderWith, resolintBin } from './spawnCli';

const OFFICIAL = readFileSync(join(ROOT, 'test', 'fixtures', 'sres-2446-zh.unres'), 'utf8');
/** The one mistake --fix must leave: 2399 was adopted in 2018. */
const WRONG_YEAR = (text: string) => text.replace('2399(2018)', '2399(2017)');
/** Each [right, wrong] of the official text: one planted mistake of each safe rule. */
const PLANTED: [string, string][] = [
  ['及第2272(2016)号决议', '及第2272(2016)决议'],      // citation-form
  ['(S/2018/922)，该报告', '(S/2018/922),该报告'],      // punctuation-width
  ['构成威胁，\n', '构成威胁。\n'],                       // preamble-punctuation
  ['2018年12月15日；\n', '2018年12月15日。\n'],           // operative-punctuation
  ['\n2. 决定继续', '\n3. 决定继续'],                     // operative-numbering
];
const plant = (text: string) => PLANTED.reduce((t, [right, wrong]) => {
  assert.ok(t.includes(right), right);
  return t.replace(right, wrong);
}, WRONG_YEAR(text));

describe('resolint --fix (built command)', function () {
  this.timeout(60_000);
  let folder: string;
  before(ensureCliBundle);
  beforeEach(() => {
    folder = folderWith({ 'draft.unres': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plant(OFFICIAL))]) });
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));
  const draft = () => readFileSync(join(folder, 'draft.unres'), 'utf8');

  it('the planted copy gets one finding per planted mistake, and the year mismatch', () => {
    const codes = resolintBin(['--format', 'json', 'draft.unres'], { cwd: folder }).stdout;
    const found = (JSON.parse(codes) as { diagnostics: { code: string }[] }[])[0].diagnostics.map(d => d.code).sort();
    assert.deepEqual(found, ['citation-form', 'citation-year-mismatch', 'operative-numbering', 'operative-punctuation', 'preamble-punctuation', 'punctuation-width']);
  });

  it('repairs the planted form errors and nothing else, keeps the byte-order mark, and reports what it changed', () => {
    const first = resolintBin(['--fix', 'draft.unres'], { cwd: folder });
    assert.equal(draft(), '\ufeff' + WRONG_YEAR(OFFICIAL));
    assert.equal(first.stderr, 'resolint: fixed draft.unres: citation-form ×1, punctuation-width ×1, preamble-punctuation ×1, operative-punctuation ×1, operative-numbering ×1\n');
    assert.equal(first.status, 1, 'the wrong year is still an error');
    assert.deepEqual(first.stdout.split('\n').filter(l => /^\S+:\d+:\d+ /.test(l)).map(l => l.split(' ')[2]), ['citation-year-mismatch']);
    const second = resolintBin(['--fix', 'draft.unres'], { cwd: folder });
    assert.equal(second.stderr, '', 'nothing left to fix');
    assert.equal(draft(), '\ufeff' + WRONG_YEAR(OFFICIAL));
  });

  it('--fix-dry-run prints a unified diff and writes nothing', () => {
    const before = draft();
    const { status, stdout } = resolintBin(['--fix-dry-run', 'draft.unres'], { cwd: folder });
    assert.equal(draft(), before);
    assert.equal(status, 1);
    assert.match(stdout, /^={0,}\n?--- a\/draft\.unres\n\+\+\+ b\/draft\.unres\n@@ /m);
    for (const [right, wrong] of PLANTED) {
      const removed = stdout.split('\n').filter(l => l.startsWith('-') && !l.startsWith('---'));
      assert.ok(removed.some(l => l.includes(wrong.trim())), `the diff removes ${wrong}`);
      assert.ok(stdout.split('\n').some(l => l.startsWith('+') && l.includes(right.trim())), `the diff adds ${right}`);
    }
  });

  it('with - prints the fixed text on stdout, and the findings left on stderr', () => {
    const { status, stdout, stderr } = resolintBin(['--fix', '--stdin-filename', 'draft.unres', '-'], { cwd: folder, input: plant(OFFICIAL) });
    assert.equal(stdout, WRONG_YEAR(OFFICIAL));
    assert.match(stderr, /^resolint: fixed draft\.unres: /m);
    assert.match(stderr, /^draft\.unres:4:\d+ error citation-year-mismatch /m);
    assert.equal(status, 1);
    writeFileSync(join(folder, 'clean.unres'), OFFICIAL);
    assert.deepEqual(resolintBin(['--fix', '-'], { cwd: folder, input: OFFICIAL }), { status: 0, stdout: OFFICIAL, stderr: '' });
  });
});
