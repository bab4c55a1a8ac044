// Terms through a real LSP connection: the workspace glossary found upward from a draft (a broken
// one gets a clear diagnostic on the file itself while hover keeps working with the built-in
// glossary), navigation, "Add to the workspace glossary", and re-reading a glossary that changed.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import {
  DidChangeWatchedFilesNotification, FileChangeType,
  type CodeAction, type DocumentHighlight, type Hover, type Location,
} from 'vscode-languageserver-protocol';
import { LspTestClient, startInProcess, startWatchingInProcess } from './lspClient';
import { positionOf } from './marked';

const BROKEN = '{\n  "terms": [\n    { "zhFull": "世界反兴奋剂机构" "source": "x" }\n  ]\n}\n';
const VALID = JSON.stringify({ terms: [{ zhFull: '世界反兴奋剂机构', zhShort: '反兴奋剂机构', enShort: 'WADA', source: 'WADA Chinese site' }] }, null, 2);
const DRAFT = [
  '安全理事会，',
  '欢迎国际民用航空组织(民航组织)的工作，',
  '请反恐执行局和民航组织合作，',
  '又请国际民航组织提交报告，',
  '欢迎欧亚反洗钱和打击资助恐怖主义行为工作组(欧亚工作组)和 WADA 的工作。',
  '',
].join('\n');

/** A workspace in a temporary folder: the glossary at its root, drafts in a subfolder. */
function workspace(glossary?: string): { root: string; draftUri: (name: string) => string; glossaryUri: string; glossaryPath: string } {
  const root = mkdtempSync(join(tmpdir(), 'resolint-terms-'));
  mkdirSync(join(root, 'drafts'));
  const glossaryPath = join(root, '.resolution-terms.json');
  if (glossary !== undefined) writeFileSync(glossaryPath, glossary);
  return { root, glossaryPath, glossaryUri: pathToFileURL(glossaryPath).href, draftUri: name => pathToFileURL(join(root, 'drafts', name)).href };
}

const hoverValue = (hover: Hover | null) => (hover?.contents as { value: string } | undefined)?.value ?? '';

describe('server in-process: terms and the workspace glossary', function () {
  let client: LspTestClient;
  const folders: string[] = [];

  before(async () => {
    client = startInProcess();
    await client.initialize();
  });

  after(async () => {
    await client?.shutdown();
    folders.forEach(f => rmSync(f, { recursive: true, force: true }));
  });

  it('reports a broken .resolution-terms.json on the file itself, at the error, while hover still works', async () => {
    const ws = workspace(BROKEN);
    folders.push(ws.root);
    const uri = ws.draftUri('broken.unres');
    await client.open(uri, 'un-resolution', DRAFT);
    const { diagnostics } = await client.waitForDiagnostics(ws.glossaryUri, p => p.diagnostics.length > 0);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    assert.equal(diagnostics[0].code, 'glossary-invalid');
    assert.equal(diagnostics[0].severity, 1);
    assert.equal(diagnostics[0].source, 'resolint');
    assert.equal(diagnostics[0].message, 'Glossary .resolution-terms.json: invalid JSON: a comma is missing');
    assert.deepEqual(diagnostics[0].range.start, positionOf(BROKEN, 2, '"source"'));

    const hover = await client.hover(uri, positionOf(DRAFT, 2, '反恐执行局', 2));
    assert.match(hoverValue(hover), /反恐怖主义委员会执行局[^]*CTED/);
    assert.equal(await client.hover(uri, positionOf(DRAFT, 4, 'WADA', 1)), null);
    const draft = await client.waitForDiagnostics(uri);
    assert.deepEqual(draft.diagnostics.filter(d => String(d.code).startsWith('term-')).map(d => d.code), ['term-undefined', 'term-inconsistent-short']);
  });

  it('reads the file again once it is put right, on the next open, and its entries answer', async () => {
    const ws = workspace(BROKEN);
    folders.push(ws.root);
    await client.open(ws.draftUri('first.unres'), 'un-resolution', DRAFT);
    await client.waitForDiagnostics(ws.glossaryUri, p => p.diagnostics.length > 0);
    writeFileSync(ws.glossaryPath, VALID);
    const uri = ws.draftUri('second.unres');
    await client.open(uri, 'un-resolution', DRAFT);
    await client.waitForDiagnostics(ws.glossaryUri, p => p.diagnostics.length === 0);
    const hover = hoverValue(await client.hover(uri, positionOf(DRAFT, 4, 'WADA', 1)));
    assert.match(hover, /\*\*世界反兴奋剂机构\*\* · 简称: 反兴奋剂机构/);
    assert.match(hover, /工作区术语表 \.resolution-terms\.json\n- WADA Chinese site/);
  });

  it('hovers over 反恐执行局 in corpus 003 with 反恐怖主义委员会执行局 and CTED', async () => {
    const text = readFileSync(join(__dirname, '..', 'fixtures', 'corpus-003.txt'), 'utf8');
    const uri = 'file:///corpus/corpus-003.txt';
    await client.open(uri, 'plaintext', text);
    const line = text.split('\n').findIndex(l => l.includes('委员会在反恐执行局的支持下'));
    const value = hoverValue(await client.hover(uri, positionOf(text, line, '反恐执行局', 1)));
    assert.match(value, /^\*\*反恐怖主义委员会执行局\*\*/);
    assert.match(value, /\(CTED\)/);
    const { diagnostics } = await client.waitForDiagnostics(uri);
    assert.deepEqual(diagnostics.filter(d => String(d.code).startsWith('term-') && d.severity !== 4), []);
  });

  it('goes to the definition, finds references and highlights', async () => {
    const ws = workspace();
    folders.push(ws.root);
    const uri = ws.draftUri('navigation.unres');
    await client.open(uri, 'un-resolution', DRAFT);
    const position = positionOf(DRAFT, 2, '民航组织', 1);
    const definition = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position });
    assert.deepEqual(definition, [{ uri, range: { start: positionOf(DRAFT, 1, '国际民用航空组织'), end: positionOf(DRAFT, 1, '的工作') } }]);
    const references = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: false } });
    assert.deepEqual(references.map(r => r.range.start), [positionOf(DRAFT, 2, '民航组织'), positionOf(DRAFT, 3, '国际民航组织')]);
    const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri }, position });
    assert.deepEqual(highlights.map(h => h.kind), [3, 3, 2, 2]);
  });

  it('offers to add a definition no glossary has to the workspace glossary', async () => {
    const ws = workspace(VALID);
    folders.push(ws.root);
    const uri = ws.draftUri('new-term.unres');
    await client.open(uri, 'un-resolution', DRAFT);
    const at = positionOf(DRAFT, 4, '欧亚工作组');
    const actions = (await client.codeActions(uri, { start: at, end: at }, [])) as CodeAction[];
    const add = actions.find(a => a.title === '将“欧亚工作组”加入工作区术语表');
    assert.ok(add, JSON.stringify(actions.map(a => a.title)));
    const [edit, ...more] = add.edit!.changes![ws.glossaryUri];
    assert.equal(more.length, 0);
    assert.match(edit.newText, /"zhFull": \[\s*"欧亚反洗钱和打击资助恐怖主义行为工作组"\s*\]/);
    assert.match(edit.newText, /"drafts\/new-term\.unres, line 5: 欧亚反洗钱和打击资助恐怖主义行为工作组\(欧亚工作组\)"/);
  });
});

describe('server in-process: a client that watches .resolution-terms.json', () => {
  let connection: MessageConnection;
  let client: LspTestClient;
  let registered: Promise<unknown>;
  const ws = workspace(VALID);

  before(async () => {
    ({ client, connection, registered } = await startWatchingInProcess(ws.root));
  });

  after(async () => {
    await client.shutdown();
    rmSync(ws.root, { recursive: true, force: true });
  });

  it('registers a watcher, and on a change re-reads the file and checks open drafts again', async () => {
    const [registration] = (await registered as { registrations: { method: string; registerOptions: unknown }[] }).registrations;
    assert.equal(registration.method, 'workspace/didChangeWatchedFiles');
    assert.deepEqual((registration.registerOptions as { watchers: unknown[] }).watchers[0], { globPattern: '**/.resolution-terms.json' });
    const uri = ws.draftUri('watched.unres');
    const text = '欢迎国际民用航空组织(民航组织)的工作，请民航组织和国际民航组织合作。';
    await client.open(uri, 'un-resolution', text);
    const before = await client.waitForDiagnostics(uri);
    assert.deepEqual(before.diagnostics.map(d => d.code), ['term-inconsistent-short']);
    // The workspace accepts only 民航组织 for ICAO: 国际民航组织 is no longer a name of it.
    writeFileSync(ws.glossaryPath, JSON.stringify({ terms: [{ zhFull: '国际民用航空组织', zhShort: '民航组织', source: 'style guide' }] }));
    await connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: ws.glossaryUri, type: FileChangeType.Changed }] });
    const after = await client.waitForDiagnostics(uri, p => !p.diagnostics.some(d => d.code === 'term-inconsistent-short'));
    assert.deepEqual(after.diagnostics, []);
  });

  it('offers to create the workspace glossary at the workspace root when there is none', async () => {
    rmSync(ws.glossaryPath);
    await connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: ws.glossaryUri, type: FileChangeType.Deleted }] });
    const uri = ws.draftUri('create.unres');
    const text = '欧亚反洗钱和打击资助恐怖主义行为工作组(欧亚工作组)成立。';
    await client.open(uri, 'un-resolution', text);
    await client.waitForDiagnostics(uri);
    const actions = (await client.codeActions(uri, { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, [])) as CodeAction[];
    const add = actions.find(a => a.title.includes('欧亚工作组'))!;
    assert.deepEqual(add.edit!.documentChanges![0], { kind: 'create', uri: ws.glossaryUri, options: { ignoreIfExists: true } });
  });
});
