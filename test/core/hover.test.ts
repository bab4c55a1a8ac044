import { strict as assert } from 'node:assert';
import { cursor, fixture, service } from '../helpers';

function hoverText(marked: string, messageLanguage?: 'zh' | 'en'): string | undefined {
  const { text, offset } = cursor(marked);
  const document = service.parse(text);
  const hover = service.doHover(document, document.lines.positionAt(offset), { messageLanguage });
  return hover ? (hover.contents as { value: string }).value : undefined;
}

describe('hover on citations', () => {
  it('shows symbol, Chinese date, title and link over 第2341(2017)号决议', () => {
    assert.equal(hoverText('重申第23|41(2017)号决议，'), [
      '**S/RES/2341 (2017)** · 安全理事会决议',
      '通过日期: 2017年2月13日',
      'on protection of critical infrastructure against terrorist acts（标题为联合国数字图书馆的英文说明）',
      '[https://undocs.org/zh/S/RES/2341(2017)](https://undocs.org/zh/S/RES/2341(2017))',
      '来源: 内置数据，[联合国数字图书馆记录 859472](https://digitallibrary.un.org/record/859472)',
    ].join('\n\n'));
  });

  it('shows the English date and link in an English draft', () => {
    const value = hoverText('Recalling resolution 2341 (20|17) on critical infrastructure,')!;
    assert.match(value, /Adopted: 13 February 2017/);
    assert.match(value, /https:\/\/undocs\.org\/en\/S\/RES\/2341\(2017\)/);
  });

  it('keeps the draft language for dates when labels are in English', () => {
    const value = hoverText('重申第2341(2017)号决|议，', 'en')!;
    assert.match(value, /Adopted: 2017年2月13日/);
  });

  it('shows the item under the cursor in a list, and all items elsewhere on it', () => {
    const one = hoverText('第1373(2001)、16|24(2005)和2178(2014)号决议')!;
    assert.match(one, /S\/RES\/1624 \(2005\)/);
    assert.doesNotMatch(one, /1373/);
    const all = hoverText('第1373(2001)、1624(2005)和2178(2014)号决|议')!;
    assert.deepEqual(all.match(/\*\*S\/RES\/\d+ \(\d+\)\*\*/g), ['**S/RES/1373 (2001)**', '**S/RES/1624 (2005)**', '**S/RES/2178 (2014)**']);
  });

  it('shows the record of a year-less citation', () => {
    assert.match(hoverText('第13|73号决议')!, /S\/RES\/1373 \(2001\)[^]*2001年9月28日/);
  });

  it('points out a year that disagrees with the record', () => {
    assert.match(hoverText('第2195(20|15)号决议')!, /记录为 2014 年/);
  });

  it('says that a number after the last known is newer than the data, and still links', () => {
    const value = hoverText('第2822(2026)|号决议')!;
    assert.match(value, /数据中没有此决议：它比数据新。数据截至 S\/RES\/2821 \(2026\)，2026年5月29日。/);
    assert.match(value, /\[https:\/\/undocs\.org\/zh\/S\/RES\/2822\(2026\)\]/);
  });

  it('gives 2026年4月14日 over 第2819(2026)号决议, from the built-in data and its source', () => {
    const value = hoverText('回顾第28|19(2026)号决议，')!;
    // Its subject comes from a gazette, not the UN Digital Library: no note saying it does.
    assert.match(value, /^\*\*S\/RES\/2819 \(2026\)\*\* · 安全理事会决议\n\n通过日期: 2026年4月14日\n\non Libya \(sanctions\)\n\n/);
    assert.match(value, /来源: 内置数据，zoek\.officielebekendmakingen\.nl\/trb-2026-45\.xml/);
  });

  it('says that 2820(2026) lies between 2819 and 2821', () => {
    assert.match(hoverText('Recalling resolution 28|20 (2026),')!,
      /This resolution is not in the data: it lies between S\/RES\/2819 \(2026\), 14 April 2026 and S\/RES\/2821 \(2026\), 29 May 2026; its date and title are unknown\./);
    assert.match(hoverText('第2820(2026)|号决议')!, /它介于 S\/RES\/2819 \(2026\)，2026年4月14日 和 S\/RES\/2821 \(2026\)，2026年5月29日 之间/);
  });

  it('gives nothing off a citation or on another organ', () => {
    assert.equal(hoverText('各会员|国，'), undefined);
    assert.equal(hoverText('经社理事会第12|96号决议'), undefined);
  });

  it('shows a General Assembly resolution from the record: date, title, link', () => {
    const value = hoverText('回顾大会第71/2|91号决议，')!;
    assert.match(value, /^\*\*A\/RES\/71\/291\*\* · 大会决议/);
    assert.match(value, /通过日期: 2017年6月15日/);
    assert.match(value, /Global Counter-Terrorism Strategy/);
    assert.match(value, /https:\/\/undocs\.org\/zh\/A\/RES\/71\/291/);
    assert.match(hoverText('Recalling General Assembly resolution ES-11/|6,')!, /Adopted: 23 February 2023[^]*digitallibrary\.un\.org\/record\/4003921/);
  });

  it('says honestly that an Assembly resolution adopted without a vote may be missing', () => {
    const value = hoverText('大会第2625(XX|V)号决议')!;
    assert.match(value, /A\/RES\/2625\(XXV\)[^]*数据中没有此决议[^]*未经表决通过的决议大多缺失/);
    assert.match(value, /https:\/\/undocs\.org\/zh\/A\/RES\/2625\(XXV\)/);
  });

  it('answers over 2341(2017) on line 15 of corpus 003', () => {
    const text = fixture('corpus-003.txt');
    const document = service.parse(text);
    const line = text.split('\n')[14];
    const hover = service.doHover(document, { line: 14, character: line.indexOf('2341') + 1 })!;
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /2017年2月13日/);
    assert.match(value, /critical infrastructure/);
    assert.deepEqual(hover.range, { start: { line: 14, character: line.indexOf('2341') }, end: { line: 14, character: line.indexOf('2341') + 10 } });
  });
});
