// resolint --compare, --brackets and --final (or the configuration's stage), in-process through run().
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { resolint } from './resolint';

const DRAFTS = join(__dirname, '..', 'fixtures', 'negotiation');
const draft = (name: string) => join(DRAFTS, name);


describe('resolint --compare', () => {
  it('prints the changes as JSON in the shape of the issue, exit status 0', async () => {
    const { code, stdout, stderr } = await resolint('--compare', draft('rev1-zh.unres'), draft('rev2-zh.unres'), '--format', 'json');
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const { changes, citations } = JSON.parse(stdout) as { changes: { kind: string; from: string | null; to: string | null; changed?: boolean }[]; citations: unknown };
    assert.deepEqual(changes.map(c => [c.kind, c.from, c.to]), [
      ['moved', 'OP6', 'OP2'], ['renumbered', 'OP2', 'OP3'], ['changed', 'OP3', 'OP4'], ['deleted', 'OP4', null], ['added', null, 'OP5'], ['renumbered', 'OP5', 'OP6'],
    ]);
    assert.equal(changes[0].changed, false);
    assert.deepEqual(citations, { added: ['S/RES/2396 (2017)'], removed: [] });
  });

  it('prints text by default and a Markdown table on request, in the later draft\'s language', async () => {
    const text = await resolint('--compare', draft('rev1-en.unres'), draft('rev2-en.unres'));
    assert.equal(text.code, 0);
    assert.equal(text.stdout.split('\n').filter(Boolean).length, 7);
    assert.match(text.stdout, /^deleted +OP4 +- +Urges all States/m);
    const markdown = await resolint('--compare', draft('rev1-zh.unres'), draft('rev2-zh.unres'), '--format', 'markdown');
    assert.match(markdown.stdout, /^\| 原稿 \| 新稿 \| 变动 \| 内容 \|$/m);
    assert.match(markdown.stdout, /^\| OP3 \| OP4 \| 修改 \| 请秘书长在~~9~~\*\*6\*\*0天内/m);
    assert.match((await resolint('--compare', draft('rev1-zh.unres'), draft('rev2-zh.unres'), '--lang', 'en')).stdout, /^moved +OP6 +OP2/m);
  });

  it('exits 0 when nothing changed, and 2 on bad usage or a missing file', async () => {
    const same = await resolint('--compare', draft('rev1-en.unres'), draft('rev1-en.unres'));
    assert.deepEqual([same.code, same.stdout], [0, 'The paragraphs of both revisions are the same.\n']);
    assert.equal((await resolint('--compare', draft('rev1-en.unres'))).code, 2);
    const missing = await resolint('--compare', draft('rev1-en.unres'), draft('nowhere.unres'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no such file/);
    assert.equal((await resolint('--compare', draft('rev1-en.unres'), draft('rev2-en.unres'), '--format', 'xml')).code, 2);
  });

  it('takes none of the checking options, and not --brackets with it: a usage error of one line', async () => {
    for (const [args, message] of [
      [['--compare', draft('rev1-en.unres'), draft('rev2-en.unres'), '--fix'], '--compare does not take --fix'],
      [['--brackets', draft('brackets-en.unres'), '--final'], '--brackets does not take --final'],
      [['--compare', '--brackets', draft('rev1-en.unres'), draft('rev2-en.unres')], '--compare and --brackets exclude each other'],
      [['--brackets', draft('brackets-en.unres'), '--format', 'markdown'], '--brackets --format takes one of: text, json'],
    ] as const) {
      assert.deepEqual(await resolint(...args), { code: 2, stdout: '', stderr: `resolint: ${message}\nsee resolint --help\n` });
    }
  });
});

describe('resolint --brackets', () => {
  it('lists exactly the open brackets, one line each with its paragraph label', async () => {
    const { code, stdout } = await resolint('--brackets', draft('brackets-zh.unres'));
    assert.equal(code, 0);
    const lines = stdout.trim().split('\n').map(line => line.replace(`${draft('brackets-zh.unres')}:`, ''));
    assert.deepEqual(lines, [
      '5:1 PP2 [备选案文1：重申对所有国家主权的承诺，(美国)]',
      '6:1 PP2 [备选案文2：重申坚定致力于所有国家的主权、独立和统一，(俄罗斯联邦)]',
      '10:21 OP1 [提高认识并分享信息(CN、FR)]',
      '12:4 OP2 [促请会员国考虑[制定或进一步改进]其战略(RU：删除)]',
      '12:12 OP2 [制定或进一步改进]',
      '14:8 OP3 [在90天内]',
    ]);
  });

  it('lists Option blocks and spans over paragraphs, as JSON too', async () => {
    const { stdout } = await resolint('--brackets', draft('brackets-en.unres'), '--format', 'json');
    const [{ brackets }] = JSON.parse(stdout) as { brackets: { label: string; excerpt: string; depth: number }[] }[];
    assert.equal(brackets.length, 8);
    assert.deepEqual(brackets.map(b => b.label), ['PP2', 'PP2', 'OP1', 'OP2', 'OP2', 'OP3', 'OP4', 'OP6']);
    assert.equal(brackets[7].excerpt, 'Option 1 / Option 2');
    assert.equal(brackets[4].depth, 1);
  });
});

describe('resolint --final', () => {
  it('makes brackets and proposal tags warnings; information without it', async () => {
    const negotiating = await resolint(draft('brackets-en.unres'));
    const final = await resolint('--final', draft('brackets-en.unres'));
    const severities = (stdout: string, code: string) => stdout.split('\n').filter(l => l.includes(` ${code} `)).map(l => l.split(' ')[1]);
    assert.deepEqual([...new Set(severities(negotiating.stdout, 'bracket-unresolved'))], ['information']);
    assert.deepEqual([...new Set(severities(final.stdout, 'bracket-unresolved'))], ['warning']);
    assert.deepEqual([...new Set(severities(final.stdout, 'proposal-tag-left'))], ['warning']);
    assert.equal(final.code, 0);
  });

  it('takes the stage from the configuration when --final is not given', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'resolint-stage-'));
    try {
      copyFileSync(draft('brackets-en.unres'), join(folder, 'draft.unres'));
      writeFileSync(join(folder, '.resolintrc.json'), JSON.stringify({ stage: 'final' }));
      const severities = async (...args: string[]) => {
        const [{ diagnostics }] = JSON.parse((await resolint('--format', 'json', ...args, join(folder, 'draft.unres'))).stdout) as { diagnostics: Diagnostic[] }[];
        return [...new Set(diagnostics.filter(d => d.code === 'bracket-unresolved').map(d => d.severity))];
      };
      assert.deepEqual(await severities(), [2]);
      writeFileSync(join(folder, '.resolintrc.json'), JSON.stringify({ stage: 'negotiating' }));
      assert.deepEqual(await severities(), [3]);
      assert.deepEqual(await severities('--final'), [2], '--final wins over the configuration');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('exits 1 on an unbalanced bracket, pointing in JSON at where the bracketed text runs to', async () => {
    const { code, stdout } = await resolint(join(DRAFTS, 'unbalanced-en.unres'));
    assert.equal(code, 1);
    assert.match(stdout, /:4:12 error bracket-unbalanced /);
    const [{ diagnostics }] = JSON.parse((await resolint('--format', 'json', join(DRAFTS, 'unbalanced-en.unres'))).stdout) as { diagnostics: Diagnostic[] }[];
    const [unbalanced] = diagnostics.filter(d => d.code === 'bracket-unbalanced');
    assert.deepEqual(unbalanced.relatedInformation?.map(r => [r.location.uri, r.location.range.start]), [
      [pathToFileURL(join(DRAFTS, 'unbalanced-en.unres')).href, { line: 5, character: 51 }],
    ]);
  });
});
