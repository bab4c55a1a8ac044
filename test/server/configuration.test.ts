// Configuration over a real LSP connection: .resolintrc.json above a draft (rule levels, draft
// language), unResolution.rules only where no file applies, a broken file reported on itself while the
// drafts get the defaults, a change seen through the file watcher, and inline disabling with its quick fixes.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileChangeType, type CodeAction } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startInProcess, type LspTestClient } from './lspClient';

// A year mismatch (line 2) and a citation without 号 (line 4).
const DRAFT = '安全理事会，\n\n回顾第2195(2015)号决议，\n\n又回顾第2341(2017)决议，\n';

describe('server in-process: .resolintrc.json and inline disabling', () => {
  let client: LspTestClient;
  let root: string;
  const uriOf = (relative: string) => pathToFileURL(join(root, relative)).href;
  const codes = async (relative: string, text = DRAFT) => {
    const uri = uriOf(relative);
    await client.open(uri, 'un-resolution', text);
    return (await client.waitForDiagnostics(uri)).diagnostics.map(d => `${d.range.start.line}:${d.code}:${d.severity}`);
  };

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'resolint-lsp-config-'));
    mkdirSync(join(root, 'configured', 'deep'), { recursive: true });
    mkdirSync(join(root, 'plain'));
    writeFileSync(join(root, 'configured', '.resolintrc.json'), JSON.stringify({ rules: { 'citation-year-mismatch': 'off', 'citation-form': 'error' } }));
    client = startInProcess();
    // The editor's setting turns citation-form off: it applies only where no configuration file does.
    await client.initialize('en', { unResolution: { rules: { 'citation-form': 'off' } } }, { watchFiles: true });
  });

  after(async () => {
    await client?.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  it('a rule off in the nearest .resolintrc.json is not reported; its levels replace the defaults', async () => {
    assert.deepEqual(await codes('configured/deep/a.unres'), ['4:citation-form:1']);
  });

  it('unResolution.rules applies where no file does', async () => {
    assert.deepEqual(await codes('plain/b.unres'), ['2:citation-year-mismatch:1']);
  });

  it('a broken file: config-invalid at the problem, on the file itself; the drafts get the defaults; fixed, it applies again', async () => {
    const config = join(root, 'configured', '.resolintrc.json');
    writeFileSync(config, '{\n  "rules": { "citation-year-mismatch": "of" }\n}\n');
    const AT_VALUE = '  "rules": { "citation-year-mismatch": '.length;
    await client.filesChanged([{ uri: pathToFileURL(config).href, type: FileChangeType.Changed }]);
    const draft = uriOf('configured/deep/c.unres');
    await client.open(draft, 'un-resolution', DRAFT);
    const [problems, served] = await Promise.all([client.waitForDiagnostics(pathToFileURL(config).href, p => p.diagnostics.length > 0), client.waitForDiagnostics(draft)]);
    assert.deepEqual(problems.diagnostics.map(d => [d.code, d.severity, d.range, d.message]), [[
      'config-invalid', 1, { start: { line: 1, character: AT_VALUE }, end: { line: 1, character: AT_VALUE + '"of"'.length } },
      'Configuration .resolintrc.json: "citation-year-mismatch" must be one of: off, error, warning, information, hint',
    ]]);
    assert.deepEqual(served.diagnostics.map(d => `${d.range.start.line}:${d.code}:${d.severity}`), ['2:citation-year-mismatch:1', '4:citation-form:2'],
      'the defaults, not the settings');
    writeFileSync(config, JSON.stringify({ rules: { 'citation-year-mismatch': 'off' } }));
    await client.filesChanged([{ uri: pathToFileURL(config).href, type: FileChangeType.Changed }]);
    assert.deepEqual((await client.waitForDiagnostics(pathToFileURL(config).href, p => p.diagnostics.length === 0)).diagnostics, []);
    const after = await client.waitForDiagnostics(draft, p => !p.diagnostics.some(d => d.code === 'citation-year-mismatch'));
    assert.deepEqual(after.diagnostics.map(d => `${d.range.start.line}:${d.code}`), ['4:citation-form']);
  });

  it('an inline disable silences exactly its line; its quick fixes write the comment', async () => {
    const text = DRAFT.replace('回顾第2195', '<!-- resolint-disable-next-line citation-form -->\n回顾第2195');
    assert.deepEqual(await codes('plain/d.unres', text.replace('citation-form', 'citation-year-mismatch')), []);
    const uri = uriOf('plain/e.unres');
    await client.open(uri, 'un-resolution', DRAFT);
    const [mismatch] = (await client.waitForDiagnostics(uri)).diagnostics;
    const actions = (await client.codeActions(uri, mismatch.range, [mismatch])) as CodeAction[];
    const forLine = actions.find(a => a.title === 'Disable citation-year-mismatch for this line')!;
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'un-resolution', 1, DRAFT), forLine.edit!.changes![uri]);
    assert.equal(fixed, '安全理事会，\n\n<!-- resolint-disable-next-line citation-year-mismatch -->\n回顾第2195(2015)号决议，\n\n又回顾第2341(2017)决议，\n');
    await client.change(uri, 2, [{ text: fixed }]);
    assert.deepEqual((await client.waitForDiagnostics(uri)).diagnostics, []);
    const forFile = actions.find(a => a.title === 'Disable citation-year-mismatch in this file')!;
    assert.deepEqual(forFile.edit!.changes![uri], [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '<!-- resolint-disable-file citation-year-mismatch -->\n' }]);
  });
});
