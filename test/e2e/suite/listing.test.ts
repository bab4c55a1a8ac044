// What a drafter sees, checked in the browser by the launcher (scripts/e2e/ui.mjs) on the example
// draft, whose screenshots are the pictures of the drafter's page (docs/marketplace.md). Each test
// puts the editor in the state to show, then hands the screen to the launcher (uiCheck).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { diagnosticsOf, extension, fromResolint, positionOf, uiCheck } from '../helpers';

describe('What a drafter sees (the pictures of the drafter\'s page)', function () {
  this.timeout(180_000);
  let editor: vscode.TextEditor;
  let yearMismatch: vscode.Diagnostic;

  before(async () => {
    // The example alone on screen: the drafts of the other tests are closed (and their findings go).
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const file = vscode.Uri.file(path.join(extension().extensionPath, 'examples', 'draft-zh.unres'));
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file), { preview: false });
    const diagnostics = await diagnosticsOf(file, 'the example\'s findings', d => fromResolint(d).length >= 5);
    yearMismatch = diagnostics.find(d => d.code === 'citation-year-mismatch')!;
    assert.ok(yearMismatch, JSON.stringify(diagnostics.map(d => d.code)));
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
  });

  it('hover on a citation: the record of resolution 2341 (2017)', async function () {
    const position = positionOf(editor.document, '重申第2341(2017)号决议', 4);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    if (!await uiCheck('hover-citation')) this.skip();
  });

  it('the Problems panel lists the findings', async function () {
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    if (!await uiCheck('problems')) this.skip();
  });

  it('the Outline shows the preamble and the operative paragraphs', async function () {
    await vscode.commands.executeCommand('outline.focus');
    if (!await uiCheck('outline')) this.skip();
  });

  it('a quick fix writes the year the record gives', async function () {
    await vscode.window.showTextDocument(editor.document, { preview: false });
    editor.selection = new vscode.Selection(yearMismatch.range.start, yearMismatch.range.start);
    await vscode.commands.executeCommand('editor.action.quickFix');
    if (!await uiCheck('quick-fix')) this.skip();
    await vscode.commands.executeCommand('hideCodeActionWidget');
  });
});
