// The server never reaches the network, never runs a program and never writes a file: checked in the
// sources (no import of a network or process module, no eval) and at run time, in the built server
// with tripwires preloaded on every such function, through a session of every request it declares.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, ensureServerBundle, startStdio, type LspTestClient } from '../server/lspClient';

const SOURCES = path.join(ROOT, 'server', 'src');
const FORBIDDEN_MODULES = /^(node:)?(http|https|http2|net|tls|dgram|dns|child_process|cluster|vm|inspector)(\/|$)/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(file) : entry.name.endsWith('.ts') ? [file] : [];
  });
}

function imports(source: string): string[] {
  return [...source.matchAll(/(?:^|\s)(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)]
    .map(m => m[1] ?? m[2] ?? m[3]);
}

describe('sandbox: no network, no programs run, no files written', function () {
  this.timeout(120_000);

  it('no server source imports a network or process module, evaluates code or loads a module by a computed name', () => {
    const offences: string[] = [];
    for (const file of sourceFiles(SOURCES)) {
      const source = fs.readFileSync(file, 'utf8');
      const name = path.relative(ROOT, file);
      for (const spec of imports(source)) if (FORBIDDEN_MODULES.test(spec)) offences.push(`${name} imports ${spec}`);
      if (/\beval\s*\(|new\s+Function\s*\(/.test(source)) offences.push(`${name} evaluates code`);
      if (/\brequire\s*\(\s*[^'"\s)]|\bimport\s*\(\s*[^'"\s)]/.test(source)) offences.push(`${name} loads a module by a computed name`);
    }
    assert.deepEqual(offences, []);
  });

  it('the core is pure: it imports no Node module and nothing of the LSP connection or the editor', () => {
    const impure = (spec: string) => spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]) ||
      /^(vscode|vscode-languageserver|vscode-languageserver\/.*|vscode-jsonrpc.*|vscode-languageclient.*)$/.test(spec);
    const offences = sourceFiles(path.join(SOURCES, 'core')).flatMap(file =>
      imports(fs.readFileSync(file, 'utf8'))
        .filter(impure)
        .map(spec => `${path.relative(ROOT, file)} imports ${spec}`));
    assert.deepEqual(offences, []);
  });

  describe('the built server with tripwires on the network, child processes and file writes', () => {
    let client: LspTestClient;
    const uri = 'file:///sandbox/draft.unres';
    const log = path.join(os.tmpdir(), `resolint-sandbox-${process.pid}.log`);

    before(async function () {
      this.timeout(120_000);
      ensureServerBundle();
      fs.rmSync(log, { force: true });
      // The child inherits the environment: the tripwires are preloaded into it alone.
      const saved = { NODE_OPTIONS: process.env.NODE_OPTIONS, FORBID_LOG: process.env.FORBID_LOG };
      process.env.NODE_OPTIONS = `${saved.NODE_OPTIONS ?? ''} --require ${path.join(__dirname, 'fixtures', 'forbid.cjs')}`.trim();
      process.env.FORBID_LOG = log;
      try {
        client = startStdio();
      } finally {
        for (const [key, value] of Object.entries(saved)) if (value === undefined) delete process.env[key]; else process.env[key] = value;
      }
    });

    after(async () => {
      await client?.shutdown();
      fs.rmSync(log, { force: true });
    });

    it('serves a session of every declared request without tripping a wire', async () => {
      const { capabilities } = await client.initialize('zh-cn', { unResolution: { draftDetection: 'always' } });
      const text = '安全理事会，\n\n回顾第2195(2015)号决议和 resolution 1373 (2001)，\n\n1. 决定第2341(2017决议；\n\n2. 请秘书长报告。\n';
      await client.open(uri, 'un-resolution', text);
      const { diagnostics } = await client.waitForDiagnostics(uri);
      assert.ok(diagnostics.length > 0);
      const textDocument = { uri };
      const position = { line: 2, character: 4 };
      const whole = { start: { line: 0, character: 0 }, end: { line: 7, character: 0 } };
      const requests: [string, unknown][] = [
        ['textDocument/hover', { textDocument, position }],
        ['textDocument/codeAction', { textDocument, range: whole, context: { diagnostics } }],
      ];
      if (capabilities.documentSymbolProvider) requests.push(['textDocument/documentSymbol', { textDocument }]);
      if (capabilities.foldingRangeProvider) requests.push(['textDocument/foldingRange', { textDocument }]);
      if (capabilities.completionProvider) requests.push(['textDocument/completion', { textDocument, position: { line: 2, character: 9 } }]);
      if (capabilities.definitionProvider) requests.push(['textDocument/definition', { textDocument, position }]);
      if (capabilities.referencesProvider) requests.push(['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }]);
      for (const [method, params] of requests) await client.request(method, params);
      await client.changeConfiguration({ unResolution: { draftDetection: 'auto' } });
      await client.waitForDiagnostics(uri);
      assert.equal(fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '', '');
    });

    it('the tripwires are armed (a control: the preload reports a write)', () => {
      const probe = path.join(__dirname, 'fixtures', 'forbid.cjs');
      const run = spawnSync(process.execPath, ['--require', probe, '-e', 'require("node:fs").writeFileSync("/dev/null", "")'], { encoding: 'utf8' });
      assert.match(run.stderr, /FORBIDDEN fs\.writeFileSync/);
    });

    it('a forbidden write is one FORBIDDEN line on stderr and in the log, not a stack overflow of the tripwire', () => {
      const probe = path.join(__dirname, 'fixtures', 'forbid.cjs');
      const probeLog = path.join(os.tmpdir(), `resolint-forbid-control-${process.pid}.log`);
      fs.rmSync(probeLog, { force: true });
      try {
        const run = spawnSync(process.execPath, ['--require', probe, '-e', 'require("node:fs").writeFileSync("/dev/null", "")'],
          { encoding: 'utf8', env: { ...process.env, FORBID_LOG: probeLog } });
        assert.equal(run.status, 0, run.stderr);
        assert.equal(run.stderr, 'FORBIDDEN fs.writeFileSync(/dev/null)\n');
        assert.equal(fs.readFileSync(probeLog, 'utf8'), 'FORBIDDEN fs.writeFileSync(/dev/null)\n');
      } finally {
        fs.rmSync(probeLog, { force: true });
      }
    });
  });
});
