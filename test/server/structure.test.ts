// Resolution structure through a real LSP connection: outline, folding, completion, and the
// renumber command applying its edit through the client.
import * as assert from 'node:assert/strict';
import type { CompletionItem, DocumentSymbol, FoldingRange, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { fixture } from '../helpers';
import { startInProcess, type LspTestClient } from './lspClient';
import { marked } from './marked';

describe('server: resolution structure', () => {
  let client: LspTestClient;
  const edits: WorkspaceEdit[] = [];

  before(async () => {
    client = startInProcess();
    client.onApplyEdit(edit => edits.push(edit));
    await client.initialize();
  });

  after(async () => {
    await client?.shutdown();
  });

  it('answers documentSymbol with the preamble and the operative part', async () => {
    const uri = 'file:///drafts/outline.unres';
    await client.open(uri, 'un-resolution', fixture('resolution-zh.unres'));
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map(s => [s.name, s.children?.length]), [['序言部分', 13], ['执行部分', 8]]);
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(folds.length >= 4);
  });

  it('completes the year of a cited resolution', async () => {
    const uri = 'file:///drafts/complete.unres';
    const draft = marked('安全理事会，\n重申第2341(|');
    await client.open(uri, 'un-resolution', draft.text);
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: draft.position });
    assert.deepEqual(items.map(i => i.label), ['2017)号决议']);
  });

  it('renumbers operative paragraphs and their references on the command', async () => {
    const uri = 'file:///drafts/renumber.unres';
    const text = '安全理事会，\n回顾其决议，\n1. 决定延长；\n3. 请秘书长按上文第3段报告；\n4. 决定继续积极处理此案。';
    await client.open(uri, 'un-resolution', text);
    await client.waitForDiagnostics(uri, p => p.diagnostics.some(d => d.code === 'operative-numbering'));
    await client.request('workspace/executeCommand', { command: 'unResolution.server.renumberOperativeParagraphs', arguments: [uri] });
    const changes = edits.at(-1)?.changes?.[uri] ?? [];
    assert.deepEqual(changes.map(e => [e.range.start.line, e.newText]), [[3, '2'], [3, '2'], [4, '3']]);
  });
});
