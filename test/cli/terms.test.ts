// resolint and the workspace glossary: .resolution-terms.json is looked for upward from each draft;
// a broken one is an error finding on the file itself, and the drafts are checked all the same.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { run } from '../../server/src/cli';

const DRAFT = '安全理事会，\n欢迎国际民用航空组织(民航组织)的工作，\n请国际民航组织提交报告。\n';

/** The term findings of each file checked. */
function termCodes(stdout: string): string[][] {
  return (JSON.parse(stdout) as { diagnostics: Diagnostic[] }[]).map(r => r.diagnostics.map(d => String(d.code)).filter(c => c.startsWith('term-')));
}

async function resolint(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, text => { stdout += text; }, text => { stderr += text; });
  return { code, stdout, stderr };
}

describe('resolint: workspace glossary', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'resolint-glossary-'));
    mkdirSync(join(root, 'drafts', 'deep'), { recursive: true });
    writeFileSync(join(root, 'drafts', 'deep', 'a.unres'), DRAFT);
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads the glossary of a folder above the draft, its entries over the built-in ones', async () => {
    const before = (await resolint('--format', 'json', join(root, 'drafts')));
    assert.deepEqual(termCodes(before.stdout), [['term-inconsistent-short']]);
    writeFileSync(join(root, '.resolution-terms.json'), JSON.stringify({ terms: [{ zhFull: '国际民用航空组织', zhShort: '民航组织', source: 'style guide' }] }));
    const after = (await resolint('--format', 'json', join(root, 'drafts')));
    assert.deepEqual(termCodes(after.stdout), [[]]);
    assert.equal((JSON.parse(after.stdout) as { file: string }[])[0].file, join(root, 'drafts', 'deep', 'a.unres'));
  });

  it('reports a broken glossary once, as an error on the file itself, checks the drafts with the built-in one, and exits 2', async () => {
    const glossary = join(root, '.resolution-terms.json');
    writeFileSync(glossary, '{"terms": [\n  {"zhFull": "甲"}\n]}');
    writeFileSync(join(root, 'drafts', 'b.unres'), DRAFT);
    const { code, stdout, stderr } = (await resolint(join(root, 'drafts')));
    assert.equal(stderr, '');
    assert.equal(code, 2);
    const lines = stdout.trim().split('\n');
    assert.deepEqual(lines.filter(l => l.includes('glossary-invalid')), [
      `${relative(process.cwd(), glossary)}:2:3 error glossary-invalid Glossary .resolution-terms.json: entry 1 has no "source": an entry must name the text that attests it`,
    ]);
    assert.equal(lines.filter(l => / term-inconsistent-short /.test(l)).length, 2);
    assert.equal((await resolint('--exit-zero', join(root, 'drafts'))).code, 2, 'a broken workspace file is no finding that --exit-zero forgives');
  });

  it('prints hints only when asked: official texts leave well-known short forms undefined', async () => {
    writeFileSync(join(root, 'drafts', 'c.unres'), '安全理事会，\n请反恐执行局提交报告。\n');
    const file = join(root, 'drafts', 'c.unres');
    assert.doesNotMatch((await resolint(file)).stdout, /hint/);
    assert.match((await resolint('--hints', file)).stdout, /c\.unres:2:2 hint term-undefined 本文件没有定义简称“反恐执行局”/);
  });

  it('speaks the language asked for on the glossary file too', async () => {
    writeFileSync(join(root, '.resolution-terms.json'), '{');
    const { stdout } = (await resolint('--lang', 'zh', join(root, 'drafts')));
    assert.match(stdout, /error glossary-invalid 术语表 \.resolution-terms\.json：JSON 语法错误/);
  });
});
