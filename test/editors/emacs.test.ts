// Emacs (28+, eglot) with the configuration of docs/editors.md starts dist/server.js, opens a corpus document
// and reads its diagnostics and a hover. Runs where emacs and eglot are installed.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { corpusDraft, requireEditor, installed, documentedConfig, runProbe } from './probe';

interface LspDiagnostic { range: { start: { line: number; character: number }; end: { line: number; character: number } }; code?: string; message: string }
interface EmacsResult {
  mode: string;
  server: string | null;
  received: boolean;
  published: LspDiagnostic[];
  hover: { contents: { kind: string; value: string } } | null;
  errors: string[];
}

/**
 * Emacs is run with -q, no init file but the site files: Debian's elpa-eglot is put on the load path
 * there, as for any user of the package (-Q would skip it). HOME is a fresh folder.
 */
const EMACS_ARGS = ['--batch', '-q'];

function eglotAvailable(): boolean {
  if (!installed('emacs')) return false;
  const probe = spawnSync('emacs', [...EMACS_ARGS, '--eval', '(require (quote eglot))'], { encoding: 'utf8', timeout: 30_000 });
  return probe.status === 0;
}

describe('Emacs (eglot): the configuration of docs/editors.md', function () {
  before(function () {
    requireEditor(this, eglotAvailable(), 'emacs-nox elpa-eglot');
  });

  it('starts dist/server.js on a corpus document: the wrong year is diagnosed, the hover gives the record', () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'un-resolution-emacs-'));
    try {
      const config = path.join(home, 'init.el');
      fs.writeFileSync(config, documentedConfig('Emacs', 'elisp'));
      const draft = corpusDraft();
      const probe = path.join(__dirname, 'emacs', 'probe.el');
      const result = runProbe('emacs', [...EMACS_ARGS, '-l', config, '-l', probe], draft, home) as EmacsResult;

      assert.deepEqual(result.errors, []);
      assert.equal(result.mode, 'text-mode');
      assert.ok(result.received, 'no publishDiagnostics');
      const mismatch = result.published.filter(d => d.code === 'citation-year-mismatch');
      assert.equal(mismatch.length, 1, JSON.stringify(result.published));
      assert.deepEqual(mismatch[0].range, {
        start: { line: draft.wrongYear.line, character: draft.wrongYear.start },
        end: { line: draft.wrongYear.line, character: draft.wrongYear.end },
      });
      assert.equal(mismatch[0].message, '第2322号决议于2016年12月12日通过，年份应为2016，不是2015。');

      assert.ok(result.hover, 'no hover');
      assert.ok(result.hover.contents.value.includes('S/RES/2341 (2017)'), result.hover.contents.value);
      assert.ok(result.hover.contents.value.includes('通过日期: 2017年2月13日'), result.hover.contents.value);
      fs.rmSync(path.dirname(draft.file), { recursive: true, force: true });
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
