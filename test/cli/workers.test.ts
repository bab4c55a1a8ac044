// Many drafts through the built command: worker threads give the same output, in the same order, as
// one thread; --cache gives the same output again, and checks a file anew when its text, its
// configuration or its glossary changes.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../server/lspClient';
import { ensureCliBundle, folderWith, resolintBin } from './spawnCli';

const EXAMPLES = ['draft-zh.unres', 'draft-en.unres'].map(name => readFileSync(join(ROOT, 'examples', name), 'utf8'));

describe('resolint on many files: threads and cache (built command)', function () {
  this.timeout(120_000);
  let root: string;
  before(() => {
    ensureCliBundle();
    // 60 drafts in 6 folders, more than the threshold for threads; names sort differently from their creation order.
    const files: Record<string, string> = {};
    for (let i = 59; i >= 0; i--) files[`f${i % 6}/d${String(i).padStart(3, '0')}.unres`] = EXAMPLES[i % 2] + (i % 5 === 0 ? '\n又回顾第2195(2015)号决议，\n' : '');
    root = folderWith(files);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('threads: the same output, in the same order, as one thread', () => {
    const one = resolintBin(['--concurrency', '1', '.'], { cwd: root });
    const many = resolintBin(['--concurrency', '3', '.'], { cwd: root });
    assert.equal(one.status, 1);
    assert.equal(many.stdout, one.stdout);
    const files = one.stdout.split('\n').filter(l => /^f\d\/d\d{3}\.unres:/.test(l)).map(l => l.split(':')[0]);
    assert.deepEqual([...new Set(files)], [...new Set(files)].sort(), 'files in sorted order');
    assert.equal(new Set(files).size, 60);
  });

  it('--cache: the same output again; a file is checked anew when its text, configuration or glossary changes', () => {
    const cache = join(root, '.resolintcache');
    const fresh = resolintBin(['.'], { cwd: root });
    const first = resolintBin(['--cache', '.'], { cwd: root });
    assert.ok(existsSync(cache));
    const second = resolintBin(['--cache', '.'], { cwd: root });
    assert.deepEqual([first.stdout, second.stdout], [fresh.stdout, fresh.stdout]);

    writeFileSync(join(root, 'f0', 'd000.unres'), '安全理事会，\n\n回顾第2341(2017)决议，\n');
    assert.equal(resolintBin(['--cache', '.'], { cwd: root }).stdout, resolintBin(['.'], { cwd: root }).stdout, 'changed text');

    writeFileSync(join(root, 'f1', '.resolintrc.json'), JSON.stringify({ rules: { 'citation-year-mismatch': 'off' } }));
    const configured = resolintBin(['--cache', '.'], { cwd: root });
    assert.equal(configured.stdout, resolintBin(['.'], { cwd: root }).stdout, 'changed configuration');
    assert.ok(!configured.stdout.split('\n').some(l => l.startsWith('f1/') && l.includes('citation-year-mismatch')));

    writeFileSync(join(root, 'f2', '.resolution-terms.json'), JSON.stringify({ terms: [{ zhFull: '国际民用航空组织', zhShort: '民航组织', source: 'style guide' }] }));
    const glossary = resolintBin(['--cache', '.'], { cwd: root });
    assert.equal(glossary.stdout, resolintBin(['.'], { cwd: root }).stdout, 'changed glossary');
    assert.ok(!glossary.stdout.split('\n').some(l => l.startsWith('f2/') && l.includes('term-inconsistent-short')));
    assert.ok(glossary.stdout.split('\n').some(l => l.startsWith('f4/') && l.includes('term-inconsistent-short')), 'other folders keep the built-in glossary');
  });
});
