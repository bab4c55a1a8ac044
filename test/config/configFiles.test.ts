// The configuration of a draft on disk: the nearest file (no cascade), `extends`, cycles, broken and
// unreadable files, changes.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ConfigFiles } from '../../server/src/configFiles';

describe('configuration files on disk', () => {
  let root: string;
  const write = (relative: string, content: unknown): string => {
    const file = join(root, relative);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  };
  beforeEach(() => { root = mkdtempSync(join(tmpdir(), 'resolint-config-')); });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('the nearest file applies, whole: a file above it adds nothing', () => {
    write('.resolintrc.json', { rules: { 'citation-form': 'off' }, draftLanguage: 'en' });
    const near = write('drafts/.resolintrc.jsonc', '{ // ours\n "rules": { "term-undefined": "off" } }');
    const files = new ConfigFiles();
    const { configuration, ok } = files.forDraft(join(root, 'drafts', 'deep', 'a.unres'));
    assert.equal(ok, true);
    assert.deepEqual(configuration, { file: near, rules: { 'term-undefined': 'off' }, draftLanguage: 'auto', draftDetection: undefined, glossary: undefined, record: undefined, stage: undefined });
    assert.deepEqual(files.forDraft(join(root, 'b.unres')).configuration.rules, { 'citation-form': 'off' });
    assert.deepEqual(files.forDraft(join(tmpdir(), 'elsewhere', 'c.unres')).configuration.file, undefined);
  });

  it('extends a file by a relative path: its settings under, rules merged, paths relative to the file that names them', () => {
    write('shared/base.json', { rules: { 'citation-form': 'error', 'term-undefined': 'off' }, glossary: 'terms.json', stage: 'final' });
    const near = write('drafts/.resolintrc.json', { extends: '../shared/base.json', rules: { 'citation-form': 'warning' }, record: 'mine.tsv' });
    const { configuration, files } = new ConfigFiles().forDraft(join(root, 'drafts', 'a.unres'));
    assert.deepEqual(configuration, {
      file: near, rules: { 'citation-form': 'warning', 'term-undefined': 'off' }, draftLanguage: 'auto', draftDetection: undefined,
      glossary: join(root, 'shared', 'terms.json'), record: join(root, 'drafts', 'mine.tsv'), stage: 'final',
    });
    assert.deepEqual(files.map(f => [f.path, f.problems]), [[near, []], [join(root, 'shared', 'base.json'), []]]);
  });

  it('a cycle of extends is a problem at the "extends" that closes it; the drafts get the defaults', () => {
    const a = write('a.json', { extends: './b.json', rules: { 'citation-form': 'off' } });
    const b = write('b.json', { extends: 'a.json' });
    const { configuration, files, ok } = new ConfigFiles().resolve(a);
    assert.equal(ok, false);
    assert.deepEqual(configuration.rules, {});
    const problem = files.find(f => f.path === b)!.problems[0];
    assert.equal(files.find(f => f.path === b)!.text.slice(problem.range.start, problem.range.end), '"a.json"');
    assert.equal(problem.message.en, `Configuration b.json: "extends" makes a cycle: ${a} leads back to this file`);
    assert.ok(files.find(f => f.path === a)!.problems.some(p => /has problems/.test(p.message.en)), 'the nearest file says why too');
    const self = write('self.json', { extends: 'self.json' });
    assert.match(new ConfigFiles().resolve(self).files[0].problems[0].message.en, /makes a cycle/);
  });

  it('a missing base is a problem at "extends"; a missing --config file is unreadable', () => {
    const near = write('.resolintrc.json', { extends: 'nowhere.json' });
    const { files, ok } = new ConfigFiles().forDraft(join(root, 'a.unres'));
    assert.equal(ok, false);
    assert.deepEqual(files.map(f => [f.path, f.problems.map(p => p.message.en)]), [[near, [`Configuration .resolintrc.json: cannot read ${join(root, 'nowhere.json')}, which "extends" names`]]]);
    assert.deepEqual(new ConfigFiles().forDraft(join(root, 'a.unres'), join(root, 'missing.json')), { configuration: { rules: {}, draftLanguage: 'auto' }, files: [], unreadable: join(root, 'missing.json'), ok: false });
  });

  it('reads a file again once it changed (refresh), and finds a new nearest file (changed)', () => {
    const file = write('.resolintrc.json', { rules: { 'citation-form': 'off' } });
    const files = new ConfigFiles();
    const draft = join(root, 'sub', 'a.unres');
    assert.deepEqual(files.forDraft(draft).configuration.rules, { 'citation-form': 'off' });
    writeFileSync(file, JSON.stringify({ rules: { 'citation-form': 'error', 'term-undefined': 'off' } }));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    assert.deepEqual(files.forDraft(draft).configuration.rules, { 'citation-form': 'off' }, 'kept until told');
    files.refresh();
    assert.deepEqual(files.forDraft(draft).configuration.rules, { 'citation-form': 'error', 'term-undefined': 'off' });
    const nearer = write('sub/.resolintrc.json', {});
    files.changed(nearer);
    assert.equal(files.forDraft(draft).configuration.file, nearer);
  });
});
