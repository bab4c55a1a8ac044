// Document links on strings: every Security Council and General Assembly citation the parser finds
// links to its official text on undocs.org, in the draft's language.
import { strict as assert } from 'node:assert';
import { parseRecordFile } from '../../server/src/core';
import { DOCUMENT_LINKS } from '../../server/src/core/features/links';
import { fixture, service } from '../helpers';

/** [the text a link covers, its target] in the order of the text. */
function links(text: string, options?: Parameters<typeof service.getDocumentLinks>[1]) {
  const document = service.parse(text);
  return service.getDocumentLinks(document, options).map(link => [
    text.slice(document.lines.offsetAt(link.range.start), document.lines.offsetAt(link.range.end)), link.target ?? '',
  ]);
}

describe('document links', () => {
  it('links each item of a Chinese list and an Assembly resolution to undocs.org/zh/', () => {
    assert.deepEqual(links('回顾第1373(2001)、1624(2005)和2178(2014)号决议以及大会第71/291号决议，'), [
      ['1373(2001)', 'https://undocs.org/zh/S/RES/1373(2001)'],
      ['1624(2005)', 'https://undocs.org/zh/S/RES/1624(2005)'],
      ['2178(2014)', 'https://undocs.org/zh/S/RES/2178(2014)'],
      ['71/291', 'https://undocs.org/zh/A/RES/71/291'],
    ]);
  });

  it('links an English draft to undocs.org/en/, and a symbol as a whole', () => {
    assert.deepEqual(links('Recalling its resolution 2341 (2017), S/RES/2396 (2017) and General Assembly resolution 2625 (XXV),'), [
      ['2341 (2017)', 'https://undocs.org/en/S/RES/2341(2017)'],
      ['S/RES/2396 (2017)', 'https://undocs.org/en/S/RES/2396(2017)'],
      ['2625 (XXV)', 'https://undocs.org/en/A/RES/2625(XXV)'],
    ]);
  });

  it('gives a year-less citation the year of the record, and a wrong year the right one', () => {
    assert.deepEqual(links('第1373号决议和第2195(2015)号决议'), [
      ['1373', 'https://undocs.org/zh/S/RES/1373(2001)'],
      ['2195(2015)', 'https://undocs.org/zh/S/RES/2195(2014)'],
    ]);
  });

  it('links a number not in the data with its written year, and a workspace resolution with its own', () => {
    assert.deepEqual(links('第2820(2026)号决议和第2822号决议'), [
      ['2820(2026)', 'https://undocs.org/zh/S/RES/2820(2026)'],
      ['2822', 'https://undocs.org/zh/S/RES/2822'],
    ]);
    const { record } = parseRecordFile(JSON.stringify({ resolutions: [{ number: 2822, date: '2026-06-10', title: 'x', source: 'y' }] }), '/ws/.resolution-record.json', service.record);
    assert.deepEqual(links('第2822号决议', { record }), [['2822', 'https://undocs.org/zh/S/RES/2822(2026)']]);
  });

  it('does not link what it cannot name: another organ, an Assembly resolution without its session', () => {
    assert.deepEqual(links('经社理事会第1296号决议和人权理事会第5/1号决议'), []);
    assert.deepEqual(links('General Assembly resolution 2625'), []);
  });

  it('says what opens, in the interface language', () => {
    const document = service.parse('第2341(2017)号决议');
    assert.equal(service.getDocumentLinks(document)[0].tooltip, '在 undocs.org 上打开 S/RES/2341 (2017) 的正式文本');
    assert.equal(service.getDocumentLinks(document, { messageLanguage: 'en' })[0].tooltip, 'Open the official text of S/RES/2341 (2017) on undocs.org');
  });

  it('counts positions in UTF-16 after astral characters, across CRLF and a citation broken by a line', () => {
    const text = '𠀀𠀀\r\n回顾第2341(2017)号决议和第\r\n1535(2004)号决议，';
    const document = service.parse(text);
    assert.deepEqual(service.getDocumentLinks(document).map(l => l.range), [
      { start: { line: 1, character: 3 }, end: { line: 1, character: 13 } },
      { start: { line: 2, character: 0 }, end: { line: 2, character: 10 } },
    ]);
  });

  it('links every citation of an official text: corpus 003', () => {
    const text = fixture('corpus-003.txt');
    const document = service.parse(text);
    const items = document.citations.filter(c => c.organ === 'securityCouncil').flatMap(c => c.items);
    const found = links(text).filter(([, target]) => target.includes('/S/RES/'));
    assert.ok(items.length > 10, `${items.length} items`);
    assert.equal(found.length, items.length);
    assert.ok(found.every(([, target]) => /^https:\/\/undocs\.org\/zh\/S\/RES\/\d+\(\d{4}\)$/.test(target)), JSON.stringify(found.slice(0, 5)));
  });
});

describe('document links of a draft with more citations than a draft makes', () => {
  it('links the first 5,000 in the text, symbols and citations together', () => {
    const text = `安全理事会，\n回顾S/2017/375，${'第2341(2017)号决议，'.repeat(DOCUMENT_LINKS + 10)}`;
    const found = service.getDocumentLinks(service.parse(text));
    assert.equal(found.length, DOCUMENT_LINKS);
    assert.ok(found[0].target!.includes('S/2017/375'));
    assert.ok(found.every((link, i) => i === 0 || link.range.start.character > found[i - 1].range.start.character || link.range.start.line > found[i - 1].range.start.line));
  });
});
