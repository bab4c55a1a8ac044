// The built bundle over stdio, on an official UN document (S/PV-style Chinese text, corpus 003):
// an official text cites correctly, so it gets no citation diagnostics, and hover explains a citation.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { ROOT, ensureServerBundle, startStdio, type LspTestClient } from './lspClient';
import { positionOf } from './marked';

const CORPUS_003 = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'corpus-003.txt'), 'utf8');
const URI = 'file:///drafts/corpus-003.unres';
/** Line 15 of the file (0-based 14), inside the list citation that starts on line 13. */
const LIST_LINE = 14;

describe('server over stdio (dist/server.js): official document corpus-003', function () {
  let client: LspTestClient;

  before(function () {
    this.timeout(60_000);
    ensureServerBundle();
    client = startStdio();
  });

  after(async () => {
    await client?.shutdown();
  });

  it('initializes with incremental sync, hover, quick fixes and rewrites (Keep this alternative)', async () => {
    const { capabilities, serverInfo } = await client.initialize();
    assert.equal(capabilities.textDocumentSync, 2 /* Incremental */);
    assert.equal(capabilities.hoverProvider, true);
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'refactor.rewrite'], resolveProvider: true });
    assert.equal(serverInfo?.name, 'un-resolution-language-server');
  });

  it('publishes no citation diagnostics for the official text', async () => {
    assert.match(CORPUS_003.split('\n')[LIST_LINE], /2322\(2016\)、2341\(2017\)、2354\(2017\)、2368\(2017\)和 2370\(2017\)号决议等安全理/);
    await client.open(URI, 'un-resolution', CORPUS_003);
    const published = await client.waitForDiagnostics(URI);
    assert.equal(published.version, 1);
    // Only the faint term-undefined hints of the short forms official texts leave undefined (反恐执行局).
    const findings = published.diagnostics.filter(d => d.severity !== 4);
    assert.deepEqual(findings.filter(d => d.source === 'resolint'), []);
    assert.deepEqual(findings, []);
    assert.deepEqual(published.diagnostics.map(d => d.code), ['term-undefined', 'term-undefined', 'term-undefined']);
  });

  it('hovers over 2341 in the list citation with its date, title and undocs link', async () => {
    const at = positionOf(CORPUS_003, LIST_LINE, '2341(2017)', 2);
    const hover = await client.hover(URI, at);
    assert.ok(hover, 'a hover over 2341');
    const contents = hover.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    assert.match(contents.value, /S\/RES\/2341 \(2017\)/);
    assert.ok(contents.value.includes('2017年2月13日'), contents.value);
    assert.ok(contents.value.includes('critical infrastructure'), contents.value);
    assert.ok(contents.value.includes('https://undocs.org/zh/S/RES/2341(2017)'), contents.value);
    // The hover covers that one item, not the whole list.
    const start = positionOf(CORPUS_003, LIST_LINE, '2341(2017)');
    assert.deepEqual(hover.range, { start, end: { line: LIST_LINE, character: start.character + '2341(2017)'.length } });
  });

  it('has nothing to say between citations', async () => {
    const hover = await client.hover(URI, { line: 0, character: 0 });
    assert.equal(hover, null);
  });

  it('hovers over a General Assembly resolution, read from the record file beside the bundle', async () => {
    const uri = 'file:///drafts/assembly.unres';
    await client.open(uri, 'un-resolution', '回顾大会第71/291号决议，\n');
    const hover = await client.hover(uri, { line: 0, character: 8 });
    const value = (hover?.contents as MarkupContent).value;
    assert.match(value, /A\/RES\/71\/291[^]*2017年6月15日[^]*undocs\.org\/zh\/A\/RES\/71\/291/);
  });
});
