// "UN Resolution: Check a Word draft…" in a real VS Code: the .docx (written here by the `docx`
// library: automatic numbering, a tracked change, a comment) opens read-only as a UN Resolution
// document with the server's findings, and the .docx is left as it was.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { paragraphFromLine, writeDocx, type SampleParagraph } from '../../docxSample';
import { diagnosticsOf, extension, fromResolint, hoverText, poll, positionOf, uiCheck, workspaceFile } from '../helpers';

const COMMAND = 'unResolution.checkWordDraft';

/** examples/draft-zh.unres as Word writes it: numbers automatic, 2195(2015) a tracked insertion, a comment. */
function exampleDraft(): SampleParagraph[] {
  const lines = fs.readFileSync(path.join(extension().extensionPath, 'examples', 'draft-zh.unres'), 'utf8').replace(/\n$/, '').split('\n');
  return lines.map(line => {
    const paragraph = paragraphFromLine(line);
    const [text] = paragraph.pieces as string[];
    if (!text.includes('2195(2015)')) return paragraph;
    const [before, after] = text.split('2195(2015)');
    return { ...paragraph, pieces: [before, { deleted: '2195(2014)' }, { inserted: '2195(2015)' }, { commented: after, comment: '第2195(2016)号决议？' }] };
  });
}

describe('UN Resolution: Check a Word draft…', function () {
  this.timeout(120_000);
  const file = workspaceFile('draft.docx');
  let bytes: Buffer;
  let editor: vscode.TextEditor;

  before(async () => {
    bytes = await writeDocx(exampleDraft());
    fs.writeFileSync(file.fsPath, bytes);
  });

  it('opens the .docx read-only as a UN Resolution document, one paragraph a line, numbers counted', async () => {
    const opened = await vscode.commands.executeCommand<vscode.TextEditor | { problem: string }>(COMMAND, file);
    assert.ok(opened && !('problem' in opened), JSON.stringify(opened));
    editor = opened;
    const { document } = editor;
    assert.equal(document.uri.scheme, 'un-resolution-docx');
    assert.equal(document.uri.path, file.path);
    assert.equal(document.languageId, 'un-resolution');
    assert.equal(document.lineAt(2).text.endsWith('2178(2014)和2195(2015)号决议，'), true, document.lineAt(2).text);
    assert.equal(document.lineAt(14).text, '3. 请秘书长就上文第2段的执行情况提出报告，并请国际民航组织提供协助；');
  });

  it('is served like any draft: the findings of the text, by paragraph, and hover', async () => {
    const diagnostics = await diagnosticsOf(editor.document.uri, 'the Word draft\'s findings', d => fromResolint(d).some(x => x.code === 'citation-year-mismatch'));
    const mismatch = diagnostics.find(d => d.code === 'citation-year-mismatch')!;
    assert.equal(mismatch.range.start.line, 2);
    assert.ok(!diagnostics.some(d => d.code === 'operative-numbering'), 'automatic numbers have no gap');
    const position = positionOf(editor.document, '重申第2341(2017)号决议', 4);
    const text = await poll('hover in the Word draft', async () => {
      const joined = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position));
      return joined.includes('S/RES/2341') ? joined : undefined;
    });
    assert.ok(text.includes('2017年2月13日'), text);
  });

  it('leaves the .docx as it was', () => {
    assert.ok(fs.readFileSync(file.fsPath).equals(bytes));
  });

  it('reads the .docx again when it changes on disk (saved in Word)', async () => {
    const changed = exampleDraft();
    changed.push({ pieces: ['又决定继续积极处理此案。'], level: 0 });
    fs.writeFileSync(file.fsPath, await writeDocx(changed));
    await poll('the view to show the saved paragraph', () => (editor.document.getText().endsWith('5. 又决定继续积极处理此案。') ? true : undefined));
    fs.writeFileSync(file.fsPath, bytes);
    await poll('the view to show the file as it was', () => (editor.document.getText().endsWith('4. 决定继续积极处理此案。') ? true : undefined));
  });

  it('says why a file that is not a Word document cannot be read, and opens nothing', async () => {
    const broken = workspaceFile('broken.docx');
    fs.writeFileSync(broken.fsPath, '安全理事会，');
    const opened = await vscode.commands.executeCommand<vscode.TextEditor | { problem: string }>(COMMAND, broken);
    assert.deepEqual(opened, { problem: 'broken.docx could not be read: This file is not a Word document (.docx).' });
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
  });

  it('UI: the Word draft in the editor, its findings underlined; typing into it is refused', async function () {
    const text = editor.document.getText();
    await vscode.window.showTextDocument(editor.document, { preview: false });
    await vscode.commands.executeCommand('notifications.clearAll');
    if (!await uiCheck('word-draft')) this.skip();
    assert.equal(editor.document.getText(), text);
    assert.equal(editor.document.isDirty, false);
  });
});
