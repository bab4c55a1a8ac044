// Neovim (0.7+, built-in LSP client) with the configuration of docs/editors.md starts dist/server.js, opens a
// corpus document and reads its diagnostics and a hover. Runs where nvim is installed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { corpusDraft, requireEditor, installed, documentedConfig, runProbe } from './probe';

interface LspDiagnostic { range: { start: { line: number; character: number }; end: { line: number; character: number } }; code?: string; source?: string; message: string; severity?: number }
interface NeovimResult {
  filetype: string;
  published: LspDiagnostic[] | null;
  editor_diagnostics: { lnum: number; col: number; message: string; source?: string }[];
  hover: { contents: { kind: string; value: string } } | null;
  clients: string[];
  errors: string[];
}

describe('Neovim: the configuration of docs/editors.md', function () {
  before(function () {
    requireEditor(this, installed('nvim'), 'neovim');
  });

  it('starts dist/server.js on a corpus document: the wrong year is diagnosed, the hover gives the record', () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'un-resolution-nvim-'));
    try {
      const config = path.join(home, 'init.lua');
      fs.writeFileSync(config, documentedConfig('Neovim', 'lua'));
      const draft = corpusDraft();
      const probe = path.join(__dirname, 'neovim', 'probe.lua');
      const result = runProbe('nvim', ['--headless', '-u', config, '-i', 'NONE', '-n', '-c', `luafile ${probe}`], draft, home) as NeovimResult;

      assert.deepEqual(result.errors, []);
      assert.equal(result.filetype, 'text');
      assert.deepEqual(result.clients, ['un-resolution']);
      const mismatch = (result.published ?? []).filter(d => d.code === 'citation-year-mismatch');
      assert.equal(mismatch.length, 1, JSON.stringify(result.published));
      assert.deepEqual(mismatch[0].range, {
        start: { line: draft.wrongYear.line, character: draft.wrongYear.start },
        end: { line: draft.wrongYear.line, character: draft.wrongYear.end },
      });
      // No locale from Neovim: the message is in the draft's language.
      assert.equal(mismatch[0].message, '第2322号决议于2016年12月12日通过，年份应为2016，不是2015。');
      // ... and Neovim shows it among the buffer's diagnostics.
      assert.ok(result.editor_diagnostics.some(d => d.lnum === draft.wrongYear.line && d.message === mismatch[0].message),
        JSON.stringify(result.editor_diagnostics));

      assert.ok(result.hover, 'no hover');
      assert.ok(result.hover.contents.value.includes('S/RES/2341 (2017)'), result.hover.contents.value);
      assert.ok(result.hover.contents.value.includes('通过日期: 2017年2月13日'), result.hover.contents.value);
      fs.rmSync(path.dirname(draft.file), { recursive: true, force: true });
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
