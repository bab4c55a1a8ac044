// Huge and hostile files in the built server over stdio: a 20 MB draft (over unResolution.maxFileSize:
// one information diagnostic, and hover still answered from a window around the cursor, edits
// included), a binary file, a 1 MB line without a line break, and a raised limit under which a large
// draft is validated while hover goes on being answered. Deadlines are generous: these tests check
// behaviour, not speed (npm run bench measures that).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { MarkupContent, Position } from 'vscode-languageserver-protocol';
import { ROOT, ensureServerBundle, startStdio, type LspTestClient } from '../server/lspClient';

const CORPUS = ['corpus-003.txt', 'corpus-004.txt'].map(f => fs.readFileSync(path.join(ROOT, 'test', 'fixtures', f), 'utf8')).join('\n');
const LONG_WAIT_MS = 60_000;

/** The corpus repeated to at least `bytes` of UTF-8. */
function draftOf(bytes: number): string {
  return Array.from({ length: Math.ceil(bytes / Buffer.byteLength(CORPUS)) }, () => CORPUS).join('\n');
}

/** LSP position of an offset, by counting line breaks (\n only: the corpus has no CR). */
function positionAt(text: string, offset: number): Position {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return { line, character: offset - lineStart };
}

function rssMb(pid: number | undefined): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024;
}

/** Bytes no text file has: NULs, invalid UTF-8, control characters; decoded as an editor would. */
function binaryText(length: number): string {
  const bytes = Buffer.alloc(length);
  let seed = 12345;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    bytes[i] = seed >>> 24;
  }
  Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'latin1').copy(bytes);
  return bytes.toString('utf8');
}

describe('server over stdio (dist/server.js): huge and hostile files', function () {
  this.timeout(180_000);
  let client: LspTestClient;
  const settings = { unResolution: { draftDetection: 'auto' } as Record<string, unknown> };

  before(async function () {
    this.timeout(120_000);
    ensureServerBundle();
    client = startStdio();
    await client.initialize('zh-cn', settings);
  });

  after(async () => {
    await client?.shutdown();
  });

  it('a 20 MB draft: one information diagnostic that names the size and the setting; hover answered from a window; memory bounded', async () => {
    const uri = 'file:///huge/twenty.unres';
    const text = draftOf(20e6);
    await client.open(uri, 'un-resolution', text);
    const { diagnostics } = await client.waitForDiagnostics(uri, undefined, LONG_WAIT_MS);
    assert.deepEqual(diagnostics.map(d => [d.code, d.severity]), [['file-too-large', 3]]);
    assert.match(diagnostics[0].message, /20(\.\d)? MB.*unResolution\.maxFileSize.* 1 MB/);

    // The last list citation of the file: 2341 in 第2322(2016)、2341(2017)、…号决议.
    const offset = text.lastIndexOf('2341(2017)、2354');
    const at = positionAt(text, offset);
    assert.ok(at.line > 100_000, `deep in the file: line ${at.line}`);
    const hover = await client.hover(uri, { line: at.line, character: at.character + 2 });
    assert.ok(hover, 'a hover over 2341');
    assert.ok((hover.contents as MarkupContent).value.includes('2017年2月13日'), (hover.contents as MarkupContent).value);
    assert.deepEqual(hover.range, { start: at, end: { line: at.line, character: at.character + '2341(2017)'.length } });
    assert.equal(await client.hover(uri, { line: 0, character: 0 }), null);
    const afterOpen = rssMb(client.serverPid);

    // Edits are followed: a citation typed at the end of the file is explained at once.
    let version = 1;
    const last = positionAt(text, text.length);
    for (const typed of ['回顾第2195(2015)号决议，', '又回顾第1373(2001)号决议，']) {
      await client.change(uri, ++version, [{ range: { start: last, end: last }, text: typed }]);
      const typedHover = await client.hover(uri, { line: last.line, character: last.character + 4 });
      const value = (typedHover?.contents as MarkupContent | undefined)?.value ?? '';
      assert.match(value, typed.includes('2195') ? /2195.*2014/s : /S\/RES\/1373 \(2001\)/, value);
      last.character += typed.length;
    }
    const published = await client.waitForDiagnostics(uri, p => p.version === version, LONG_WAIT_MS);
    assert.deepEqual(published.diagnostics.map(d => d.code), ['file-too-large']);

    const rss = rssMb(client.serverPid);
    // 20 MB of CJK is 40 MB as a JavaScript string and 60 MB on the wire; a few copies are expected, no more.
    assert.ok(rss < 1024, `server RSS ${rss.toFixed(0)} MB after a 20 MB draft and edits (${afterOpen.toFixed(0)} MB after opening)`);

    await client.close(uri);
    assert.deepEqual((await client.waitForDiagnostics(uri, undefined, LONG_WAIT_MS)).diagnostics, []);
  });

  it('a binary file: an information diagnostic for a .unres file, nothing for a .txt file, no hover', async () => {
    const text = binaryText(200_000);
    await client.open('file:///huge/image.unres', 'un-resolution', text);
    const draft = await client.waitForDiagnostics('file:///huge/image.unres', undefined, LONG_WAIT_MS);
    assert.deepEqual(draft.diagnostics.map(d => [d.code, d.severity]), [['file-binary', 3]]);
    assert.match(draft.diagnostics[0].message, /二进制/);
    assert.equal(await client.hover('file:///huge/image.unres', { line: 0, character: 3 }), null);

    await client.open('file:///huge/image.txt', 'plaintext', text);
    assert.deepEqual((await client.waitForDiagnostics('file:///huge/image.txt', undefined, LONG_WAIT_MS)).diagnostics, []);
    await client.close('file:///huge/image.unres');
    await client.close('file:///huge/image.txt');
  });

  it('a 1 MB line without a line break: every citation reported at its UTF-16 column, hover at the end of the line', async () => {
    const uri = 'file:///huge/one-line.unres';
    const unit = '回顾𠀀第2195(2015)号决议，';
    const text = unit.repeat(Math.floor(1e6 / Buffer.byteLength(unit)));   // 1 MB: the default size limit
    // Every one of its 28,571 errors is published: more than the default unResolution.maxDiagnostics.
    await client.changeConfiguration({ unResolution: { ...settings.unResolution as object, maxDiagnostics: 100_000 } });
    await client.open(uri, 'un-resolution', text);
    const { diagnostics } = await client.waitForDiagnostics(uri, undefined, LONG_WAIT_MS);
    const count = text.length / unit.length;
    assert.equal(diagnostics.filter(d => d.code === 'citation-year-mismatch').length, count);
    const lastYear = text.lastIndexOf('2015');
    assert.ok(diagnostics.some(d => d.range.start.line === 0 && d.range.start.character === lastYear));
    const hover = await client.hover(uri, { line: 0, character: text.lastIndexOf('2195') + 1 });
    assert.match((hover?.contents as MarkupContent).value, /S\/RES\/2195 \(2014\)/);
    await client.close(uri);
    await client.changeConfiguration(settings);
  });

  it('with the limit raised, a large draft is checked, and hover is answered while it is', async () => {
    await client.changeConfiguration({ unResolution: { draftDetection: 'auto', maxFileSize: 100 } });
    const uri = 'file:///huge/large.unres';
    const text = draftOf(3e6) + '\n回顾第2195(2015)号决议，';
    await client.open(uri, 'un-resolution', text);
    const at = positionAt(text, text.lastIndexOf('2195') + 1);
    const hovers = await Promise.all([client.hover(uri, at, LONG_WAIT_MS), client.hover(uri, { line: 3, character: 0 }, LONG_WAIT_MS)]);
    assert.match((hovers[0]?.contents as MarkupContent).value, /2014/);
    const { diagnostics } = await client.waitForDiagnostics(uri, undefined, LONG_WAIT_MS);
    assert.ok(!diagnostics.some(d => d.code === 'file-too-large'));
    assert.ok(diagnostics.some(d => d.code === 'citation-year-mismatch' && d.range.start.line === at.line), 'the citation at the end is checked');
    await client.close(uri);
    await client.changeConfiguration(settings);
  });
});
