// How current the data is, on strings: each source with its count and newest resolution, what the
// workspace file adds, and what is still missing.
import { strict as assert } from 'node:assert';
import { parseRecordFile } from '../../server/src/core';
import { service } from '../helpers';

const FILE = '/ws/.resolution-record.json';

describe('data currency', () => {
  it('names the built-in sources: the Council record to 2821 of 29 May 2026, with its gaps, and the Assembly record', () => {
    const currency = service.getDataCurrency({ messageLanguage: 'zh' });
    assert.deepEqual(currency.sources.map(s => [s.kind, s.count, s.lastSymbol, s.lastDate]), [
      ['securityCouncil', 2819, 'S/RES/2821 (2026)', { year: 2026, month: 5, day: 29 }],
      ['generalAssembly', 7202, 'A/RES/80/4', { year: 2025, month: 10, day: 29 }],
    ]);
    assert.equal(currency.workspaceEntries, 0);
    assert.deepEqual(currency.text.split('\n'), [
      '安全理事会决议，内置数据（2026-12-01 修订）：2819 项，最后一项 S/RES/2821 (2026)，2026年5月29日通过；其中缺 2818、2820。',
      '大会决议，内置数据：7202 项（经记录表决通过的决议及四项反恐决议；未经表决通过的大多缺失），最后一项 A/RES/80/4，2025年10月29日通过。',
      '没有工作区记录文件（.resolution-record.json）。',
    ]);
  });

  it('adds the workspace file: how many entries came from it, its newest, and what is left missing', () => {
    const resolutions = [
      { number: 2820, date: '2026-05-15', title: 'x', source: 'y' },
      { number: 2825, date: '2026-07-01', title: 'x', source: 'y' },
    ];
    const { record } = parseRecordFile(JSON.stringify({ resolutions }), FILE, service.record);
    const currency = service.getDataCurrency({ record, messageLanguage: 'en' });
    assert.equal(currency.workspaceEntries, 2);
    assert.deepEqual(currency.missing, [[2818, 2818], [2822, 2824]]);
    assert.deepEqual(currency.text.split('\n').slice(2), [
      'Workspace record file /ws/.resolution-record.json: 2 resolutions, the last S/RES/2825 (2026) of 1 July 2026.',
      'Resolutions from the workspace: 2.',
      'Security Council resolutions still missing: 2818, 2822–2824.',
    ]);
    // The built-in line keeps the built-in data's own gaps.
    assert.match(currency.text.split('\n')[0], /; missing: 2818, 2820\.$/);
  });
});
