// Negotiation over a real LSP connection: inlay hints and their setting, paragraph symbols, the
// commands behind "Go to paragraph…" and "Compare with an earlier revision…", hover on a paragraph
// reference, Keep this alternative, and the stage setting.
import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, InlayHint, SymbolInformation } from 'vscode-languageserver-protocol';
import { fixture } from '../helpers';
import { startInProcess, type LspTestClient } from './lspClient';

describe('server: negotiation', () => {
  let client: LspTestClient;
  const settings = { unResolution: { stage: 'negotiating', inlayHints: { paragraphLabels: true } } };
  const whole = { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } };

  before(async () => {
    client = startInProcess();
    await client.initialize(undefined, settings);
  });

  after(async () => {
    await client?.shutdown();
  });

  it('answers inlayHint with the labels, and nothing once the setting turns them off', async () => {
    const uri = 'file:///drafts/hints.unres';
    await client.open(uri, 'un-resolution', fixture('resolution-zh.unres'));
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: whole });
    const labels = hints.map(h => h.label);
    assert.equal(labels[0], 'PP1');
    assert.ok(labels.includes('OP2(b)(ii)'));
    assert.equal(labels.filter(l => /^OP\d+$/.test(l as string)).length, 8);
    await client.changeConfiguration({ unResolution: { ...settings.unResolution, inlayHints: { paragraphLabels: false } } });
    assert.deepEqual(await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: whole }), []);
    await client.changeConfiguration(settings);
  });

  it('answers workspace/symbol and the find-paragraph command for OP4 and 执行部分第4段', async () => {
    const uri = 'file:///drafts/goto.unres';
    const text = fixture('resolution-zh.unres');
    await client.open(uri, 'un-resolution', text);
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: '执行部分第4段' });
    const here = symbols.filter(s => s.location.uri === uri);
    assert.deepEqual(here.map(s => s.name.split(' ')[0]), ['OP4']);
    const line = text.split('\n').findIndex(l => l.startsWith('4. '));
    assert.equal(here[0].location.range.start.line, line);
    for (const query of ['OP4', '执行部分第4段']) {
      const range = await client.request<{ start: { line: number } } | null>('workspace/executeCommand', { command: 'unResolution.server.findParagraph', arguments: [uri, query] });
      assert.equal(range?.start.line, line, query);
    }
  });

  it('compares an open draft with an earlier revision into a Markdown report', async () => {
    const uri = 'file:///drafts/rev2-en.unres';
    await client.open(uri, 'un-resolution', fixture('negotiation/rev2-en.unres'));
    const report = await client.request<string>('workspace/executeCommand', {
      command: 'unResolution.server.compareRevisions', arguments: [uri, fixture('negotiation/rev1-en.unres'), 'rev1-en.unres'],
    });
    assert.match(report, /^## rev1-en\.unres → rev2-en\.unres$/m);
    assert.match(report, /^\| OP6 \| OP2 \| moved \|/m);
    assert.match(report, /^\| OP3 \| OP4 \| changed \| .*~~90~~\*\*60\*\*/m);
  });

  it('hovers over a paragraph reference with the opening words of that paragraph', async () => {
    const uri = 'file:///drafts/reference.unres';
    const text = fixture('resolution-zh.unres');
    await client.open(uri, 'un-resolution', text);
    const lines = text.split('\n');
    const line = lines.findIndex(l => l.includes('上文第2段'));
    const hover = await client.hover(uri, { line, character: lines[line].indexOf('上文第2段') + 3 });
    assert.match((hover?.contents as { value: string }).value, /^\*\*OP2\*\* 促请会员国/);
  });

  it('offers Keep this alternative, and reports brackets by the stage setting with both ends of an unbalanced one', async () => {
    const uri = 'file:///drafts/brackets.unres';
    const text = fixture('negotiation/brackets-en.unres');
    await client.open(uri, 'un-resolution', text);
    const published = await client.waitForDiagnostics(uri, p => p.diagnostics.some(d => d.code === 'bracket-unresolved'));
    assert.ok(published.diagnostics.filter(d => d.code === 'bracket-unresolved').every(d => d.severity === 3));
    const line = text.split('\n').findIndex(l => l.startsWith('[Alt. 2'));
    const actions = await client.codeActions(uri, { start: { line, character: 3 }, end: { line, character: 3 } }, []) as CodeAction[];
    assert.ok(actions.some(a => a.title === 'Keep this alternative (Alt. 2), remove the others' && a.kind === 'refactor.rewrite'));

    await client.changeConfiguration({ unResolution: { ...settings.unResolution, stage: 'final' } });
    const final = await client.waitForDiagnostics(uri, p => p.diagnostics.some(d => d.code === 'bracket-unresolved' && d.severity === 2));
    assert.ok(final.diagnostics.filter(d => d.code === 'proposal-tag-left').every(d => d.severity === 2));
    await client.changeConfiguration(settings);

    const broken = 'file:///drafts/unbalanced.unres';
    await client.open(broken, 'un-resolution', fixture('negotiation/unbalanced-en.unres'));
    const { diagnostics } = await client.waitForDiagnostics(broken, p => p.diagnostics.some(d => d.code === 'bracket-unbalanced'));
    const error = diagnostics.find(d => d.code === 'bracket-unbalanced') as Diagnostic;
    assert.equal(error.severity, 1);
    assert.deepEqual(error.range.start, { line: 3, character: 11 });
    assert.equal(error.relatedInformation?.[0].location.uri, broken);
    assert.deepEqual(error.relatedInformation?.[0].location.range.start, { line: 5, character: 51 });
  });
});
