// Many drafts through the built command: worker threads give the same output, in the same order, as
// one thread, Word drafts and workspace record files included; --cache gives the same output again,
// and checks a file anew when its text, its configuration, its glossary or its record file changes.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paragraphFromLine, writeDocx } from '../docxSample';
import { ROOT } from '../server/lspClient';
import { defaultThreads } from '../../server/src/cli/workers';
import { BIN, ensureCliBundle, folderWith, resolintBin } from './spawnCli';

const EXAMPLES = ['draft-zh.unres', 'draft-en.unres'].map(name => readFileSync(join(ROOT, 'examples', name), 'utf8'));
/** Cited by every draft of f0 and f3 and by the Word drafts: newer than the built-in data, known to the record file of f3. */
const NEWER = '\n又回顾第2822(2026)号决议，\n';
const RECORD = JSON.stringify({ resolutions: [{ number: 2822, date: '2026-06-10', title: 'on the situation in Haiti', source: 'UN press release SC/16390' }] });
const unknownIn = (stdout: string, folder: string) => stdout.split('\n').filter(l => l.startsWith(`${folder}/`) && l.includes('citation-unknown') && l.includes('2822')).length;

describe('resolint on many files: threads and cache (built command)', function () {
  this.timeout(120_000);
  let root: string;
  before(async () => {
    ensureCliBundle();
    // 60 drafts in 6 folders, more than the threshold for threads; names sort differently from their creation order.
    const files: Record<string, string | Buffer> = { 'f3/.resolution-record.json': RECORD };
    for (let i = 59; i >= 0; i--) {
      files[`f${i % 6}/d${String(i).padStart(3, '0')}.unres`] = EXAMPLES[i % 2] + (i % 5 === 0 ? '\n又回顾第2195(2015)号决议，\n' : '') + (i % 3 === 0 ? NEWER : '');
    }
    // And Word drafts, read in the threads too.
    for (const [i, example] of EXAMPLES.entries()) files[`f${i}/w${i}.docx`] = await writeDocx((example + NEWER).trimEnd().split('\n').map(paragraphFromLine));
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
    const words = one.stdout.split('\n').filter(l => /^f\d\/w\d\.docx:\d+:\d+ .* \(paragraph \d+: “.+”\)$/.test(l)).map(l => l.split(':')[0]);
    assert.deepEqual([...new Set(words)], ['f0/w0.docx', 'f1/w1.docx']);
    assert.equal(unknownIn(one.stdout, 'f3'), 0, 'the record file of f3 knows 2822');
    assert.equal(unknownIn(one.stdout, 'f0'), 11, 'the ten drafts and the Word draft of f0 cite 2822, unknown to the built-in data');
  });

  it('a reader that closes the pipe early (resolint . | head) ends the run quietly, exit 2', async () => {
    const child = spawn(process.execPath, [BIN, '.'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed before anything is written: every write of the run then meets a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', chunk => { stderr += chunk; });
    const status = await new Promise<number | null>(resolve => child.on('close', resolve));
    assert.equal(status, 2);
    assert.equal(stderr, '');
  });

  it('--cache: the same output again; a file is checked anew when its text, configuration, glossary or record file changes', () => {
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

    writeFileSync(join(root, 'f0', '.resolution-record.json'), RECORD);
    const record = resolintBin(['--cache', '.'], { cwd: root });
    assert.equal(record.stdout, resolintBin(['.'], { cwd: root }).stdout, 'a new record file');
    assert.deepEqual([unknownIn(record.stdout, 'f0'), unknownIn(record.stdout, 'f1')], [0, 1], 'f1: its Word draft');
    writeFileSync(join(root, 'f0', '.resolution-record.json'), '{"resolutions": []}');
    const emptied = resolintBin(['--cache', '.'], { cwd: root });
    assert.equal(emptied.stdout, resolintBin(['.'], { cwd: root }).stdout, 'a changed record file');
    assert.equal(unknownIn(emptied.stdout, 'f0'), 10, 'nine drafts (d000 was rewritten above) and the Word draft');
  });
});

describe('threads by default', () => {
  it('half the logical cores, and the main thread alone below four', () => {
    assert.deepEqual([1, 2, 3, 4, 5, 8, 64].map(cores => defaultThreads(cores)), [1, 1, 1, 2, 2, 4, 32]);
  });
});
