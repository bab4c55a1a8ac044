// resolint and the workspace record: .resolution-record.json is looked for upward from each draft; a
// broken one is an error on the file itself and exit status 2; `--data` prints how current the data is.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { resolint } from './resolint';

const DRAFT = '安全理事会，\n\n回顾第2822(2026)号决议，\n\n1. 决定继续积极处理此案。\n';
const ENTRIES = [
  { number: 2822, date: '2026-06-10', title: 'on the situation in Haiti', source: 'UN press release SC/16390' },
  { number: 2818, date: '2026-03-16', title: 'on UNAMA', source: 'Anadolu, 16 Mar 2026' },
];

describe('resolint: workspace record', () => {
  let root: string;
  let recordPath: string;
  const drafts = () => join(root, 'drafts');

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'resolint-record-'));
    mkdirSync(join(root, 'drafts', 'deep'), { recursive: true });
    writeFileSync(join(root, 'drafts', 'deep', 'a.unres'), DRAFT);
    writeFileSync(join(root, 'drafts', 'b.unres'), DRAFT);
    recordPath = join(root, '.resolution-record.json');
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads the record file of a folder above the drafts: its resolutions are known', async () => {
    assert.match((await resolint('--lang', 'en', drafts())).stdout, /information citation-unknown Resolution 2822 is newer than the data \(last known: 2821, 29 May 2026\)/);
    writeFileSync(recordPath, JSON.stringify({ resolutions: ENTRIES }));
    const { code, stdout, stderr } = await resolint(drafts());
    assert.deepEqual([code, stdout, stderr], [0, '', '']);
  });

  it('reports an entry contradicting the built-in data as an error on the file: exit 1', async () => {
    const text = JSON.stringify({ resolutions: [{ number: 2821, date: '2026-05-30', title: 'x', source: 'y' }, ENTRIES[0]] }, null, 2);
    writeFileSync(recordPath, text);
    const { code, stdout } = await resolint('--lang', 'en', drafts());
    assert.equal(code, 1);
    const line = text.split('\n').findIndex(l => l.includes('2026-05-30')) + 1;
    const column = text.split('\n')[line - 1].indexOf('"2026-05-30"') + 1;
    // The finding, the line of the file under it with a caret under the date, and the summary.
    assert.deepEqual(stdout.trim().split('\n'), [
      `${relative(process.cwd(), recordPath)}:${line}:${column} error record-contradiction Record file .resolution-record.json: the built-in data has resolution 2821 adopted on 29 May 2026 (source: one source: a scrape log quoting UN press release SC/16374 (press.un.org/en/2026/sc16374.doc.htm, 29 May 2026: 'Security Council Renews Sanctions on South Sudan for One Year, Adopting Resolution 2821 (2026)'); securitycouncilreport.org What's in Blue (28 May 2026) expected the vote on 29 May. Subject from the press release title), not 30 May 2026; this entry is not used.`,
      `    ${text.split('\n')[line - 1]}`,
      `    ${' '.repeat(column - 1)}${'^'.repeat('"2026-05-30"'.length)}`,
      '',
      '✖ 1 problem (1 error, 0 warnings)',
    ]);
  });

  it('exits 2 on a broken record file, reported once on the file, the drafts checked with the built-in record', async () => {
    writeFileSync(recordPath, '{"resolutions": [\n  {"number": 2822, "date": "2026-06-10"}\n]}');
    for (const args of [[drafts()], ['--exit-zero', drafts()]]) {
      const { code, stdout, stderr } = await resolint('--lang', 'en', ...args);
      assert.equal(code, 2);
      const lines = stdout.trim().split('\n');
      assert.deepEqual(lines.filter(l => l.includes('record-invalid')), [
        `${relative(process.cwd(), recordPath)}:2:3 error record-invalid Record file .resolution-record.json: entry 1 lacks title, source: each entry needs a number, date, title and source`,
      ]);
      assert.equal(lines.filter(l => l.includes('citation-unknown')).length, 2);
      assert.equal(stderr, `resolint: ${relative(process.cwd(), recordPath)}: broken, not used: the built-in record was used instead\n`);
    }
  });

  it('uses the record file the configuration names instead of the nearest one, for the drafts and for --data', async () => {
    writeFileSync(recordPath, '{"resolutions": [}');
    mkdirSync(join(root, 'data'));
    writeFileSync(join(root, 'data', 'ours.json'), JSON.stringify({ resolutions: ENTRIES }));
    writeFileSync(join(drafts(), '.resolintrc.json'), JSON.stringify({ record: '../data/ours.json' }));
    assert.deepEqual(await resolint(drafts()), { code: 0, stdout: '', stderr: '' }, 'the broken nearest file is not read');
    const { code, stdout } = await resolint('--data', join(drafts(), 'b.unres'));
    assert.equal(code, 0);
    assert.equal(stdout.split('\n')[2], `Workspace record file ${join(root, 'data', 'ours.json')}: 2 resolutions, the last S/RES/2822 (2026) of 10 June 2026.`);
    assert.equal((await resolint('--data', '--no-config', drafts())).code, 2, 'without the configuration: the broken nearest file');
  });

  describe('--data', () => {
    it('prints the built-in sources, their last resolution and date, and that there is no workspace file', async () => {
      const { code, stdout, stderr } = await resolint('--data', drafts());
      assert.deepEqual([code, stderr], [0, '']);
      assert.deepEqual(stdout.trimEnd().split('\n'), [
        'Security Council, built-in data (revised 2026-12-01): 2819 resolutions, the last S/RES/2821 (2026) of 29 May 2026; missing: 2818, 2820.',
        'General Assembly, built-in data: 7202 resolutions (those adopted by a recorded vote and four counter-terrorism ones; most adopted without a vote are missing), the last A/RES/80/4 of 29 October 2025.',
        'No workspace record file (.resolution-record.json).',
      ]);
    });

    it('adds the workspace file of the path: its count, its last resolution, and what is still missing', async () => {
      writeFileSync(recordPath, JSON.stringify({ resolutions: ENTRIES }));
      const { code, stdout } = await resolint('--data', '--lang', 'zh', join(drafts(), 'deep', 'a.unres'));
      assert.equal(code, 0);
      assert.deepEqual(stdout.trimEnd().split('\n').slice(2), [
        `工作区记录文件 ${recordPath}：2 项，最后一项 S/RES/2822 (2026)，2026年6月10日通过。`,
        '来自工作区的决议：2 项。',
        '安理会决议中仍缺：2820。',
      ]);
      const json = JSON.parse((await resolint('--data', '--format', 'json', drafts())).stdout);
      assert.deepEqual(json.sources.map((s: { kind: string; lastSymbol: string }) => [s.kind, s.lastSymbol]),
        [['securityCouncil', 'S/RES/2821 (2026)'], ['generalAssembly', 'A/RES/80/4'], ['workspace', 'S/RES/2822 (2026)']]);
      assert.equal(json.workspaceEntries, 2);
      assert.deepEqual(json.missing, [[2820, 2820]]);
    });

    it('exits 2 on a broken record file, with the built-in data printed and the problem on the file', async () => {
      writeFileSync(recordPath, '{"resolutions": [}');
      const { code, stdout, stderr } = await resolint('--data', drafts());
      assert.equal(code, 2);
      assert.match(stdout, /^Security Council, built-in data[^]*Workspace record file \S+: broken, not used \(see the problems on the file\)\.\nResolutions from the workspace: 0\.\nSecurity Council resolutions still missing: 2818, 2820\.\n[^]*record-invalid Record file \.resolution-record\.json: invalid JSON/);
      assert.match(stderr, /broken, not used/);
    });

    it('takes one path at most, and a path that exists', async () => {
      assert.equal((await resolint('--data', drafts(), drafts())).code, 2);
      const missing = await resolint('--data', join(root, 'nowhere'));
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /no such file or folder/);
    });
  });
});
