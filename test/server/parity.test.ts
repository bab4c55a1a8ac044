// Document symbols and parity over a real LSP connection: hover and document links on symbols; the
// Chinese and English texts of a draft paired by name, by the setting unResolution.parityPairs or by
// the command, their parity-mismatch diagnostics published on both and kept current as either changes.
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, DocumentLink, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { fixture } from '../helpers';
import { startInProcess, type LspTestClient } from './lspClient';
import { marked } from './marked';

const PARITY_DIR = join(__dirname, '..', 'fixtures', 'parity');
const parityOf = (params: PublishDiagnosticsParams): Diagnostic[] => params.diagnostics.filter(d => d.code === 'parity-mismatch');
const withParity = (count: number) => (params: PublishDiagnosticsParams) => parityOf(params).length === count;

describe('server in-process: document symbols', () => {
  let client: LspTestClient;
  before(async () => {
    client = startInProcess();
    await client.initialize('zh');
  });
  after(async () => client?.shutdown());

  it('hovers over a presidential statement in a Chinese draft, linked to undocs.org/zh/, its date the draft\'s', async () => {
    const uri = 'file:///drafts/symbols-zh.unres';
    const { text, position } = marked('安全理事会，\n\n回顾2012年4月16日主席声明(S/PRST/|2012/13)和秘书长的报告(S/2017/\n375)，\n\n1. 决定继续积极处理此案。\n');
    await client.open(uri, 'un-resolution', text);
    const hover = await client.hover(uri, position);
    const value = (hover?.contents as { value: string }).value;
    assert.match(value, /^\*\*S\/PRST\/2012\/13\*\* · 安全理事会主席的声明/);
    assert.match(value, /\(https:\/\/undocs\.org\/zh\/S\/PRST\/2012\/13\)/);
    assert.match(value, /日期“2012年4月16日”是草案所写的，未与任何记录核对。/);
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
    assert.deepEqual(links.map(l => l.target), ['https://undocs.org/zh/S/PRST/2012/13', 'https://undocs.org/zh/S/2017/375']);
    assert.deepEqual(links[1].range, { start: { line: 2, character: text.split('\n')[2].indexOf('S/2017/') }, end: { line: 3, character: 3 } });
    const { diagnostics } = await client.waitForDiagnostics(uri);
    assert.deepEqual(diagnostics.filter(d => d.code === 'symbol-form'), []);
  });

  it('hovers over and links every form of the issue, in an English draft to undocs.org/en/', async () => {
    const forms = ['S/2017/375', 'S/PRST/2017/1', 'S/PV.8180', 'S/PV.8180 (Resumption 1)', 'A/72/L.62', 'A/C.6/72/L.10', 'S/2017/1064/Add.1',
      'S/2004/1000/Corr.1', 'E/CN.4/2005/L.10/Add.17', 'S/AC.47/2023/COMM.8', 'S/1996/636*', 'A/ES-11/L.1'];
    const uri = 'file:///drafts/symbols-en.unres';
    const text = `The Security Council,\n\nTaking note of ${forms.join(',\n')},\n\n1. Decides to remain actively seized of the matter.\n`;
    await client.open(uri, 'un-resolution', text);
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
    assert.equal(links.length, forms.length);
    for (const [i, form] of forms.entries()) {
      const line = i + 2;
      const character = i === 0 ? 'Taking note of '.length : 0;
      assert.deepEqual(links[i].range, { start: { line, character }, end: { line, character: character + form.length } }, form);
      assert.equal(links[i].target, `https://undocs.org/en/${form.replace('*', '').replace(' (Resumption 1)', '(Resumption1)')}`);
      const hover = await client.hover(uri, { line, character: character + 1 });
      assert.ok((hover?.contents as { value: string }).value.startsWith(`**${form.replace('*', '\\*')}**`), form);
    }
  });

  it('reports symbol-form with its quick fix', async () => {
    const uri = 'file:///drafts/symbol-form.unres';
    await client.open(uri, 'un-resolution', '安全理事会，\n\n回顾第S/PRST/17/1号主席声明，\n\n1. 决定继续积极处理此案。\n');
    const { diagnostics } = await client.waitForDiagnostics(uri, p => p.diagnostics.some(d => d.code === 'symbol-form'));
    const finding = diagnostics.find(d => d.code === 'symbol-form')!;
    assert.equal(finding.message, '文号中的年份应写全四位：应写作“S/PRST/2017/1”。');
    const actions = await client.codeActions(uri, finding.range, [finding]);
    assert.ok(actions?.some(a => a.title === '改为“2017”'), JSON.stringify(actions));
  });
});

describe('server in-process: parity of the Chinese and English texts', () => {
  let client: LspTestClient;
  let root: string;
  const uriOf = (name: string) => pathToFileURL(join(root, name)).href;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'resolint-parity-'));
    for (const name of ['mandate.zh.unres', 'mandate.en.unres', 'agreed.zh.unres', 'agreed.en.unres']) copyFileSync(join(PARITY_DIR, name), join(root, name));
    client = startInProcess();
    await client.initialize('en', { unResolution: { parityPairs: [['agreed.zh.unres', 'other-name.txt']] } });
  });
  after(async () => {
    await client?.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  it('pairs name.zh.unres with name.en.unres and puts each mismatch on both, linked to the other', async () => {
    const zh = uriOf('mandate.zh.unres');
    const en = uriOf('mandate.en.unres');
    await client.open(zh, 'un-resolution', fixture('parity/mandate.zh.unres'));
    await client.open(en, 'un-resolution', fixture('parity/mandate.en.unres'));
    const onChinese = parityOf(await client.waitForDiagnostics(zh, withParity(6)));
    const onEnglish = parityOf(await client.waitForDiagnostics(en, withParity(6)));
    assert.ok([...onChinese, ...onEnglish].every(d => d.severity === 2 && d.source === 'resolint'));
    const figures = onEnglish.find(d => d.message.startsWith('OP1 has other figures'))!;
    assert.equal(figures.message, 'OP1 has other figures than OP1 of the Chinese text: here 18; there 12.');
    assert.equal(figures.relatedInformation![0].location.uri, zh);
    assert.deepEqual(figures.relatedInformation![0].location.range, { start: { line: 12, character: 16 }, end: { line: 12, character: 18 } });
    assert.ok(onChinese.some(d => d.message === 'PP4 has no counterpart in the English text (preambular paragraphs: 5 here, 4 in the English text).'));
  });

  it('checks the other text again as either is edited', async () => {
    const zh = uriOf('mandate.zh.unres');
    const en = uriOf('mandate.en.unres');
    const text = fixture('parity/mandate.en.unres');
    const line = text.split('\n').findIndex(l => l.includes('S/2018/292'));
    const character = text.split('\n')[line].indexOf('292');
    await client.change(en, 2, [{ range: { start: { line, character }, end: { line, character: character + 3 } }, text: '922' }]);
    await client.waitForDiagnostics(en, withParity(5));
    const onChinese = parityOf(await client.waitForDiagnostics(zh, withParity(5)));
    assert.ok(!onChinese.some(d => d.message.includes('S/2018/922')));
  });

  it('reads a partner that is not open from disk, past a partner the setting names that does not exist', async () => {
    const zh = uriOf('agreed.zh.unres');
    const text = fixture('parity/agreed.zh.unres');
    await client.open(zh, 'un-resolution', text.replace('12个月', '24个月'));
    const [figures] = parityOf(await client.waitForDiagnostics(zh, withParity(1)));
    assert.equal(figures.message, 'OP1 has other figures than OP1 of the English text: here 24; there 12.');
    assert.equal(figures.relatedInformation![0].location.uri, uriOf('agreed.en.unres'));
    await client.change(zh, 2, [{ text }]);
    await client.waitForDiagnostics(zh, withParity(0));
    const alone = uriOf('lonely.zh.txt');
    await client.open(alone, 'plaintext', text);
    assert.deepEqual(parityOf(await client.waitForDiagnostics(alone)), []);
  });

  it('pairs the drafts the setting unResolution.parityPairs names', async () => {
    const left = uriOf('chinese-draft.unres');
    const right = uriOf('english-draft.unres');
    await client.changeConfiguration({ unResolution: { parityPairs: [['chinese-draft.unres', 'english-draft.unres']] } });
    await client.open(left, 'un-resolution', fixture('parity/mandate.zh.unres'));
    await client.open(right, 'un-resolution', fixture('parity/mandate.en.unres'));
    await client.waitForDiagnostics(left, withParity(6));
    await client.waitForDiagnostics(right, withParity(6));
  });

  it('pairs two drafts with the command, whatever their names, and answers how many mismatches there are', async () => {
    const left = 'untitled:Untitled-1';
    const right = 'untitled:Untitled-2';
    await client.open(left, 'un-resolution', fixture('parity/mandate.zh.unres'));
    await client.open(right, 'un-resolution', fixture('parity/mandate.en.unres'));
    const before = await client.waitForDiagnostics(left);
    assert.deepEqual(parityOf(before), []);
    const answer = await client.request<{ mismatches: number }>('workspace/executeCommand', { command: 'unResolution.server.checkParity', arguments: [left, right] });
    assert.equal(answer.mismatches, 6);
    await client.waitForDiagnostics(left, withParity(6));
    await client.waitForDiagnostics(right, withParity(6));
    assert.equal(await client.request('workspace/executeCommand', { command: 'unResolution.server.checkParity', arguments: [left] }), null);
  });
});
