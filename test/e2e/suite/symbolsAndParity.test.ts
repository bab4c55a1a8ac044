// Document symbols and the parity of the Chinese and English texts in a real VS Code: a symbol hovers
// and links to undocs.org/zh/ in a Chinese draft; name.zh.unres and name.en.unres get parity-mismatch
// diagnostics on both; "Check parity with another draft…" pairs two drafts of any name.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { diagnosticsOf, extension, hoverText, poll, positionOf } from '../helpers';

/** A draft of the pair written for the tests, from the repository the extension is developed in. */
function draft(name: string): vscode.Uri {
  return vscode.Uri.file(path.join(extension().extensionPath, 'test', 'fixtures', 'parity', name));
}

async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
}

const parityOf = (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.filter(d => d.code === 'parity-mismatch');

describe('UN Resolution Drafting in VS Code: document symbols and parity', () => {
  it('hovers over S/PRST/2017/9 in a Chinese draft and links it to undocs.org/zh/', async () => {
    const document = (await open(draft('mandate.zh.unres'))).document;
    const position = positionOf(document, 'S/PRST/2017/9', 4);
    const text = await poll('hover over S/PRST/2017/9', async () => {
      const joined = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position));
      return joined.includes('S/PRST/2017/9') ? joined : undefined;
    });
    assert.ok(text.includes('https://undocs.org/zh/S/PRST/2017/9'), text);
    assert.match(text, /2017年7月13日|13 July 2017/);
    const links = await poll('a link on S/2018/922', async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', document.uri);
      return found?.some(l => l.target?.toString(true) === 'https://undocs.org/zh/S/2018/922') ? found : undefined;
    });
    const link = links.find(l => l.target?.toString(true) === 'https://undocs.org/zh/S/2018/922')!;
    assert.equal(document.getText(link.range), 'S/2018/922');
  });

  it('puts parity-mismatch on both texts of mandate.zh.unres and mandate.en.unres, each linked to the other', async () => {
    const zh = draft('mandate.zh.unres');
    const en = draft('mandate.en.unres');
    await open(zh);
    await open(en);
    const onChinese = parityOf(await diagnosticsOf(zh, 'six parity mismatches on the Chinese text', d => parityOf(d).length === 6));
    const onEnglish = parityOf(await diagnosticsOf(en, 'six parity mismatches on the English text', d => parityOf(d).length === 6));
    assert.ok([...onChinese, ...onEnglish].every(d => d.severity === vscode.DiagnosticSeverity.Warning));
    const figures = onChinese.find(d => /OP1/.test(d.message) && /12/.test(d.message) && /18/.test(d.message))!;
    assert.ok(figures, onChinese.map(d => d.message).join('\n'));
    const related = figures.relatedInformation![0];
    assert.equal(related.location.uri.toString(), en.toString());
    const english = await vscode.workspace.openTextDocument(en);
    assert.equal(english.getText(related.location.range), '18');
  });

  it('"Check parity with another draft…" pairs two drafts of any name', async () => {
    const agreed = draft('agreed.zh.unres');
    await open(agreed);
    assert.deepEqual(parityOf(await diagnosticsOf(agreed, 'agreed.zh.unres checked', () => true)), []);
    const answer = await vscode.commands.executeCommand<{ mismatches: number }>('unResolution.checkParity', draft('mandate.en.unres'));
    assert.equal(answer.mismatches, 6);
    await diagnosticsOf(agreed, 'parity mismatches on agreed.zh.unres once paired with mandate.en.unres', d => parityOf(d).length === 6);
  });
});
