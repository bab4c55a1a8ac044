// resolint on document symbols, in-process through run(): symbol-form findings in text and JSON with
// their fixes, none for a line break of PDF extraction, and --fix leaving a symbol's year to the drafter.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { resolint } from './resolint';

const DRAFT = [
  '安全理事会，',
  '',
  '注意到秘书长的报告(S /2017/375)和第S/PRST/17/1号主席声明，',
  '',
  '回顾2012年4月16日主席声明(S/PRST/2013/13)和秘书长的报告(S/2017/',
  '1064)，',
  '',
  '1. 决定继续积极处理此案。',
  '',
].join('\n');

describe('resolint: document symbols', () => {
  let folder: string;
  let file: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'resolint-symbols-'));
    file = join(folder, 'draft.unres');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('reports each malformed symbol once, where it is, and nothing for a line break', async () => {
    writeFileSync(file, DRAFT);
    const { code, stdout } = await resolint('--rule', 'term-undefined=off', '--lang', 'en', file);
    assert.equal(code, 0);
    const found = stdout.split('\n').filter(line => line.includes('symbol-form'));
    assert.deepEqual(found.map(line => line.slice(file.length).split(' ').slice(0, 2).join(' ')), [':3:12 warning', ':3:32 warning', ':5:25 warning']);
    assert.match(found[0], /A document symbol has no space inside: write S\/2017\/375\./);
    assert.match(found[1], /The year of a document symbol is written in full: S\/PRST\/2017\/1\./);
    assert.match(found[2], /is later than the date the draft gives the statement \(16 April 2012\)/);
  });

  it('gives the fixes in JSON, and --fix leaves them to the drafter: one changes a year', async () => {
    writeFileSync(file, DRAFT);
    const { stdout } = await resolint('--format', 'json', file);
    const [{ diagnostics }] = JSON.parse(stdout) as { diagnostics: (Diagnostic & { data?: { fix?: { title: string } } })[] }[];
    const symbolForm = diagnostics.filter(d => d.code === 'symbol-form');
    assert.deepEqual(symbolForm.map(d => d.data?.fix?.title ?? null), ['删除空格', '改为“2017”', null]);
    await resolint('--fix', file);
    assert.equal(readFileSync(file, 'utf8'), DRAFT);
  });
});
