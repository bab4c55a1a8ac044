// Workspace JSON files within limits (issue 9, case 3): `{"terms":` and 8,000 `[` (16 KB) once
// overflowed the stack of jsonc-parser's parseTree, killed resolint and failed every hover below the
// file. Now a file nested deeper than 64 levels or larger than 10 MB is not parsed: one glossary-invalid
// error on the file says why, and drafts are served with the built-in glossary meanwhile.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover } from 'vscode-languageserver-protocol';
import { glossaryFileDiagnostics, parseGlossaryFile } from '../../server/src/core';
import { JSON_LIMITS, jsonLimitProblem, jsonSizeProblem } from '../../server/src/core/data/jsonLimits';
import { ROOT, ensureServerBundle, startedStdio, type LspTestClient } from '../server/lspClient';

const DEEP = `{"terms":${'['.repeat(8000)}${']'.repeat(8000)}}`;
/** The bracket that opens level 65: `{` is level 1, the first `[` (offset 9) level 2. */
const TOO_DEEP_AT = 9 + 63;
/** Valid JSON just over 10 MB: it is not even read. */
const LARGE = `{"terms": [], "padding": "${'x'.repeat(10_000_000)}"}`;
const DRAFT = '安全理事会，\n请反恐执行局和国际民用航空组织合作，\n回顾第2341(2017)号决议。\n1. 决定继续积极处理此案。\n';

const hoverText = (hover: Hover | null) => JSON.stringify(hover?.contents ?? '');

describe('workspace JSON within limits', function () {
  this.timeout(120_000);

  describe('jsonLimitProblem', () => {
    it('finds the bracket one level too deep, at 65 levels and not at 64', () => {
      assert.deepEqual(jsonLimitProblem(DEEP), { kind: 'tooDeep', offset: TOO_DEEP_AT, maxDepth: 64 });
      assert.equal(jsonLimitProblem(`${'['.repeat(64)}${']'.repeat(64)}`), undefined);
      assert.deepEqual(jsonLimitProblem(`${'{"a":'.repeat(65)}1${'}'.repeat(65)}`), { kind: 'tooDeep', offset: 5 * 64, maxDepth: 64 });
    });

    it('counts no bracket inside a string or a comment, escaped quotes included', () => {
      assert.equal(jsonLimitProblem(`{"a": "${'['.repeat(100)}", "b": "\\"${'{'.repeat(100)}"}`), undefined);
      assert.equal(jsonLimitProblem(`{// ${'['.repeat(100)}\n"a": 1 /* ${'{'.repeat(100)} */}`), undefined);
      assert.equal(jsonLimitProblem(`["\\\\", ${'['.repeat(64)}`)?.kind, 'tooDeep');
    });

    it('measures size in bytes of UTF-8: 3.4 million Chinese characters are over 10 MB', () => {
      const chinese = `{"terms": ["${'机'.repeat(3_400_000)}"]}`;
      const problem = jsonLimitProblem(chinese);
      assert.equal(problem?.kind, 'tooLarge');
      assert.equal(problem.kind === 'tooLarge' && problem.bytes, Buffer.byteLength(chinese));
      assert.equal(jsonLimitProblem(`{"terms": ["${'a'.repeat(3_400_000)}"]}`), undefined);
      assert.equal(jsonSizeProblem(JSON_LIMITS.maxBytes), undefined);
      assert.deepEqual(jsonSizeProblem(JSON_LIMITS.maxBytes + 1), { kind: 'tooLarge', bytes: 10_000_001, maxBytes: 10e6 });
    });
  });

  it('a glossary 8,000 levels deep is one problem at the bracket too deep, in both languages', () => {
    const { entries, problems } = parseGlossaryFile(DEEP);
    assert.deepEqual(entries, []);
    assert.deepEqual(problems, [{
      range: { start: TOO_DEEP_AT, end: TOO_DEEP_AT + 1 },
      message: { zh: '术语表 .resolution-terms.json：嵌套超过 64 层：此文件未被读取', en: 'Glossary .resolution-terms.json: nested more than 64 levels deep: the file is not read' },
    }]);
  });

  it('a glossary with thousands of problems publishes at most max of them, and a notice of how many more', () => {
    const text = JSON.stringify({ terms: Array.from({ length: 1500 }, (_, i) => ({ zhFull: `组织${i}` })) });
    const { problems } = parseGlossaryFile(text);
    assert.equal(problems.length, 1500);
    const diagnostics = glossaryFileDiagnostics(text, problems, 'en', 1000);
    assert.equal(diagnostics.length, 1001);
    assert.deepEqual(diagnostics.slice(0, 1000).map(d => d.message), problems.slice(0, 1000).map(p => p.message.en));
    assert.deepEqual([diagnostics[1000].code, diagnostics[1000].severity], ['diagnostics-truncated', 3]);
    assert.match(diagnostics[1000].message, /^500 more problems are not shown/);
    assert.equal(glossaryFileDiagnostics(text, problems, 'en').length, 1500);
  });

  describe('with a workspace whose glossary is too deep, and another whose glossary is too large', () => {
    let root: string;
    const draftIn = (folder: string) => path.join(root, folder, 'drafts', 'draft.unres');

    before(() => {
      root = fs.mkdtempSync(path.join(os.tmpdir(), 'resolint-limits-'));
      for (const folder of ['deep', 'large']) fs.mkdirSync(path.join(root, folder, 'drafts'), { recursive: true });
      fs.writeFileSync(path.join(root, 'deep', '.resolution-terms.json'), DEEP);
      fs.writeFileSync(path.join(root, 'large', '.resolution-terms.json'), LARGE);
      for (const folder of ['deep', 'large']) fs.writeFileSync(draftIn(folder), DRAFT);
    });

    after(() => fs.rmSync(root, { recursive: true, force: true }));

    it('resolint reports each glossary on itself and checks the drafts with the built-in glossary', () => {
      ensureServerBundle();
      const run = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), '--lang', 'en', root], { cwd: root, encoding: 'utf8' });
      assert.equal(run.stderr, '');
      assert.equal(run.status, 2, "a broken workspace file is a usage problem: exit 2");
      const lines = run.stdout.split('\n').filter(Boolean);
      assert.ok(lines.includes(`deep/.resolution-terms.json:1:${TOO_DEEP_AT + 1} error glossary-invalid Glossary .resolution-terms.json: nested more than 64 levels deep: the file is not read`), run.stdout);
      assert.ok(lines.includes(`large/.resolution-terms.json:1:1 error glossary-invalid Glossary .resolution-terms.json: the file is ${LARGE.length} bytes, over the limit of 10000000 bytes: it is not read`), run.stdout);
      // Each draft is checked all the same.
      for (const folder of ['deep', 'large']) assert.ok(lines.includes(`${draftIn(folder)}:3:17 warning preamble-punctuation A preambular paragraph ends with “，”.`), run.stdout);
    });

    describe('the server over stdio (dist/server.js)', () => {
      let client: LspTestClient;

      before(async () => { client = await startedStdio('en'); });

      after(async () => {
        await client?.shutdown();
      });

      for (const folder of ['deep', 'large']) {
        it(`${folder}: glossary-invalid on the glossary file, and hover on the draft below it answers from the built-in glossary`, async () => {
          const glossaryUri = pathToFileURL(path.join(root, folder, '.resolution-terms.json')).href;
          const uri = pathToFileURL(draftIn(folder)).href;
          const published = client.waitForDiagnostics(glossaryUri, undefined, 60_000);
          await client.open(uri, 'un-resolution', DRAFT);
          const { diagnostics } = await published;
          assert.deepEqual(diagnostics.map(d => [d.code, d.severity, d.range.start.character]), [['glossary-invalid', 1, folder === 'deep' ? TOO_DEEP_AT : 0]]);
          assert.match(diagnostics[0].message, folder === 'deep' ? /nested more than 64 levels deep/ : new RegExp(`the file is ${LARGE.length} bytes, over the limit of 10000000 bytes`));
          assert.match(hoverText(await client.hover(uri, { line: 1, character: 2 })), /反恐怖主义委员会执行局/);
          assert.match(hoverText(await client.hover(uri, { line: 2, character: 5 })), /S\/RES\/2341 \(2017\)/);
          await client.waitForDiagnostics(uri);
        });
      }
    });
  });
});
