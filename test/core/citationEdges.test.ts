// The edges of each citation shape, from the survivors of mutation testing on server/src/core/parse/:
// where a number, a year or a date stops being one, the separators lists are written with, and the
// form findings with the exact fix each makes.
import { strict as assert } from 'node:assert';
import { createView } from '../../server/src/core/text/viewBuilder';
import { findCitations } from '../../server/src/core/parse/citations';
import { applyFix, diagnose, onlyFinding } from '../helpers';

/** Each citation as `[covered text] items`, an item as number(year)@date, `bare` when nothing marks it. */
function read(text: string): string[] {
  return findCitations(createView(text)).map(c => `${c.marked ? '' : 'bare '}[${text.slice(c.range.start, c.range.end)}] `
    + c.items.map(i => `${i.assemblySymbol ?? i.number}${i.year ? `(${i.year})` : ''}${i.writtenDate ? `@${Object.values(i.writtenDate.date).join('-')}` : ''}`).join(' '));
}

/** The text once the one citation-form finding in it is fixed, and that finding's severity and covered text. */
function fixed(text: string): { severity?: number; covered: string; result: string } {
  const finding = onlyFinding(text, 'citation-form');
  return { severity: finding.severity, covered: finding.covered, result: applyFix(text, finding) };
}

describe('citations: where a number, a year or a date stops being one', () => {
  it('takes no number of six digits, and no year before 1945 or after 2099, nor a range of years', () => {
    assert.deepEqual(read('第123456号决议'), []);
    assert.deepEqual(read('resolution 123456 (2017)'), []);
    assert.deepEqual(read('resolution 12 (1944)'), []);
    assert.deepEqual(read('resolution 12 (2100)'), []);
    assert.deepEqual(read('Recalling resolution 2341 (2017-2018)'), []);
    assert.deepEqual(read('resolution 1 (1946)'), ['[resolution 1 (1946)] 1(1946)']);
  });

  it('takes no number that runs on into a letter or a slash: another document', () => {
    assert.deepEqual(read('resolution 2341A (2017)'), []);
    assert.deepEqual(read('resolution 2341/Add.1'), []);
    assert.deepEqual(read('S/RES/2341/Add.1'), []);
  });

  it('reads spaces inside the brackets of a year, as PDF extraction leaves them', () => {
    assert.deepEqual(read('resolution 2341 ( 2017 )'), ['[resolution 2341 ( 2017 )] 2341(2017)']);
    assert.deepEqual(read('第2341( 2017 )号决议'), ['[第2341( 2017 )号决议] 2341(2017)']);
  });

  it('reads a mistyped year of two digits where 号决议 makes the citation certain, and flags its year', () => {
    assert.deepEqual(read('第1234(17)号决议'), ['[第1234(17)号决议] 1234(17)']);
    assert.equal(diagnose('第1234(17)号决议', 'citation-year-mismatch').length, 1);
  });

  it('reads dates on the first and last days of months, and none with a month 13 or a two-digit year', () => {
    assert.deepEqual(read('2000年10月31日第1325(2000)号决议'), ['[2000年10月31日第1325(2000)号决议] 1325(2000)@2000-10-31']);
    assert.deepEqual(read('2002年1月16日第1390(2002)号决议'), ['[2002年1月16日第1390(2002)号决议] 1390(2002)@2002-1-16']);
    assert.deepEqual(read('1947年8月1日第27(1947)号决议'), ['[1947年8月1日第27(1947)号决议] 27(1947)@1947-8-1']);
    assert.deepEqual(read('2001年13月28日第1373(2001)号决议'), ['[第1373(2001)号决议] 1373(2001)']);
    assert.deepEqual(read('于01年9月28日第1373(2001)号决议'), ['[第1373(2001)号决议] 1373(2001)']);
  });

  it('reads an English date through the doubled spaces of justified print, and no date that is not one', () => {
    assert.deepEqual(read('resolution 1373 (2001)  of  28  September  2001'), ['[resolution 1373 (2001)  of  28  September  2001] 1373(2001)@2001-9-28']);
    assert.deepEqual(read('resolution 1373 (2001) of 15 States'), ['[resolution 1373 (2001)] 1373(2001)']);
  });

  it('reads an Assembly number with its letter written on, and the number of an old-form one alone as its number', () => {
    assert.deepEqual(read('大会第73/12A号决议'), ['[第73/12A号决议] A/RES/73/12A']);
    const text = 'General Assembly resolution 2625 (XXV)';
    const item = findCitations(createView(text))[0].items[0];
    assert.equal(text.slice(item.numberRange.start, item.numberRange.end), '2625');
    assert.equal(text.slice(item.range.start, item.range.end), '2625 (XXV)');
  });

  it('reads 决议案 before a number and Chinese numerals in full-width brackets', () => {
    assert.deepEqual(read('决议案1514(XV)'), ['[决议案1514(XV)] A/RES/1514(XV)']);
    assert.deepEqual(read('決議案一五一四（十五）'), ['[決議案一五一四（十五）] A/RES/1514(XV)']);
  });
});

describe('citations: lists', () => {
  it('ends a list without 号决议 at its last item that is a resolution by its form', () => {
    assert.deepEqual(read('第1373(2001)、12个国家'), ['[第1373(2001)] 1373(2001)']);
    assert.deepEqual(read('1373(2001)、12个国家'), ['bare [1373(2001)] 1373(2001)']);
  });

  it('reads English lists through doubled spaces, `as well as`, and `its`/`Council resolution` before an item', () => {
    assert.deepEqual(read('resolutions 1267 (1999),  1989 (2011)  and  2253 (2015)'), ['[resolutions 1267 (1999),  1989 (2011)  and  2253 (2015)] 1267(1999) 1989(2011) 2253(2015)']);
    assert.deepEqual(read('resolutions 1373 (2001), as well as 1624 (2005)'), ['[resolutions 1373 (2001), as well as 1624 (2005)] 1373(2001) 1624(2005)']);
    assert.deepEqual(read('resolution 1373 (2001) and its resolution 1624 (2005)'), ['[resolution 1373 (2001) and its resolution 1624 (2005)] 1373(2001) 1624(2005)']);
    assert.deepEqual(read('resolution 1373 (2001) and Council resolution 1624 (2005)'), ['[resolution 1373 (2001) and Council resolution 1624 (2005)] 1373(2001) 1624(2005)']);
  });

  it('stops an English list at a number without its year, and a symbol at itself', () => {
    assert.deepEqual(read('resolution 1373 (2001) and 15 others'), ['[resolution 1373 (2001)] 1373(2001)']);
    assert.deepEqual(read('resolution 660 1990 calls'), ['[resolution 660] 660']);
    assert.deepEqual(read('S/RES/2341 (2017) and 2342 (2017)'), ['[S/RES/2341 (2017)] 2341(2017)', 'bare [2342 (2017)] 2342(2017)']);
  });

  it('takes a list continued by a second citation as one list, through a line break or a space, with or without 第', () => {
    for (const text of ['第2121(2013)、2127(2013)号决议\n\n及 2272(2016)号决议', '第2121(2013)、2127(2013)号决议和2272(2016)号决议']) {
      assert.deepEqual(diagnose(text, 'citation-list-conjunction'), [], text);
    }
    assert.equal(onlyFinding('第1540(2004)、1673(2006)号决议和其他决议', 'citation-list-conjunction').covered, '、');
    assert.deepEqual(diagnose('安理会1540(2004)、1673(2006)的执行情况', 'citation-list-conjunction'), []);
  });
});

describe('citations: form findings and their fixes', () => {
  it('accepts 號, 決 and 議 that a careless conversion left in a simplified text', () => {
    for (const text of ['第2341(2017)號决议', '第2341(2017)号決议', '第2341(2017)号决議', '第825(1993)號、第1540(2004)號和第1928(2010)號决议']) {
      assert.deepEqual(diagnose(text, 'citation-form'), [], text);
      assert.equal(read(text).length, 1, text);
    }
  });

  it('shows a mismatched bracket on the closing bracket', () => {
    assert.deepEqual(fixed('第2341(2017）号决议'), { severity: 2, covered: '）', result: '第2341(2017)号决议' });
  });

  it('replaces a comma between items, half-width or full-width, by 、', () => {
    assert.deepEqual(fixed('第1373(2001),1624(2005)和2178(2014)号决议'), { severity: 2, covered: ',', result: '第1373(2001)、1624(2005)和2178(2014)号决议' });
    assert.deepEqual(fixed('第1373(2001)，1624(2005)和2178(2014)号决议'), { severity: 2, covered: '，', result: '第1373(2001)、1624(2005)和2178(2014)号决议' });
  });

  it('mends one full-width bracket of an English year without touching the other', () => {
    assert.deepEqual(fixed('resolution 2341 （2017)'), { severity: 2, covered: '（2017)', result: 'resolution 2341 (2017)' });
    assert.deepEqual(fixed('resolution 2341 (2017）'), { severity: 2, covered: '(2017）', result: 'resolution 2341 (2017)' });
  });

  it('puts the brackets a scan lost around a year, as information', () => {
    const text = 'resolutions 767 (1992) of 27 July 1992, 775 1992 of 28 August 1992';
    assert.deepEqual(fixed(text), { severity: 3, covered: '775 1992', result: text.replace('775 1992', '775 (1992)') });
  });

  it('asks for 号 only where 决议 closes the list', () => {
    assert.deepEqual(diagnose('第2341(2017)的规定', 'citation-form'), []);
    assert.equal(fixed('第2341(2017)决议').result, '第2341(2017)号决议');
  });
});

describe('citations: who adopted a resolution, and where its number starts', () => {
  const organs = (text: string) => findCitations(createView(text)).map(c => `${c.organ} ${c.style}: ${text.slice(c.range.start, c.range.end)}`);

  it('names the body written before the citation in full, and no body named earlier in the sentence', () => {
    assert.deepEqual(organs('经济及社会理事会第1296号决议'), ['economicAndSocialCouncil zh: 第1296号决议']);
    assert.deepEqual(organs('回顾经社理事会1296(1968)'), ['economicAndSocialCouncil zh: 1296(1968)']);
    assert.deepEqual(organs('Recalling also Assembly resolution 1514'), ['generalAssembly en: resolution 1514']);
    assert.deepEqual(organs('Invites ECOSOC to take into account resolution 2341 (2017)'), ['securityCouncil en: resolution 2341 (2017)']);
    assert.deepEqual(organs('Invites the Human Rights Council to consider resolution 2341 (2017)'), ['securityCouncil en: resolution 2341 (2017)']);
  });

  it('reads an Assembly resolution of a special session, S-26/2, with its session', () => {
    assert.deepEqual(read('大会第S-26/2号决议'), ['[第S-26/2号决议] A/RES/S-26/2']);
    assert.deepEqual(read('General Assembly resolution S-26/2'), ['[resolution S-26/2] A/RES/S-26/2']);
  });

  it('takes 决议 written straight before the number, as older texts do, as what marks the citation', () => {
    assert.deepEqual(read('回顾安全理事会决议1373(2001)'), ['[决议1373(2001)] 1373(2001)']);
    // The 决议 the first citation closed with is no marker of a number after it.
    assert.deepEqual(read('第1373(2001)号决议1624(2005)'), ['[第1373(2001)号决议] 1373(2001)']);
  });

  it('reads a number starting with 9, and a number whose year a line break puts on the next line', () => {
    assert.deepEqual(read('第949(1994)号决议'), ['[第949(1994)号决议] 949(1994)']);
    assert.deepEqual(read('重申其2341\n(2017)号决议'), ['[2341\n(2017)号决议] 2341(2017)']);
  });

  it('leaves a list without 第 or 号决议 unmarked, whatever its separators', () => {
    assert.deepEqual(read('根据1267(1999)和1989(2011)'), ['bare [1267(1999)和1989(2011)] 1267(1999) 1989(2011)']);
  });

  it('gives a citation in Chinese numerals the Chinese style, and an English date its language', () => {
    const [numerals] = findCitations(createView('決議案一五一四（十五）'));
    assert.equal(numerals.style, 'zh');
    const [dated] = findCitations(createView('resolution 1373 (2001) of 28 September 2001'));
    assert.equal(dated.items[0].writtenDate?.language, 'en');
  });
});
