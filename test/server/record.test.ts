// The workspace record through a real LSP connection: .resolution-record.json found upward from a
// draft and answering hover and diagnostics; its problems published on the file itself, at their
// place; re-read on a change, with open drafts checked again; the data currency request; and a
// document link to the official text of every citation.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { DidChangeWatchedFilesNotification, FileChangeType, type DocumentLink, type Hover } from 'vscode-languageserver-protocol';
import { LspTestClient, startInProcess, startWatchingInProcess } from './lspClient';
import { positionOf } from './marked';

const ENTRY_2822 = { number: 2822, date: '2026-06-10', title: 'on the situation in Haiti', source: 'UN press release SC/16390' };
const RECORD = JSON.stringify({ resolutions: [ENTRY_2822] }, null, 2);
const BROKEN = '{\n  "resolutions": [\n    { "number": 2822, "date": "2026-06-10", "title": "x" "source": "y" }\n  ]\n}\n';
const DRAFT = '安全理事会，\n\n回顾其第2822(2026)号决议和第2820(2025)号决议，\n\n1. 决定继续积极处理此案。\n';

/** A workspace in a temporary folder: the record file at its root, drafts in a subfolder. */
function workspace(record?: string) {
  const root = mkdtempSync(join(tmpdir(), 'resolint-record-'));
  mkdirSync(join(root, 'drafts'));
  const recordPath = join(root, '.resolution-record.json');
  if (record !== undefined) writeFileSync(recordPath, record);
  return { root, recordPath, recordUri: pathToFileURL(recordPath).href, draftUri: (name: string) => pathToFileURL(join(root, 'drafts', name)).href };
}

const hoverValue = (hover: Hover | null) => (hover?.contents as { value: string } | undefined)?.value ?? '';
const codesOf = (diagnostics: { code?: string | number }[]) => diagnostics.map(d => String(d.code));

describe('server in-process: the workspace record', () => {
  let client: LspTestClient;
  const folders: string[] = [];

  before(async () => {
    client = startInProcess();
    await client.initialize('en');
  });

  after(async () => {
    await client?.shutdown();
    folders.forEach(f => rmSync(f, { recursive: true, force: true }));
  });

  it('finds .resolution-record.json above a draft: its resolution hovers with its source and is known to the rules', async () => {
    const ws = workspace(RECORD);
    folders.push(ws.root);
    const uri = ws.draftUri('found.unres');
    await client.open(uri, 'un-resolution', DRAFT);
    const { diagnostics } = await client.waitForDiagnostics(uri);
    // 2822 is known now; 2820(2025) lies between 2819 and 2821, both of 2026.
    assert.deepEqual(codesOf(diagnostics), ['citation-year-mismatch']);
    const value = hoverValue(await client.hover(uri, positionOf(DRAFT, 2, '2822', 1)));
    assert.match(value, /^\*\*S\/RES\/2822 \(2026\)\*\* · Security Council resolution\n\nAdopted: 2026年6月10日\n\non the situation in Haiti/);
    assert.ok(value.endsWith(`Source: workspace record file \`${ws.recordPath}\`, UN press release SC/16390`), value);
    const file = await client.waitForDiagnostics(ws.recordUri);
    assert.deepEqual(file.diagnostics, []);
  });

  it('reports a broken file on the file, at the error, and serves the built-in record meanwhile', async () => {
    const ws = workspace(BROKEN);
    folders.push(ws.root);
    const uri = ws.draftUri('broken.unres');
    await client.open(uri, 'un-resolution', DRAFT);
    const { diagnostics } = await client.waitForDiagnostics(ws.recordUri, p => p.diagnostics.length > 0);
    assert.deepEqual(diagnostics.map(d => [d.code, d.severity, d.source, d.message]), [
      ['record-invalid', 1, 'resolint', 'Record file .resolution-record.json: invalid JSON: a comma is missing'],
    ]);
    assert.deepEqual(diagnostics[0].range.start, positionOf(BROKEN, 2, '"source"'));
    const draft = await client.waitForDiagnostics(uri);
    assert.deepEqual(codesOf(draft.diagnostics), ['citation-unknown', 'citation-year-mismatch']);
    assert.match(draft.diagnostics[0].message, /^Resolution 2822 is newer than the data \(last known: 2821, 29 May 2026\)/);
  });

  it('reports an entry contradicting the built-in data at its date, and uses the others', async () => {
    const text = JSON.stringify({ resolutions: [{ number: 2819, date: '2026-04-20', title: 'Libya', source: 'news' }, ENTRY_2822] }, null, 2);
    const ws = workspace(text);
    folders.push(ws.root);
    const uri = ws.draftUri('contradiction.unres');
    await client.open(uri, 'un-resolution', DRAFT);
    const { diagnostics } = await client.waitForDiagnostics(ws.recordUri, p => p.diagnostics.length > 0);
    assert.deepEqual(codesOf(diagnostics), ['record-contradiction']);
    const line = text.split('\n').findIndex(l => l.includes('2026-04-20'));
    assert.deepEqual(diagnostics[0].range.start, positionOf(text, line, '"2026-04-20"'));
    assert.match(diagnostics[0].message, /resolution 2819 adopted on 14 April 2026/);
    assert.match(hoverValue(await client.hover(uri, positionOf(DRAFT, 2, '2822', 1))), /Adopted: 2026年6月10日/);
  });

  it('answers the data currency request: per source, and the workspace file of the draft', async () => {
    const ws = workspace(RECORD);
    folders.push(ws.root);
    const uri = ws.draftUri('currency.unres');
    const answer = await client.request<{ text: string; workspaceEntries: number }>('unResolution/dataCurrency', { uri });
    assert.equal(answer.workspaceEntries, 1);
    const lines = answer.text.split('\n');
    assert.equal(lines[0], 'Security Council, built-in data (revised 2026-12-01): 2819 resolutions, the last S/RES/2821 (2026) of 29 May 2026; missing: 2818, 2820.');
    assert.match(lines[1], /^General Assembly, built-in data: 7202 resolutions .* the last A\/RES\/80\/4 of 29 October 2025\.$/);
    assert.equal(lines[2], `Workspace record file ${ws.recordPath}: 1 resolution, the last S/RES/2822 (2026) of 10 June 2026.`);
    const builtIn = await client.request<{ text: string; workspaceEntries: number }>('unResolution/dataCurrency', {});
    assert.equal(builtIn.workspaceEntries, 0);
    assert.match(builtIn.text, /No workspace record file \(\.resolution-record\.json\)\./);
  });

  it('returns a document link to the official text for every cited resolution, in the draft\'s language', async () => {
    const text = '安全理事会，\n\n回顾第1373(2001)、2178(2014)号决议和大会第71/291号决议，\n\nRecalling S/RES/2341 (2017),\n';
    const uri = 'file:///links/draft.unres';
    await client.open(uri, 'un-resolution', text);
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
    assert.deepEqual(links.map(l => [l.range.start, l.target]), [
      [positionOf(text, 2, '1373'), 'https://undocs.org/zh/S/RES/1373(2001)'],
      [positionOf(text, 2, '2178'), 'https://undocs.org/zh/S/RES/2178(2014)'],
      [positionOf(text, 2, '71/291'), 'https://undocs.org/zh/A/RES/71/291'],
      [positionOf(text, 4, 'S/RES/2341'), 'https://undocs.org/zh/S/RES/2341(2017)'],
    ]);
    assert.equal(links[0].tooltip, 'Open the official text of S/RES/1373 (2001) on undocs.org');
  });
});

describe('server in-process: a client that watches .resolution-record.json', () => {
  let connection: MessageConnection;
  let client: LspTestClient;
  let registered: Promise<unknown>;
  const ws = workspace();

  before(async () => {
    ({ client, connection, registered } = await startWatchingInProcess(ws.root));
  });

  after(async () => {
    await client.shutdown();
    rmSync(ws.root, { recursive: true, force: true });
  });

  const changed = (type: FileChangeType) =>
    connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: ws.recordUri, type }] });

  it('watches the record file, re-reads it when it changes and checks open drafts again', async () => {
    const { registrations } = await registered as { registrations: { registerOptions: { watchers: unknown[] } }[] };
    assert.ok(registrations[0].registerOptions.watchers.some(w => (w as { globPattern: string }).globPattern === '**/.resolution-record.json'));
    const uri = ws.draftUri('watched.unres');
    await client.open(uri, 'un-resolution', DRAFT);
    const before = await client.waitForDiagnostics(uri);
    assert.deepEqual(codesOf(before.diagnostics), ['citation-unknown', 'citation-year-mismatch']);

    writeFileSync(ws.recordPath, RECORD);
    await changed(FileChangeType.Created);
    const after = await client.waitForDiagnostics(uri, p => !codesOf(p.diagnostics).includes('citation-unknown'));
    assert.deepEqual(codesOf(after.diagnostics), ['citation-year-mismatch']);
    await client.waitForDiagnostics(ws.recordUri, p => p.diagnostics.length === 0);

    writeFileSync(ws.recordPath, BROKEN);
    await changed(FileChangeType.Changed);
    const broken = await client.waitForDiagnostics(ws.recordUri, p => p.diagnostics.length > 0);
    assert.deepEqual(codesOf(broken.diagnostics), ['record-invalid']);
    await client.waitForDiagnostics(uri, p => codesOf(p.diagnostics).includes('citation-unknown'));

    // The file's problems go with it (the clean publish above was consumed, so this one is new).
    rmSync(ws.recordPath);
    await changed(FileChangeType.Deleted);
    await client.waitForDiagnostics(ws.recordUri, p => p.diagnostics.length === 0);
    await client.waitForDiagnostics(uri, p => codesOf(p.diagnostics).includes('citation-unknown'));
  });
});
