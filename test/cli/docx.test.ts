// resolint on Word drafts: a .docx written by the `docx` library (automatic numbering, tracked
// changes, a comment) gets the findings of the same text as .unres, by paragraph; a .docx that
// cannot be read is a docx-unreadable error and the other files are still checked.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import officeCrypto from 'officecrypto-tool';
import type { Diagnostic } from 'vscode-languageserver-types';
import { resolint } from './resolint';
import { paragraphFromLine, writeDocx, type SampleParagraph } from '../docxSample';

const ROOT = join(__dirname, '..', '..');
type Finding = Diagnostic & { excerpt?: string };


async function findings(file: string, ...args: string[]): Promise<Finding[]> {
  const { stdout, stderr } = await resolint('--format', 'json', ...args, file);
  assert.equal(stderr, '');
  const [result] = JSON.parse(stdout) as { diagnostics: Finding[] }[];
  return result.diagnostics;
}

/**
 * examples/draft-zh.unres as a Word draft: its numbers made automatic (so 1, 2, 4, 5 print as
 * 1, 2, 3, 4), 2195(2015) typed as a tracked insertion over a deleted 2195(2014), a deletion holding a
 * wrong citation, and a comment that cites one.
 */
function exampleAsWord(lines: string[]): SampleParagraph[] {
  return lines.map(line => {
    const paragraph = paragraphFromLine(line);
    const [text] = paragraph.pieces as string[];
    if (text.includes('2195(2015)')) {
      const [before, after] = text.split('2195(2015)');
      return { ...paragraph, pieces: [before, { deleted: '2195(2014)' }, { inserted: '2195(2015)' }, after] };
    }
    if (text.startsWith('重申第2341(2017)号决议')) {
      return { ...paragraph, pieces: ['重申', { commented: '第2341(2017)号决议', comment: '又见第2195(2015)号决议' }, text.slice('重申第2341(2017)号决议'.length)] };
    }
    if (text.startsWith('欢迎')) return { ...paragraph, pieces: ['欢迎', { deleted: '第2195(2015)号决议和' }, text.slice('欢迎'.length)] };
    return paragraph;
  });
}

/** The text Word shows once the changes are accepted: operative paragraphs numbered 1, 2, 3… in order. */
function asWordShowsIt(lines: string[]): string {
  let number = 0;
  return lines.map(line => line.replace(/^\d+\.\s*/, () => `${++number}. `)).join('\n');
}

describe('resolint on Word drafts (.docx)', () => {
  let dir: string;
  const lines = readFileSync(join(ROOT, 'examples', 'draft-zh.unres'), 'utf8').replace(/\n$/, '').split('\n');

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'resolint-docx-'));
    writeFileSync(join(dir, 'draft.docx'), await writeDocx(exampleAsWord(lines)));
    writeFileSync(join(dir, 'draft.unres'), asWordShowsIt(lines));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gets the findings of the same text as .unres, line for paragraph, with an excerpt of each paragraph', async () => {
    const word = await findings(join(dir, 'draft.docx'));
    const plain = await findings(join(dir, 'draft.unres'));
    assert.ok(plain.length >= 5, JSON.stringify(plain));
    assert.deepEqual(word.map(({ excerpt, ...d }) => d), plain);
    const mismatch = word.filter(d => d.code === 'citation-year-mismatch');
    assert.equal(mismatch.length, 1, 'the deleted 2195(2014), the deleted paragraph text and the comment are not read');
    assert.equal(mismatch[0].range.start.line, 2, 'paragraph 3 (index 2), empty paragraphs counted');
    assert.match(mismatch[0].excerpt!, /^…[^…]*2195\(2015\)号决议，$/);
    // Automatic numbers print 1, 2, 3, 4: no gap to report, and 上文第2段 still finds paragraph 2.
    assert.ok(!word.some(d => d.code === 'operative-numbering' || d.code === 'paragraph-reference'), JSON.stringify(word.map(d => d.code)));
    assert.ok(word.some(d => d.code === 'citation-form' && d.range.start.line === 10), 'the citation without 号 in paragraph 11, "1. 决定…"');
  });

  it('prints the paragraph number, the column within it and the excerpt', async () => {
    const file = join(dir, 'draft.docx');
    const { code, stdout } = await resolint('--lang', 'en', file);
    assert.equal(code, 1);
    const line = stdout.split('\n').find(l => l.includes('citation-year-mismatch'));
    const column = lines[2].indexOf('2195(2015)') + '2195('.length + 1;
    assert.equal(line, `${file}:3:${column} error citation-year-mismatch Resolution 2195 was adopted on 19 December 2014: the year is 2014, not 2015. (paragraph 3: “…(2014)和2195(2015)号决议，”)`);
  });

  it('reports a broken, an encrypted and a non-Word .docx as docx-unreadable and checks the other files', async () => {
    const folder = mkdtempSync(join(dir, 'mixed-'));
    const good = await writeDocx(lines.map(paragraphFromLine));
    writeFileSync(join(folder, 'a-damaged.docx'), good.subarray(0, 2000));
    writeFileSync(join(folder, 'b-encrypted.docx'), officeCrypto.encrypt(good, { password: 'secret' }));
    writeFileSync(join(folder, 'c-text.docx'), lines.join('\n'));
    writeFileSync(join(folder, 'd-draft.docx'), good);
    writeFileSync(join(folder, 'e-draft.unres'), lines.join('\n'));
    // The lock file Word keeps beside an open document is not a draft.
    writeFileSync(join(folder, '~$draft.docx'), Buffer.alloc(162));
    const { code, stdout, stderr } = await resolint('--format', 'json', '--lang', 'zh', folder);
    assert.equal(code, 1);
    assert.equal(stderr, '');
    const results = JSON.parse(stdout) as { file: string; diagnostics: Finding[] }[];
    assert.deepEqual(results.map(r => r.file.slice(folder.length + 1)), ['a-damaged.docx', 'b-encrypted.docx', 'c-text.docx', 'd-draft.docx', 'e-draft.unres']);
    const unreadable = results.slice(0, 3).map(r => r.diagnostics);
    for (const [d] of unreadable) assert.deepEqual([d.code, d.severity, d.range.start], ['docx-unreadable', 1, { line: 0, character: 0 }]);
    assert.match(unreadable[0][0].message, /^该Word文档已损坏，无法读取（.+）。$/);
    assert.match(unreadable[1][0].message, /^该Word文档设有密码/);
    assert.match(unreadable[2][0].message, /^该文件不是Word文档/);
    assert.ok(results[3].diagnostics.some(d => d.code === 'citation-year-mismatch'));
    assert.ok(results[4].diagnostics.some(d => d.code === 'citation-year-mismatch'));
    const globbed = JSON.parse((await resolint('--format', 'json', join(folder, '*.docx'))).stdout) as { file: string }[];
    assert.deepEqual(globbed.map(r => r.file.slice(folder.length + 1)), ['a-damaged.docx', 'b-encrypted.docx', 'c-text.docx', 'd-draft.docx'], 'a glob leaves the lock file out too');
  });

  it('checks a .docx found in a folder when it reads like a UN text, as a .txt; a .docx named explicitly always', async () => {
    const folder = mkdtempSync(join(dir, 'letters-'));
    const file = join(folder, 'minutes.docx');
    writeFileSync(file, await writeDocx([{ pieces: ['会议纪要'] }, { pieces: ['与会者讨论了预算,并同意下次再议'] }]));
    const { stdout } = await resolint('--format', 'json', folder);
    assert.deepEqual(JSON.parse(stdout), [{ file, diagnostics: [] }]);
    assert.ok((await findings(file)).some(d => d.code === 'punctuation-width'), 'named explicitly, it is checked as a draft');
  });

  it('--fix and --fix-dry-run leave a .docx as it is, with a note, and still list its findings', async () => {
    const folder = mkdtempSync(join(dir, 'fix-'));
    const word = join(folder, 'draft.docx');
    writeFileSync(word, readFileSync(join(dir, 'draft.docx')));
    writeFileSync(join(folder, 'draft.unres'), asWordShowsIt(lines));
    const before = readFileSync(word);
    const fixed = await resolint('--fix', '--format', 'json', folder);
    const [note, plainFixed, ...rest] = fixed.stderr.split('\n').filter(Boolean).sort();
    assert.equal(note, `resolint: ${word}: not fixed: resolint never writes a Word document; its findings are listed`);
    assert.match(plainFixed, new RegExp(`^resolint: fixed ${join(folder, 'draft.unres')}: .*citation-form ×1`));
    assert.deepEqual(rest, []);
    assert.deepEqual(readFileSync(word), before);
    const [wordResult, plainResult] = JSON.parse(fixed.stdout) as { file: string; diagnostics: Finding[]; fixed?: object }[];
    assert.equal(wordResult.fixed, undefined);
    assert.ok(wordResult.diagnostics.some(d => d.code === 'citation-form'), 'the citation without 号 is still listed');
    assert.ok(!plainResult.diagnostics.some(d => d.code === 'citation-form'), 'the .unres copy was fixed');
    const dry = await resolint('--fix-dry-run', word);
    assert.deepEqual([dry.stdout, dry.stderr], ['', `resolint: ${word}: not fixed: resolint never writes a Word document; its findings are listed\n`]);
  });

  it('--compare reads Word revisions as it reads their text', async () => {
    const revision = (name: string) => readFileSync(join(ROOT, 'test', 'fixtures', 'negotiation', `${name}.unres`), 'utf8').trimEnd().split('\n');
    for (const name of ['rev1-zh', 'rev2-zh']) writeFileSync(join(dir, `${name}.docx`), await writeDocx(revision(name).map(paragraphFromLine)));
    const word = await resolint('--compare', join(dir, 'rev1-zh.docx'), join(dir, 'rev2-zh.docx'), '--format', 'json');
    const plain = await resolint('--compare', join(ROOT, 'test', 'fixtures', 'negotiation', 'rev1-zh.unres'), join(ROOT, 'test', 'fixtures', 'negotiation', 'rev2-zh.unres'), '--format', 'json');
    assert.deepEqual([word.code, word.stderr], [0, '']);
    const kinds = (stdout: string) => (JSON.parse(stdout) as { changes: { kind: string; from: string | null; to: string | null }[] }).changes.map(c => [c.kind, c.from, c.to]);
    assert.deepEqual(kinds(word.stdout), kinds(plain.stdout));
    writeFileSync(join(dir, 'not-word.docx'), 'plain text');
    const unreadable = await resolint('--compare', join(dir, 'not-word.docx'), join(dir, 'rev2-zh.docx'), '--lang', 'zh');
    assert.deepEqual([unreadable.code, unreadable.stdout, unreadable.stderr], [2, '', `resolint: ${join(dir, 'not-word.docx')}: 该文件不是Word文档（.docx）。\n`]);
  });

  it('the built command reads a .docx through dist/mammoth.js', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'resolint.js'), '--format', 'json', join(dir, 'draft.docx')], { encoding: 'utf8' });
    assert.equal(result.stderr, '');
    assert.equal(result.status, 1);
    const [{ diagnostics }] = JSON.parse(result.stdout) as { diagnostics: Finding[] }[];
    assert.ok(diagnostics.some(d => d.code === 'citation-year-mismatch' && d.excerpt?.includes('2195(2015)')));
  });
});
