// What resolint reads, through the built command: paths it cannot read (an unreadable file or folder,
// a dangling symbolic link, a link to itself) are reported while every other path is still checked;
// quoted globs; .resolintignore.
import * as assert from 'node:assert/strict';
import { chmodSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ensureCliBundle, folderWith, readableCopyOfBin, resolintBin } from './spawnCli';

const DRAFT = '安全理事会，\n\n回顾第2195(2015)号决议，\n';
/** Root reads any file: the command then runs as nobody, for whom a mode of 000 means what it says. */
const asNobody = process.getuid?.() === 0;
let asUser: { uid?: number; gid?: number; bin?: string } = {};

describe('resolint inputs (built command)', function () {
  this.timeout(60_000);
  let root: string;
  before(() => {
    ensureCliBundle();
    if (asNobody) asUser = { uid: 65534, gid: 65534, bin: readableCopyOfBin() };
  });
  after(() => {
    if (asUser.bin) rmSync(join(asUser.bin, '..', '..'), { recursive: true, force: true });
  });
  afterEach(() => {
    chmodSync(join(root, 'drafts', 'locked'), 0o755);
    rmSync(root, { recursive: true, force: true });
  });

  beforeEach(() => {
    root = folderWith({
      'drafts/a-ok.unres': DRAFT,
      'drafts/b-secret.unres': DRAFT,
      'drafts/locked/c.unres': DRAFT,
      'drafts/z-ok.unres': DRAFT,
      'drafts/notes/d.md': DRAFT,
      'drafts/archive/old.unres': DRAFT,
      'drafts/x.text': DRAFT,
      '.resolintignore': '# old texts are not checked\narchive/\n*.md\n',
    });
    symlinkSync('nowhere.unres', join(root, 'drafts', 'ghost.unres'));
    symlinkSync('loop.unres', join(root, 'drafts', 'loop.unres'));
    chmodSync(root, 0o755);
    chmodSync(join(root, 'drafts', 'b-secret.unres'), 0o000);
    chmodSync(join(root, 'drafts', 'locked'), 0o000);
  });

  it('reports each unreadable path on stderr, checks and prints all the others, and exits 2', () => {
    const { status, stdout, stderr } = resolintBin(['drafts'], { cwd: root, ...asUser });
    assert.equal(status, 2);
    assert.deepEqual(stderr.trimEnd().split('\n'), [
      'resolint: cannot read drafts/b-secret.unres: permission denied',
      'resolint: cannot read drafts/ghost.unres: dangling symbolic link',
      'resolint: cannot read drafts/locked: permission denied',
      'resolint: cannot read drafts/loop.unres: symbolic link loop',
    ]);
    const files = stdout.split('\n').filter(l => / error /.test(l)).map(l => l.split(':')[0]);
    assert.deepEqual(files, ['drafts/a-ok.unres', 'drafts/z-ok.unres'], 'archive/ and *.md are in .resolintignore');
  });

  it('JSON: { file, error } in place for each unreadable path, results for the others', () => {
    const { status, stdout } = resolintBin(['--format', 'json', 'drafts/a-ok.unres', 'drafts/b-secret.unres', 'drafts'], { cwd: join(root), ...asUser });
    assert.equal(status, 2);
    const results = JSON.parse(stdout) as { file: string; error?: string; diagnostics?: unknown[] }[];
    assert.deepEqual(results.map(r => [r.file, r.error ?? r.diagnostics!.length]), [
      ['drafts/a-ok.unres', 1],
      ['drafts/b-secret.unres', 'permission denied'],
      ['drafts/a-ok.unres', 1],
      ['drafts/b-secret.unres', 'permission denied'],
      ['drafts/ghost.unres', 'dangling symbolic link'],
      ['drafts/locked', 'permission denied'],
      ['drafts/loop.unres', 'symbolic link loop'],
      ['drafts/z-ok.unres', 1],
    ]);
  });

  it('quoted globs, and .resolintignore in the current folder for what folders and globs find', () => {
    const inDrafts = { cwd: join(root, 'drafts'), ...asUser };
    const json = (args: string[]) => (JSON.parse(resolintBin(['--format', 'json', ...args], inDrafts).stdout) as { file: string }[]).map(r => r.file);
    chmodSync(join(root, 'drafts', 'locked'), 0o755);
    assert.deepEqual(json(['*-ok.unres', '**/*.text']), ['a-ok.unres', 'z-ok.unres', 'x.text']);
    // drafts/.resolintignore does not exist: the one of the parent folder does not apply here.
    assert.deepEqual(json(['.']), ['a-ok.unres', 'archive/old.unres', 'b-secret.unres', 'ghost.unres', 'locked/c.unres', 'loop.unres', 'notes/d.md', 'z-ok.unres']);
    const fromRoot = (JSON.parse(resolintBin(['--format', 'json', 'drafts', 'drafts/**/*.md'], { cwd: root, ...asUser }).stdout) as { file: string }[]).map(r => r.file);
    assert.deepEqual(fromRoot.filter(f => f.includes('archive') || f.endsWith('.md')), [], 'archive/ and *.md are ignored from the root');
    assert.equal(resolintBin(['drafts/notes/d.md'], { cwd: root, ...asUser }).status, 1, 'a file named explicitly is checked all the same');
  });
});
