// Which documents are checked: .unres drafts always; plaintext and Markdown only when they read
// like UN texts. Edge texts (a BOM, an empty draft) must not crash the server.
import * as assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { startedInProcess, type LspTestClient } from './lspClient';
import { marked } from './marked';

const README = [
  '# Build notes',
  '',
  'Run `npm test` before pushing. The flaky case 2195(2015) in the tracker',
  'was fixed in release 1.4 (2015); see issue 2341 for details.',
  '',
].join('\n');

const PLAIN_DRAFT = marked('回顾其第2195(|2015|)号决议，\n');

describe('server in-process: which documents are checked', () => {
  let client: LspTestClient;
  before(async () => { client = await startedInProcess(); });
  after(() => client?.shutdown());

  it('publishes empty diagnostics for an unrelated Markdown README', async () => {
    const uri = 'file:///project/README.md';
    await client.open(uri, 'markdown', README);
    assert.deepEqual((await client.waitForDiagnostics(uri)).diagnostics, []);
  });

  it('publishes empty diagnostics for an unrelated plaintext note', async () => {
    const uri = 'file:///project/notes.txt';
    await client.open(uri, 'plaintext', README);
    assert.deepEqual((await client.waitForDiagnostics(uri)).diagnostics, []);
  });

  it('does not read a bare 2195(2015) as a citation, even in a .unres draft', async () => {
    const uri = 'file:///drafts/bare-number.unres';
    await client.open(uri, 'un-resolution', '安全理事会，\n注意到文件 2195(2015) 所列数字，\n');
    assert.deepEqual((await client.waitForDiagnostics(uri)).diagnostics, []);
  });

  it('checks a plaintext draft that cites 第2195(2015)号决议', async () => {
    const uri = 'file:///drafts/recall.txt';
    await client.open(uri, 'plaintext', PLAIN_DRAFT.text);
    const { diagnostics } = await client.waitForDiagnostics(uri);
    assert.deepEqual(diagnostics.map(d => d.code), ['citation-year-mismatch']);
    assert.deepEqual(diagnostics[0].range, PLAIN_DRAFT.range);
  });

  it('checks a Markdown draft that names the Security Council, in English', async () => {
    const draft = marked('# Draft\n\nThe Security Council,\n\n*Recalling* its resolution 2195 (|2015|),\n');
    const uri = 'file:///drafts/recall.md';
    await client.open(uri, 'markdown', draft.text);
    const { diagnostics } = await client.waitForDiagnostics(uri);
    assert.deepEqual(diagnostics.map(d => d.code), ['citation-year-mismatch']);
    assert.deepEqual(diagnostics[0].range, draft.range);
    assert.match(diagnostics[0].message, /19 December 2014/);
  });

  it('starts checking a README once an edit makes it cite a resolution', async () => {
    const uri = 'file:///project/CHANGES.md';
    await client.open(uri, 'markdown', README);
    assert.deepEqual((await client.waitForDiagnostics(uri)).diagnostics, []);
    const added = marked(README + 'Security Council resolution 2195 (|2015|) is quoted.\n');
    const end = { line: 4, character: 0 };
    await client.change(uri, 2, [{ range: { start: end, end }, text: added.text.slice(README.length) }]);
    const { diagnostics } = await client.waitForDiagnostics(uri);
    assert.deepEqual(diagnostics.map(d => d.code), ['citation-year-mismatch']);
    assert.deepEqual(diagnostics[0].range, added.range);
  });

  it('clears the diagnostics of a closed document', async () => {
    const uri = 'file:///drafts/closed.txt';
    await client.open(uri, 'plaintext', PLAIN_DRAFT.text);
    assert.equal((await client.waitForDiagnostics(uri)).diagnostics.length, 1);
    await client.close(uri);
    assert.deepEqual((await client.waitForDiagnostics(uri)).diagnostics, []);
  });
});

describe('server in-process: edge texts', () => {
  let client: LspTestClient;
  before(async () => { client = await startedInProcess(); });
  after(() => client?.shutdown());

  it('takes a BOM at the start of a clean draft without complaint', async () => {
    const uri = 'file:///drafts/bom-clean.unres';
    await client.open(uri, 'un-resolution', '\uFEFF安全理事会，\n回顾其第2195(2014)号决议，\n');
    assert.deepEqual((await client.waitForDiagnostics(uri)).diagnostics, []);
  });

  it('counts the BOM as one UTF-16 code unit of the text the client sent', async () => {
    const draft = marked('\uFEFF回顾其第2195(|2015|)号决议，\n');
    const uri = 'file:///drafts/bom-wrong.unres';
    await client.open(uri, 'un-resolution', draft.text);
    const { diagnostics } = await client.waitForDiagnostics(uri);
    assert.deepEqual(diagnostics.map(d => d.range), [draft.range]);
    assert.deepEqual(draft.range, { start: { line: 0, character: 10 }, end: { line: 0, character: 14 } });
    const hover = await client.hover(uri, draft.position);
    assert.ok((hover?.contents as MarkupContent).value.includes('2014年12月19日'));
  });

  it('publishes empty diagnostics for an empty draft, and answers hover there with nothing', async () => {
    const uri = 'file:///drafts/empty.unres';
    await client.open(uri, 'un-resolution', '');
    assert.deepEqual((await client.waitForDiagnostics(uri)).diagnostics, []);
    assert.equal(await client.hover(uri, { line: 0, character: 0 }), null);
    assert.equal(await client.hover(uri, { line: 5, character: 9 }), null);
  });

  it('keeps serving after the edge texts: a citation typed into the empty draft is checked', async () => {
    const uri = 'file:///drafts/empty-then-typed.unres';
    await client.open(uri, 'un-resolution', '');
    await client.waitForDiagnostics(uri);
    const draft = marked('第2195(|2015|)号决议');
    await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: draft.text }]);
    const { diagnostics } = await client.waitForDiagnostics(uri);
    assert.deepEqual(diagnostics.map(d => d.range), [draft.range]);
  });

  it('answers hover and code actions for a document it has never seen with nothing', async () => {
    const uri = 'file:///drafts/never-opened.unres';
    assert.equal(await client.hover(uri, { line: 0, character: 0 }), null);
    assert.deepEqual(await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, []), []);
  });
});
