import { createView } from '../../server/src/core/text/viewBuilder';
import { strict as assert } from 'node:assert';
import { findCitations } from '../../server/src/core/parse/citations';
import { fixture, service } from '../helpers';

/** Each citation as `organ: covered text => 1373(2001) 1624(2005)`. */
function summarize(text: string): string[] {
  return findCitations(createView(text)).map(c =>
    `${c.organ}: ${text.slice(c.range.start, c.range.end)} => ${c.items.map(i => (i.year ? `${i.number}(${i.year})` : `${i.number}`)).join(' ')}`);
}

describe('findCitations: Chinese', () => {
  it('reads a single citation with half-width or full-width brackets', () => {
    assert.deepEqual(summarize('重申第2341(2017)号决议，'), ['securityCouncil: 第2341(2017)号决议 => 2341(2017)']);
    assert.deepEqual(summarize('重申第2341（2017）号决议，'), ['securityCouncil: 第2341（2017）号决议 => 2341(2017)']);
  });

  it('reads spaces and line breaks inside a citation, as PDF-extracted text has them', () => {
    assert.deepEqual(summarize('根据第 1535(2004)号决议'), ['securityCouncil: 第 1535(2004)号决议 => 1535(2004)']);
    assert.deepEqual(summarize('第 2368(2017)和 2370 \n\n(2017)号决议'), ['securityCouncil: 第 2368(2017)和 2370 \n\n(2017)号决议 => 2368(2017) 2370(2017)']);
  });

  it('reads a list whose items are all citations, with 、 和 及 以及', () => {
    assert.deepEqual(summarize('第1373(2001)、1624(2005)和2178(2014)号决议'),
      ['securityCouncil: 第1373(2001)、1624(2005)和2178(2014)号决议 => 1373(2001) 1624(2005) 2178(2014)']);
    assert.deepEqual(summarize('第1373(2001)以及2178(2014)号决议'), ['securityCouncil: 第1373(2001)以及2178(2014)号决议 => 1373(2001) 2178(2014)']);
  });

  it('reads the older list form with 第 and 号 on each item', () => {
    assert.deepEqual(summarize('第825(1993)号、第1540(2004)号和第1928(2010)号决议'),
      ['securityCouncil: 第825(1993)号、第1540(2004)号和第1928(2010)号决议 => 825(1993) 1540(2004) 1928(2010)']);
  });

  it('reads year-less citations', () => {
    assert.deepEqual(summarize('第1373号决议'), ['securityCouncil: 第1373号决议 => 1373']);
    assert.deepEqual(summarize('第1267和1989号决议'), ['securityCouncil: 第1267和1989号决议 => 1267 1989']);
  });

  it('takes a date written before the citation as part of it', () => {
    const text = '回顾2001年9月28日第1373(2001)号决议，';
    const [citation] = findCitations(createView(text));
    const date = citation.items[0].writtenDate!;
    assert.equal(text.slice(date.range.start, date.range.end), '2001年9月28日');
    assert.deepEqual(date.date, { year: 2001, month: 9, day: 28 });
    assert.equal(text.slice(citation.range.start, citation.range.end), '2001年9月28日第1373(2001)号决议');
  });

  it('stops a list where the next word is not a citation', () => {
    assert.deepEqual(summarize('第2322(2016)号决议以及安全理事会其他相关决议'), ['securityCouncil: 第2322(2016)号决议 => 2322(2016)']);
  });

  it('does not read paragraph references or other organs as Security Council resolutions', () => {
    assert.deepEqual(summarize('第 16 和 17 段：国际刑警'), []);
    assert.deepEqual(summarize('经社理事会第1296号决议'), ['economicAndSocialCouncil: 第1296号决议 => 1296']);
  });

  it('reads General Assembly citations, with their symbols', () => {
    const symbols = (text: string) => findCitations(createView(text)).map(c => `${c.organ}: ${c.items.map(i => i.assemblySymbol ?? i.number).join(' ')}`);
    assert.deepEqual(symbols('大会第71/291号决议'), ['generalAssembly: A/RES/71/291']);
    assert.deepEqual(symbols('大会第60/288、70/291和71/291号决议'), ['generalAssembly: A/RES/60/288 A/RES/70/291 A/RES/71/291']);
    assert.deepEqual(symbols('大会第2625(XXV)号决议'), ['generalAssembly: A/RES/2625(XXV)']);
    assert.deepEqual(symbols('第ES-11/1号决议和第73/12 A号决议'), ['generalAssembly: A/RES/ES-11/1', 'generalAssembly: A/RES/73/12A']);
    assert.deepEqual(symbols('大会第1514号决议'), ['generalAssembly: 1514']);
    assert.deepEqual(findCitations(createView('人权理事会第5/1号决议')).map(c => c.organ), ['humanRightsCouncil']);
    assert.deepEqual(findCitations(createView('Human Rights Council resolution 5/1')).map(c => c.organ), ['humanRightsCouncil']);
  });
});

describe('findCitations: English and symbols', () => {
  it('reads single citations and lists', () => {
    assert.deepEqual(summarize('Recalling resolution 2341 (2017),'), ['securityCouncil: resolution 2341 (2017) => 2341(2017)']);
    assert.deepEqual(summarize('resolutions 1373 (2001), 1624 (2005) and 2178 (2014)'),
      ['securityCouncil: resolutions 1373 (2001), 1624 (2005) and 2178 (2014) => 1373(2001) 1624(2005) 2178(2014)']);
  });

  it('reads a date written after the citation', () => {
    const text = 'its resolution 1373 (2001) of 28 September 2001 and';
    const date = findCitations(createView(text))[0].items[0].writtenDate!;
    assert.equal(text.slice(date.range.start, date.range.end), '28 September 2001');
  });

  it('reads symbols with and without the space', () => {
    assert.deepEqual(summarize('S/RES/2341 (2017) and S/RES/2341(2017)'),
      ['securityCouncil: S/RES/2341 (2017) => 2341(2017)', 'securityCouncil: S/RES/2341(2017) => 2341(2017)']);
  });

  it('reads General Assembly citations as the Assembly\'s, and other organs\' as theirs', () => {
    const symbols = (text: string) => findCitations(createView(text)).map(c => `${c.organ}: ${c.items.map(i => i.assemblySymbol ?? i.number).join(' ')}`);
    assert.deepEqual(symbols('A/RES/60/288 and General Assembly resolution 60/288'), ['generalAssembly: A/RES/60/288', 'generalAssembly: A/RES/60/288']);
    assert.deepEqual(symbols('resolutions 60/288 and 70/291'), ['generalAssembly: A/RES/60/288 A/RES/70/291']);
    assert.deepEqual(symbols('General Assembly resolution 2625 (XXV)'), ['generalAssembly: A/RES/2625(XXV)']);
    assert.equal(summarize('Economic and Social Council resolution 1296')[0], 'economicAndSocialCouncil: resolution 1296 => 1296');
  });
});

describe('findCitations: positions are UTF-16', () => {
  it('counts an astral character as two code units', () => {
    const text = '𠀀第2341(2017)号决议';
    const [citation] = findCitations(createView(text));
    assert.equal(citation.range.start, 2);
    assert.equal(text.slice(citation.items[0].yearRange!.start, citation.items[0].yearRange!.end), '2017');
  });

  it('handles CRLF line breaks inside a citation', () => {
    const text = '根据第 2322(2016)\r\n\r\n号决议';
    const document = service.parse(text);
    assert.equal(document.citations.length, 1);
    assert.deepEqual(document.lines.positionAt(document.citations[0].range.end), { line: 2, character: 3 });
  });
});

describe('findCitations: the shapes of real text', () => {
  /** Each item as number(year) with the date written with it, and whether the citation is marked as one. */
  const items = (text: string) => findCitations(createView(text)).map(c =>
    `${c.marked ? '' : 'bare '}${c.items.map(i => `${i.assemblySymbol ?? i.number}${i.year ? `(${i.year})` : ''}${i.writtenDate ? `@${Object.values(i.writtenDate.date).join('-')}` : ''}`).join(' ')}`);

  it('reads a citation with a line break anywhere, inside 号决议 and inside a date too', () => {
    const base = '回顾2001年9月28日第1373(2001)号决议，';
    for (let at = base.indexOf('2'); at < base.indexOf('，'); at++) {
      const broken = `${base.slice(0, at)}\n\n${base.slice(at)}`;
      assert.deepEqual(items(broken), ['1373(2001)@2001-9-28'], JSON.stringify(broken));
    }
  });

  it('reads a list of any length whose items each carry their date and 号, every date kept', () => {
    assert.deepEqual(items('2004年4月28日第1540(2004)号、2006年4月27日第1673(2006)号、2008年4月25日第1810(2008)号和2011年4月20日第1977(2011)号决议'),
      ['1540(2004)@2004-4-28 1673(2006)@2006-4-27 1810(2008)@2008-4-25 1977(2011)@2011-4-20']);
    const long = Array.from({ length: 31 }, (_, i) => `${2100 + i}(2013)`).join('、');
    assert.equal(items(`第${long}和 2388(2017)号决\n\n议`)[0].split(' ').length, 32);
  });

  it('reads citations without 第, as adopted texts write them', () => {
    assert.deepEqual(items('安理会关于反恐怖主义的1373（2001）号决议'), ['1373(2001)']);
    assert.deepEqual(items('依照1540(2004)号决议设立的委员会'), ['1540(2004)']);
  });

  it('reads items run together by a web copy that lost the 、', () => {
    assert.deepEqual(items('第2161(2014)2170(2014)2178(2014)号决议'), ['2161(2014) 2170(2014) 2178(2014)']);
    assert.deepEqual(items('第3236(XXIX)號第3237(XXIX)號決議'), ['A/RES/3236(XXIX) A/RES/3237(XXIX)']);
  });

  it('reads full-width digits and brackets, traditional characters, and 号 决 议 split by spaces', () => {
    assert.deepEqual(items('第２３４１（２０１７）号决议'), ['2341(2017)']);
    assert.deepEqual(items('安全理事會第2341(2017)號決議'), ['2341(2017)']);
    assert.deepEqual(items('第2341(2017)号 决 议'), ['2341(2017)']);
  });

  it('reads a mistyped year where 号决议 makes the citation certain, and only there', () => {
    assert.deepEqual(items('又回顾其1994年9月30日第946(994)号决议，'), ['946(994)@1994-9-30']);
    assert.deepEqual(items('见表12(345)。'), []);
  });

  it('reads older translations: 决议 before the number, numbers and dates in Chinese numerals', () => {
    assert.deepEqual(items('覆按其一九六〇年十二月十四日決議案一五一四(十五)及一九六七年十二月七日決議案二二八八(二十二)'),
      ['A/RES/1514(XV)@1960-12-14 A/RES/2288(XXII)@1967-12-7']);
    assert.deepEqual(findCitations(createView('大會決議二四七九(二十三)稱')).map(c => c.organ), ['generalAssembly']);
    assert.deepEqual(items('又回顾于其一九五三年八月二十八日第711A(VII) 号决议'), ['A/RES/711A(VII)@1953-8-28']);
  });

  it('reads a bare number with its year as a citation to hover, not to check, and nothing bare that is a page or a law', () => {
    assert.deepEqual(items('the 1267 (1999) Committee'), ['bare 1267(1999)']);
    assert.deepEqual(items('**2/4** 17-20774 (C)\n页码 2/4 与第3/1999號法律'), []);
    // In the style of the text before it, list or not.
    const styles = (text: string) => findCitations(createView(text)).map(c => c.style);
    assert.deepEqual(styles('the 1267 (1999) Committee and the 1988 (2011) Committee'), ['en', 'en']);
    assert.deepEqual(styles('回顾1267(1999)和1988(2011)委员会，回顾， 1540 (2004)委员会'), ['zh', 'zh']);
  });

  it('reads English citations broken by a PDF extraction', () => {
    assert.deepEqual(items('Recalling its resolu-\ntion 2341 (2017),'), ['2341(2017)']);
    assert.deepEqual(items('resolutions 1267 (1999),\n\n1989 (2011) and 2253\n(2015)'), ['1267(1999) 1989(2011) 2253(2015)']);
    assert.deepEqual(items('resolution 1373 (2001) of 28\nSeptember 2001'), ['1373(2001)@2001-9-28']);
    assert.deepEqual(items('resolution 1514\n\n(XV);'), ['A/RES/1514(XV)']);
    assert.deepEqual(items('of 27 July 1992, 775 1992 of 28 August 1992'), ['bare 775(1992)@1992-8-28']);
    assert.deepEqual(items('resolutions 767 (1992) of 27 July 1992, 775 1992 of 28 August 1992'), ['767(1992)@1992-7-27 775(1992)@1992-8-28']);
  });
});

describe('findCitations on official UN texts', () => {
  const corpus003 = fixture('corpus-003.txt');

  it('finds the list of ten resolutions in corpus 003, lines 13–15', () => {
    const list = findCitations(createView(corpus003)).find(c => c.items.length === 10)!;
    assert.deepEqual(list.items.map(i => i.number), [1373, 1624, 2178, 2195, 2253, 2322, 2341, 2354, 2368, 2370]);
    assert.equal(service.parse(corpus003).lines.positionAt(list.range.start).line, 12);
  });

  it('accounts for every 号决议 in corpus 003 that follows a number', () => {
    const citations = findCitations(createView(corpus003));
    const ends = /\d[)）]?\s*号\s*决议/g;
    for (const match of corpus003.matchAll(ends)) {
      const at = match.index! + match[0].length;
      assert.ok(citations.some(c => c.range.end === at), `no citation ends at ${corpus003.slice(at - 20, at)}`);
    }
  });

  it('finds the year of every cited resolution in agreement with the record', () => {
    for (const name of ['corpus-003.txt', 'corpus-004.txt']) {
      for (const citation of findCitations(createView(fixture(name)))) {
        for (const item of citation.items) {
          assert.equal(item.year, service.record.get(item.number)?.adopted.year, `${name}: ${item.number}`);
        }
      }
    }
  });
});
