// The extension under development, in a real VS Code: activation, hover, diagnostics, quick fix,
// snippets and completion, through the same commands the editor's UI uses.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  diagnosticsOf, editorIsChinese, extension, fromResolint, hoverText, openInEditor, poll, positionOf, workspaceFile,
} from '../helpers';

const yearMismatch = (diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic | undefined =>
  fromResolint(diagnostics).find(d => d.code === 'citation-year-mismatch');

/** Appends a line to the end of the editor's document; returns the position at its end. */
async function appendLine(editor: vscode.TextEditor, text: string): Promise<vscode.Position> {
  const document = editor.document;
  const end = document.lineAt(document.lineCount - 1).range.end;
  const prefix = end.character === 0 ? '' : '\n';
  assert.ok(await editor.edit(edit => edit.insert(end, `${prefix}${text}`)), `could not type ${text}`);
  return document.lineAt(document.lineCount - 1).range.end;
}

const labelOf = (item: vscode.CompletionItem): string => (typeof item.label === 'string' ? item.label : item.label.label);
const insertTextOf = (item: vscode.CompletionItem): string =>
  item.insertText instanceof vscode.SnippetString ? item.insertText.value : (item.insertText ?? labelOf(item));

async function completionsAt(uri: vscode.Uri, position: vscode.Position, trigger?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider', uri, position, trigger,
  );
  return list?.items ?? [];
}

/** A snippet body as VS Code inserts it when no placeholder is edited: each placeholder's default. */
function expandSnippet(body: string): string {
  let text = body;
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1');
  }
  return text.replace(/\$\{\d+\}|\$\d+/g, '');
}

interface SnippetDefinition { prefix: string | string[]; body: string | string[]; description?: string }

describe('UN Resolution Drafting in VS Code (extension under development)', () => {
  // The workbench may create a plain-text model of its own at start (code-server's does), which
  // activates the extension through onLanguage:plaintext before any draft is opened; so these
  // check that it is active and serving once a draft is open, not what opened it first.
  it('activates on a .unres file: language UN Resolution, extension active', async () => {
    const ext = extension();
    const editor = await openInEditor('draft.unres');
    assert.equal(editor.document.languageId, 'un-resolution');
    await poll('extension activation', () => (ext.isActive ? true : undefined));
    const manifest = ext.packageJSON as { activationEvents: string[]; contributes: { languages: { id: string; extensions: string[] }[] } };
    // onLanguage:un-resolution is implied by the contributed language (VS Code 1.74+).
    assert.ok(manifest.contributes.languages.some(l => l.id === 'un-resolution' && l.extensions.includes('.unres')));
    assert.ok(manifest.activationEvents.includes('onLanguage:plaintext'));
  });

  it('serves a plain-text draft (.txt): its citation error is reported', async () => {
    const editor = await openInEditor('draft.txt');
    assert.equal(editor.document.languageId, 'plaintext');
    const diagnostics = await diagnosticsOf(editor.document.uri, 'year mismatch in draft.txt', d => !!yearMismatch(d));
    assert.equal(editor.document.getText(yearMismatch(diagnostics)!.range), '2015');
  });

  it('vscode.executeHoverProvider over 第2341(2017)号决议 returns the record', async () => {
    const document = (await openInEditor('draft.unres')).document;
    const position = positionOf(document, '第2341(2017)号决议', 3);
    const text = await poll('hover over 第2341(2017)号决议', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
      const joined = hoverText(hovers);
      return joined.includes('S/RES/2341') ? joined : undefined;
    });
    assert.ok(text.includes('S/RES/2341 (2017)'), text);
    // What describes the draft follows the draft (Chinese), whatever the editor's language ...
    assert.ok(text.includes('2017年2月13日'), text);
    assert.ok(text.includes('https://undocs.org/zh/S/RES/2341(2017)'), text);
    assert.ok(text.includes('protection of critical infrastructure'), text);
    // ... and the labels follow the editor's language.
    assert.ok(text.includes(editorIsChinese() ? '通过日期' : 'Adopted:'), `${vscode.env.language}: ${text}`);
  });

  it('reports 第2195(2015)号决议: 2195 was adopted in 2014', async () => {
    const document = (await openInEditor('draft.unres')).document;
    const diagnostics = await diagnosticsOf(document.uri, 'year mismatch in draft.unres', d => !!yearMismatch(d));
    const diagnostic = yearMismatch(diagnostics)!;
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(document.getText(diagnostic.range), '2015');
    assert.equal(diagnostic.range.start.line, positionOf(document, '2195(2015)').line);
    assert.equal(
      diagnostic.message,
      editorIsChinese()
        ? '第2195号决议于2014年12月19日通过，年份应为2014，不是2015。'
        : 'Resolution 2195 was adopted on 19 December 2014: the year is 2014, not 2015.',
    );
  });

  it('the year quick fix writes 2014 and the diagnostic goes', async () => {
    const document = (await openInEditor('draft.unres')).document;
    const diagnostic = yearMismatch(await diagnosticsOf(document.uri, 'year mismatch', d => !!yearMismatch(d)))!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value,
    );
    const title = editorIsChinese() ? '将年份改为2014' : 'Change the year to 2014';
    const fix = actions?.find(action => action.title === title);
    assert.ok(fix?.edit, `no quick fix "${title}" among ${JSON.stringify(actions?.map(a => a.title))}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the quick fix edit was refused');
    assert.ok(document.getText().includes('又回顾其第2195(2014)号决议'), document.getText());
    await diagnosticsOf(document.uri, 'the year mismatch to go after the fix', d => !yearMismatch(d));
  });

  it('offers the contributed snippets in completion, and one inserts its text', async () => {
    const ext = extension();
    const file = path.join(ext.extensionPath, 'snippets', 'un-resolution.code-snippets');
    const snippets = Object.values(JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, SnippetDefinition>);
    assert.ok(snippets.length > 0, `no snippets in ${file}`);
    const document = await vscode.workspace.openTextDocument({ language: 'un-resolution', content: '' });
    const editor = await vscode.window.showTextDocument(document);

    for (const snippet of snippets) {
      const prefix = [snippet.prefix].flat()[0];
      await editor.edit(edit => edit.replace(new vscode.Range(0, 0, document.lineCount, 0), prefix));
      const end = document.lineAt(0).range.end;
      const items = await completionsAt(document.uri, end);
      const offered = items.find(item => item.kind === vscode.CompletionItemKind.Snippet && labelOf(item) === prefix);
      assert.ok(offered, `snippet ${prefix} not offered; got ${JSON.stringify(items.slice(0, 30).map(labelOf))}`);
    }

    // Insert the first snippet as accepting the suggestion does, and compare with its body.
    const first = snippets[0];
    const prefix = [first.prefix].flat()[0];
    await editor.edit(edit => edit.replace(new vscode.Range(0, 0, document.lineCount, 0), prefix));
    const end = document.lineAt(0).range.end;
    const item = (await completionsAt(document.uri, end))
      .find(candidate => candidate.kind === vscode.CompletionItemKind.Snippet && labelOf(candidate) === prefix)!;
    const range = new vscode.Range(new vscode.Position(0, 0), end);
    assert.ok(await editor.insertSnippet(new vscode.SnippetString(insertTextOf(item)), range), 'insertSnippet refused');
    const expected = expandSnippet([first.body].flat().join('\n'));
    assert.equal(document.getText(), expected);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('returns a document link from 第2341(2017)号决议 to its official text on undocs.org/zh/', async () => {
    const document = (await openInEditor('draft.unres')).document;
    const links = await poll('document links in draft.unres', async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', document.uri);
      return found?.some(link => link.target?.toString(true) === 'https://undocs.org/zh/S/RES/2341(2017)') ? found : undefined;
    });
    const link = links.find(l => l.target?.toString(true) === 'https://undocs.org/zh/S/RES/2341(2017)')!;
    assert.equal(document.getText(link.range), '2341(2017)');
    // The wrong year of 2195(2015) links to the official text, of 2014.
    assert.ok(links.some(l => l.target?.toString(true) === 'https://undocs.org/zh/S/RES/2195(2014)'), JSON.stringify(links.map(l => l.target?.toString(true))));
  });

  it('UN Resolution: Show data currency runs and shows the record\'s last resolution in a read-only document', async () => {
    await openInEditor('draft.unres');
    const text = await vscode.commands.executeCommand<string>('unResolution.showDataCurrency');
    const lastLine = editorIsChinese() ? /最后一项 S\/RES\/2821 \(2026\)，2026年5月29日通过/ : /the last S\/RES\/2821 \(2026\) of 29 May 2026/;
    assert.match(text, lastLine);
    const shown = await poll('the data currency document', () => {
      const editor = vscode.window.activeTextEditor;
      return editor?.document.uri.scheme === 'un-resolution-data' ? editor.document : undefined;
    });
    assert.equal(shown.getText(), text);
  });

  it('a rule off in the nearest .resolintrc.json is not reported; VS Code checks the file against its schema', async () => {
    const folder = workspaceFile('configured').fsPath;
    fs.mkdirSync(folder, { recursive: true });
    const config = path.join(folder, '.resolintrc.json');
    fs.writeFileSync(config, JSON.stringify({ rules: { 'citation-year-mismatch': 'off' } }));
    // A year mismatch, which the file turns off, and a citation without 号, whose finding shows the draft was checked.
    fs.writeFileSync(path.join(folder, 'draft.unres'), '安全理事会，\n\n又回顾其第2195(2015)号决议和第2341(2017)决议，\n\n1. 决定继续积极处理此案。\n');
    const document = (await openInEditor('configured/draft.unres')).document;
    const checked = await diagnosticsOf(document.uri, 'citation-form in configured/draft.unres', d => fromResolint(d).some(x => x.code === 'citation-form'));
    assert.deepEqual(fromResolint(checked).map(d => d.code), ['citation-form']);

    fs.writeFileSync(config, '{\n  "rules": { "citation-year-mismatch": "of" }\n}\n');
    const configDocument = (await vscode.window.showTextDocument(vscode.Uri.file(config))).document;
    const problems = await diagnosticsOf(configDocument.uri, 'config-invalid and the schema check on .resolintrc.json',
      d => d.some(x => x.code === 'config-invalid') && d.some(x => x.source !== 'resolint'));
    for (const problem of problems) assert.equal(configDocument.getText(problem.range), '"of"', `${problem.source}: ${problem.message}`);
  });

  it('completes the year after 第2341( with 2017)号决议', async () => {
    const editor = await openInEditor('draft.txt');
    const position = await appendLine(editor, '回顾其第2341(');
    const offers = (item: vscode.CompletionItem): boolean => insertTextOf(item).includes('2017)号决议');
    const items = await poll('completion after 第2341(', async () => {
      const found = await completionsAt(editor.document.uri, position, '(');
      return found.some(offers) ? found : undefined;
    }, 10_000);
    const item = items.find(offers)!;
    assert.ok(insertTextOf(item).startsWith('2017)号决议'), insertTextOf(item));
  });
});
