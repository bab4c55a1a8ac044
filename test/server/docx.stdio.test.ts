// Word drafts through the built server over stdio: unResolution/docxText returns the text of a .docx
// (read by dist/mammoth.js beside dist/server.js), and the read-only view of it, opened under its own
// scheme, is served like any draft, with the workspace glossary of the .docx's folder.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover } from 'vscode-languageserver-protocol';
import { readDocx } from '../../server/src/docx';
import { DOCX_TEXT_REQUEST, DOCX_VIEW_SCHEME, type DocxTextResult } from '../../server/src/docxProtocol';
import { writeDocx } from '../docxSample';
import { ensureServerBundle, startStdio, type LspTestClient } from './lspClient';

const GLOSSARY = JSON.stringify({ terms: [{ zhFull: '世界反兴奋剂机构', zhShort: '反兴奋剂机构', enShort: 'WADA', source: 'WADA Chinese site' }] });

describe('server over stdio (dist/server.js): Word drafts', function () {
  let client: LspTestClient;
  let dir: string;

  before(async function () {
    this.timeout(60_000);
    ensureServerBundle();
    dir = mkdtempSync(join(tmpdir(), 'resolint-docx-server-'));
    writeFileSync(join(dir, '.resolution-terms.json'), GLOSSARY);
    writeFileSync(join(dir, 'draft.docx'), await writeDocx([
      { pieces: ['安全理事会，'] },
      { pieces: ['又回顾其第2195(', { deleted: '2014' }, { inserted: '2015' }, ')号决议，'] },
      { pieces: ['欢迎世界反兴奋剂机构(反兴奋剂机构)的工作，'] },
      { pieces: ['决定继续积极处理此案。'], level: 0 },
    ]));
    writeFileSync(join(dir, 'broken.docx'), '安全理事会，');
    client = startStdio();
    await client.initialize('zh-cn');
  });

  after(async () => {
    await client?.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers unResolution/docxText with the text, one paragraph a line, numbers counted', async () => {
    const file = join(dir, 'draft.docx');
    const result = await client.request<DocxTextResult>(DOCX_TEXT_REQUEST, { uri: pathToFileURL(file).href });
    assert.deepEqual(result, { text: (await readDocx(file)).text });
    assert.equal((result as { text: string }).text, '安全理事会，\n又回顾其第2195(2015)号决议，\n欢迎世界反兴奋剂机构(反兴奋剂机构)的工作，\n1. 决定继续积极处理此案。');
  });

  it('says why a file cannot be read, in the editor\'s language, and keeps serving', async () => {
    const broken = await client.request<DocxTextResult>(DOCX_TEXT_REQUEST, { uri: pathToFileURL(join(dir, 'broken.docx')).href });
    assert.deepEqual(broken, { problem: '该文件不是Word文档（.docx）。' });
    const missing = await client.request<DocxTextResult>(DOCX_TEXT_REQUEST, { uri: pathToFileURL(join(dir, 'missing.docx')).href });
    assert.deepEqual(missing, { problem: '找不到该文件。' });
    const virtual = await client.request<DocxTextResult>(DOCX_TEXT_REQUEST, { uri: 'vscode-vfs://github/un/drafts/draft.docx' });
    assert.deepEqual(virtual, { problem: '只能读取磁盘上的Word草案。' });
  });

  it('serves the read-only view like a draft: diagnostics, and hover from the workspace glossary of the .docx\'s folder', async () => {
    const file = pathToFileURL(join(dir, 'draft.docx')).href;
    const { text } = await client.request<{ text: string }>(DOCX_TEXT_REQUEST, { uri: file });
    const view = `${DOCX_VIEW_SCHEME}:${file.slice('file:'.length)}`;
    await client.open(view, 'un-resolution', text);
    const { diagnostics } = await client.waitForDiagnostics(view, p => p.diagnostics.length > 0);
    const mismatch = diagnostics.find(d => d.code === 'citation-year-mismatch');
    assert.deepEqual(mismatch?.range.start, { line: 1, character: '又回顾其第2195('.length });
    const hover: Hover | null = await client.hover(view, { line: 2, character: '欢迎世界反兴奋剂机构('.length + 2 });
    assert.match((hover?.contents as { value: string }).value, /WADA Chinese site/);
  });
});
