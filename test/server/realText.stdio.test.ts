// The built bundle over stdio on text as it really is (issues 10 and 11): a PDF-style copy of an
// official resolution, whose citations are broken across lines and pages; a traditional-character web
// copy; and a verbatim record where every speaker defines a name afresh.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentSymbol, MarkupContent } from 'vscode-languageserver-protocol';
import { ROOT, ensureServerBundle, startStdio, type LspTestClient } from './lspClient';

const official = path.join(ROOT, 'test', 'fixtures', 'official');
const read = (file: string) => fs.readFileSync(path.join(official, file), 'utf8');

describe('server over stdio (dist/server.js): text as it really is', function () {
  let client: LspTestClient;

  before(async function () {
    this.timeout(60_000);
    ensureServerBundle();
    client = startStdio();
    await client.initialize();
  });

  after(async () => {
    await client?.shutdown();
  });

  it('reads a PDF-style resolution: the wrong year 946(994) across a line break, the outline counts of the publication', async () => {
    const text = read('pdf-style/zh/s-res-0953-1994.txt');
    const uri = 'file:///drafts/s-res-0953-pdf.txt';
    await client.open(uri, 'plaintext', text);
    const { diagnostics } = await client.waitForDiagnostics(uri);
    const years = diagnostics.filter(d => d.code === 'citation-year-mismatch');
    assert.deepEqual(years.map(d => d.message), ['第946号决议于1994年9月30日通过，年份应为1994，不是994。']);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map(s => s.children?.length), [4, 2]);
  });

  it('hovers over every item of a list broken across printed lines, 号决议 included', async () => {
    const text = read('pdf-style/zh/s-res-1766-2007.txt');
    const uri = 'file:///drafts/s-res-1766-pdf.txt';
    await client.open(uri, 'plaintext', text);
    const rows = fs.readFileSync(path.join(official, 'pdf-style', 'map.tsv'), 'utf8').trim().split('\n').slice(1)
      .map(row => row.split('\t')).filter(([, , , , file]) => file === 'pdf-style/zh/s-res-1766-2007.txt');
    assert.ok(rows.length >= 10);
    for (const [, , number, , , pdfLine] of rows) {
      const line = Number(pdfLine) - 1;
      const character = text.split('\n')[line].indexOf(number);
      const hover = await client.hover(uri, { line, character });
      assert.match((hover?.contents as MarkupContent).value, new RegExp(`S/RES/${number}\\b`), `${number} on line ${pdfLine}`);
    }
  });

  it('reads a traditional-character web copy: 號決議 hovers, its openers are known', async () => {
    const text = read('zh/s-res-0443-1978-hant.txt');
    const uri = 'file:///drafts/s-res-0443-hant.txt';
    await client.open(uri, 'plaintext', text);
    const { diagnostics } = await client.waitForDiagnostics(uri);
    assert.deepEqual(diagnostics.filter(d => /opener|citation-year|citation-date/.test(String(d.code))), []);
    const line = text.split('\n').findIndex(l => l.includes('186(1964)號決議'));
    const hover = await client.hover(uri, { line, character: text.split('\n')[line].indexOf('186(1964)') });
    assert.match((hover?.contents as MarkupContent).value, /S\/RES\/186 \(1964\)/);
  });

  it('gives a verbatim record no term finding where two speakers each define 反恐执行局', async () => {
    const record = [
      '联合国 S/PV.9990', '安全理事会', '第九九九〇次会议', '',
      '主席（以英语发言）：我现在请墨西哥代表发言。', '',
      '甲先生（墨西哥）（以西班牙语发言）：我感谢反恐怖主义委员会执行局(反恐执行局)的通报。反恐执行局的',
      '国家访问十分重要。', '',
      '乙女士（法国）（以法语发言）：法国支持反恐怖主义委员会执行局(反恐执行局)。反恐执行局的工作值得赞扬。',
    ].join('\n');
    const uri = 'file:///drafts/record.txt';
    await client.open(uri, 'plaintext', record);
    const { diagnostics } = await client.waitForDiagnostics(uri);
    assert.deepEqual(diagnostics.filter(d => String(d.code).startsWith('term-')), []);
  });
});
