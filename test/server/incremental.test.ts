// Incremental sync: citations typed into and deleted from an open draft, with an astral character
// (𠀀, two UTF-16 code units) and CRLF line endings before them, so every position is checked in UTF-16.
import * as assert from 'node:assert/strict';
import type { Position } from 'vscode-languageserver-protocol';
import { startedInProcess, type LspTestClient } from './lspClient';
import { marked, positionAt } from './marked';

const CRLF = '\r\n';

/** A clean draft; | is where the citation is typed, after 𠀀 on its line and 𠀀 on an earlier line. */
const CLEAN = marked([
  '安全理事会，',
  '重申𠀀 其决心，',
  '回顾𠀀其|，',
  '',
].join(CRLF));

const CITATION = '第2195(2015)号决议';

function shifted(position: Position, inserted: string): Position {
  return { line: position.line, character: position.character + inserted.length };
}

describe('server in-process: incremental didChange', () => {
  let client: LspTestClient;
  before(async () => { client = await startedInProcess(); });
  after(() => client?.shutdown());

  it('reports a citation typed into a clean draft, at UTF-16 positions, and clears it when deleted', async () => {
    const uri = 'file:///drafts/typed.unres';
    await client.open(uri, 'un-resolution', CLEAN.text);
    assert.deepEqual((await client.waitForDiagnostics(uri)).diagnostics, []);

    const at = CLEAN.position;
    assert.deepEqual(at, { line: 2, character: 5 }, '回顾𠀀其 is five UTF-16 code units');
    await client.change(uri, 2, [{ range: { start: at, end: at }, text: CITATION }]);
    const typed = await client.waitForDiagnostics(uri);
    assert.equal(typed.version, 2);
    assert.deepEqual(typed.diagnostics.map(d => d.code), ['citation-year-mismatch']);
    const expected = marked(['安全理事会，', '重申𠀀 其决心，', '回顾𠀀其第2195(|2015|)号决议，', ''].join(CRLF));
    assert.deepEqual(typed.diagnostics[0].range, expected.range);
    assert.deepEqual(expected.range, { start: { line: 2, character: 11 }, end: { line: 2, character: 15 } });

    await client.change(uri, 3, [{ range: { start: at, end: shifted(at, CITATION) }, text: '' }]);
    const deleted = await client.waitForDiagnostics(uri);
    assert.equal(deleted.version, 3);
    assert.deepEqual(deleted.diagnostics, []);
  });

  it('follows a citation broken over a CRLF line break', async () => {
    const uri = 'file:///drafts/broken-line.unres';
    await client.open(uri, 'un-resolution', CLEAN.text);
    await client.waitForDiagnostics(uri);

    const at = CLEAN.position;
    await client.change(uri, 2, [{ range: { start: at, end: at }, text: `第2195(${CRLF}2015)号决议` }]);
    const { diagnostics } = await client.waitForDiagnostics(uri);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    assert.deepEqual(diagnostics[0].range, { start: { line: 3, character: 0 }, end: { line: 3, character: 4 } });
  });

  it('applies several changes of one didChange in order', async () => {
    const uri = 'file:///drafts/two-changes.unres';
    await client.open(uri, 'un-resolution', CLEAN.text);
    await client.waitForDiagnostics(uri);

    const at = CLEAN.position;
    const year = { start: shifted(at, '第2195('), end: shifted(at, '第2195(2015') };
    await client.change(uri, 2, [
      { range: { start: at, end: at }, text: CITATION },
      { range: year, text: '2014' },
    ]);
    const { diagnostics, version } = await client.waitForDiagnostics(uri);
    assert.equal(version, 2);
    assert.deepEqual(diagnostics, []);
  });

  it('publishes for the last version when edits come faster than the debounce', async () => {
    const uri = 'file:///drafts/fast-typing.unres';
    await client.open(uri, 'un-resolution', CLEAN.text);
    await client.waitForDiagnostics(uri);

    let text = CLEAN.text;
    let offset = text.indexOf('，', text.indexOf('回顾'));
    let version = 1;
    for (const typed of CITATION) {
      const position = positionAt(text, offset);
      await client.change(uri, ++version, [{ range: { start: position, end: position }, text: typed }]);
      text = text.slice(0, offset) + typed + text.slice(offset);
      offset += typed.length;
    }
    const published = await client.waitForDiagnostics(uri);
    assert.equal(published.version, version);
    assert.deepEqual(published.diagnostics.map(d => d.code), ['citation-year-mismatch']);
    assert.deepEqual(published.diagnostics[0].range.start, positionAt(text, text.indexOf('2015')));
  });
});
