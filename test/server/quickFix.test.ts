// A wrong year in a Chinese draft: one error on the year itself, a quick fix that writes the
// recorded year, and after applying it as an incremental change, no diagnostics. Run in-process
// and over stdio against the bundle, which must behave the same.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { ensureServerBundle, startInProcess, startStdio, type LspTestClient } from './lspClient';
import { marked } from './marked';

const DRAFT = marked([
  '安全理事会，',
  '回顾其第2195(|2015|)号决议，',
  '',
].join('\n'));

const transports: [string, () => LspTestClient][] = [
  ['in-process', startInProcess],
  ['stdio (dist/server.js)', () => { ensureServerBundle(); return startStdio(); }],
];

for (const [name, start] of transports) {
  describe(`server ${name}: year mismatch and its quick fix`, function () {
    let client: LspTestClient;

    before(async function () {
      this.timeout(60_000);
      client = start();
      await client.initialize();
    });

    after(async () => {
      await client?.shutdown();
    });

    it('reports exactly one citation-year-mismatch error, on the year 2015', async () => {
      const uri = 'file:///drafts/recall-1.unres';
      await client.open(uri, 'un-resolution', DRAFT.text);
      const { diagnostics, version } = await client.waitForDiagnostics(uri);
      assert.equal(version, 1);
      assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
      const [diagnostic] = diagnostics;
      assert.equal(diagnostic.code, 'citation-year-mismatch');
      assert.equal(diagnostic.source, 'resolint');
      assert.equal(diagnostic.severity, 1);
      assert.match(diagnostic.message, /2014/);
      assert.deepEqual(diagnostic.range, DRAFT.range);
      assert.deepEqual(DRAFT.range, { start: { line: 1, character: 9 }, end: { line: 1, character: 13 } });
    });

    it('fixes the year with a quick fix; applied as an incremental change, nothing is left', async () => {
      const uri = 'file:///drafts/recall-2.unres';
      await client.open(uri, 'un-resolution', DRAFT.text);
      const [diagnostic] = (await client.waitForDiagnostics(uri)).diagnostics;
      const actions = ((await client.codeActions(uri, DRAFT.range, [diagnostic])) ?? []) as CodeAction[];
      // The fix first, then the two that silence the rule instead.
      assert.deepEqual(actions.map(a => a.title), ['将年份改为2014', '在本行停用 citation-year-mismatch', '在本文件中停用 citation-year-mismatch']);
      const action = actions[0];
      assert.equal(action.kind, 'quickfix');
      assert.equal(action.isPreferred, true);
      assert.deepEqual(action.diagnostics, [diagnostic]);
      const edits = action.edit?.changes?.[uri];
      assert.deepEqual(edits, [{ range: DRAFT.range, newText: '2014' }]);

      const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'un-resolution', 1, DRAFT.text), edits);
      assert.equal(fixed, '安全理事会，\n回顾其第2195(2014)号决议，\n');
      const changes: TextDocumentContentChangeEvent[] = edits.map(e => ({ range: e.range, text: e.newText }));
      await client.change(uri, 2, changes);
      const after = await client.waitForDiagnostics(uri);
      assert.equal(after.version, 2);
      assert.deepEqual(after.diagnostics, []);
    });

    it('offers no fix for a range away from the diagnostic', async () => {
      const uri = 'file:///drafts/recall-3.unres';
      await client.open(uri, 'un-resolution', DRAFT.text);
      const [diagnostic] = (await client.waitForDiagnostics(uri)).diagnostics;
      const elsewhere = { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } };
      assert.deepEqual(await client.codeActions(uri, elsewhere, [diagnostic]), []);
    });
  });
}
