// How a CI job gets resolint (README): npm pack here, the tarball installed in another project, and
// `npx resolint` runs from it, on a text and on a Word draft. The package holds the bundle, not the sources.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { paragraphFromLine, writeDocx } from '../docxSample';

const ROOT = join(__dirname, '..', '..');
const npm = (args: string[], cwd: string) => spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });

describe('the npm package (npm pack)', function () {
  this.timeout(180_000);
  let folder: string;
  before(() => { folder = mkdtempSync(join(tmpdir(), 'resolint-pack-')); });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('installs from its tarball in another project, where npx resolint checks a draft', async () => {
    const packed = npm(['pack', '--json', '--pack-destination', folder], ROOT);
    assert.equal(packed.status, 0, packed.stderr);
    const [{ filename, files }] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
    assert.deepEqual(files.map(f => f.path).filter(p => p.startsWith('dist/') || p.startsWith('bin/')).sort(), ['bin/resolint.js', 'dist/cli.js', 'dist/gaRecord.generated.js', 'dist/mammoth.js']);
    const project = join(folder, 'ci');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'ci', version: '1.0.0', private: true }));
    const installed = npm(['install', '--no-save', '--offline', join(folder, filename)], project);
    assert.equal(installed.status, 0, installed.stderr);
    assert.ok(readdirSync(join(project, 'node_modules', '.bin')).includes('resolint'));
    const draft = '安全理事会，\n回顾第2195(2015)号决议，\n';
    writeFileSync(join(project, 'draft.unres'), draft);
    writeFileSync(join(project, 'draft.docx'), await writeDocx(draft.trimEnd().split('\n').map(paragraphFromLine)));
    const run = spawnSync(join(project, 'node_modules', '.bin', 'resolint'), ['--format', 'json', 'draft.unres', 'draft.docx'], { cwd: project, encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    const codes = (JSON.parse(run.stdout) as { diagnostics: { code: string }[] }[]).map(result => result.diagnostics.map(d => d.code));
    assert.deepEqual(codes, [['citation-year-mismatch'], ['citation-year-mismatch']]);
  });
});
