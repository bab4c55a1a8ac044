// Negotiation in a real VS Code: paragraph labels as inlay hints, "Go to paragraph…", and "Compare
// with an earlier revision…" opening VS Code's diff and the report beside it.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { extension, poll } from '../helpers';

/** A draft written for the tests, from the repository the extension is developed in. */
function draft(name: string): vscode.Uri {
  return vscode.Uri.file(path.join(extension().extensionPath, 'test', 'fixtures', 'negotiation', name));
}

async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
}

const labelText = (hint: vscode.InlayHint) => (typeof hint.label === 'string' ? hint.label : hint.label.map(part => part.value).join(''));

describe('UN Resolution Drafting in VS Code: negotiation', () => {
  it('shows paragraph labels as inlay hints, the same as the outline', async () => {
    const editor = await open(draft('brackets-zh.unres'));
    const document = editor.document;
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const hints = await poll('inlay hints PP1…', async () => {
      const found = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, whole);
      return found && found.length > 0 ? found : undefined;
    });
    assert.deepEqual(hints.map(labelText), ['PP1', 'PP2', 'PP3', 'OP1', 'OP2', 'OP3', 'OP4']);
    assert.equal(hints[3].position.line, document.getText().split('\n').findIndex(l => l.startsWith('1. ')));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const outline = symbols.flatMap(s => s.children.map(c => c.name.split(' ')[0]));
    assert.deepEqual(outline, hints.map(labelText));
  });

  it('goes to 执行部分第3段', async () => {
    const editor = await open(draft('brackets-zh.unres'));
    assert.equal(await vscode.commands.executeCommand('unResolution.goToParagraph', '执行部分第3段'), true);
    assert.ok(editor.document.lineAt(editor.selection.active.line).text.startsWith('3. 请秘书长'));
  });

  it('compares with an earlier revision: the report beside VS Code\'s diff', async () => {
    await open(draft('rev2-en.unres'));
    const reportUri = await vscode.commands.executeCommand<vscode.Uri>('unResolution.compareWithRevision', draft('rev1-en.unres'));
    assert.ok(reportUri, 'no report');
    const report = await poll('the report open in an editor', () =>
      vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === reportUri.toString())?.document);
    const text = report.getText();
    assert.match(text, /^\| OP6 \| OP2 \| (moved|移动) \|/m);
    assert.match(text, /~~90~~\*\*60\*\*/);
    assert.match(text, /^\| OP4 \| {2}\| (deleted|删除) \|/m);
    assert.ok(vscode.window.tabGroups.all.flatMap(g => g.tabs).some(tab => tab.input instanceof vscode.TabInputTextDiff
      && tab.input.original.toString() === draft('rev1-en.unres').toString() && tab.input.modified.toString() === draft('rev2-en.unres').toString()), 'no diff editor');
  });
});
