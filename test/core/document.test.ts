// The document model's own decisions (server/src/core/parse/document.ts): the draft's language, and
// whether a .txt or .md file reads like a UN text, from the survivors of mutation testing.
import { strict as assert } from 'node:assert';
import { detectLanguage } from '../../server/src/core/parse/document';
import { shouldCheck } from '../../server/src/core';
import { service } from '../helpers';

describe('the document: its language', () => {
  it('counts one CJK character as three letters: 安全理事会 Security Council is as Chinese as English', () => {
    assert.equal(detectLanguage('安全理事会 Security Council'), 'zh');
    assert.equal(detectLanguage('安理会 Security Council'), 'en');
  });

  it('reads a text with no letters at all, figures and symbols only, as English', () => {
    assert.equal(detectLanguage('2341 (2017), 2342 (2017)'), 'en');
    assert.equal(detectLanguage(''), 'en');
  });

  it('leaves resolint comments, in English, out of a Chinese draft\'s language', () => {
    const text = '<!-- resolint-disable-next-line citation-year-mismatch, punctuation-width -->\n回顾第2195(2015)号决议，';
    assert.equal(service.parse(text).language, 'zh');
  });
});

describe('the document: what makes a .txt or .md file a UN text', () => {
  const unText = (text: string) => shouldCheck(service.parse(text), 'text');

  it('takes a Chinese citation with 第 and 号决议 even without its year', () => {
    assert.ok(unText('重申第1373号决议'));
  });

  it('takes no citation of another body, nor a bare number with a year', () => {
    assert.equal(unText('人权理事会第5/1号决议'), false);
    assert.equal(unText('The 1267 (1999) list was updated.'), false);
  });

  it('takes each name of the Council and the Assembly', () => {
    for (const text of ['安理会成员', '联合国大会的报告', 'the Security Council met', 'the General Assembly met']) assert.ok(unText(text), text);
  });
});
