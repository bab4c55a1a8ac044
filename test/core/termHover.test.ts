import { strict as assert } from 'node:assert';
import { createGlossary, mergeGlossary, builtinGlossary, parseGlossaryFile } from '../../server/src/core';
import { cursor, fixture, service } from '../helpers';

function hoverText(marked: string, messageLanguage?: 'zh' | 'en', glossary = builtinGlossary()): string | undefined {
  const { text, offset } = cursor(marked);
  const document = service.parse(text, { glossary });
  const hover = service.doHover(document, document.lines.positionAt(offset), { messageLanguage });
  return hover ? (hover.contents as { value: string }).value : undefined;
}

describe('hover on names of UN bodies and instruments', () => {
  it('over 反恐执行局 in corpus 003: the full name, CTED, not defined in the draft, the source', () => {
    const text = fixture('corpus-003.txt');
    const document = service.parse(text);
    const line = text.split('\n').findIndex(l => l.includes('委员会在反恐执行局的支持下'));
    const character = text.split('\n')[line].indexOf('反恐执行局') + 2;
    const hover = service.doHover(document, { line, character })!;
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /^\*\*反恐怖主义委员会执行局\*\* · 简称: 反恐执行局/);
    assert.match(value, /\*\*Counter-Terrorism Committee Executive Directorate\*\* \(CTED\)/);
    assert.match(value, /本文件没有定义此名称。/);
    assert.match(value, /来源:\n- terms\.tsv: zh: S\/RES\/1805 \(2008\)/);
    assert.deepEqual(hover.range, { start: { line, character: character - 2 }, end: { line, character: character + 3 } });
  });

  it('over a name broken across lines in corpus 003: the whole name', () => {
    const text = fixture('corpus-003.txt');
    const document = service.parse(text);
    const offset = text.indexOf('反恐执行\n\n局');
    const hover = service.doHover(document, document.lines.positionAt(offset + 1))!;
    assert.match((hover.contents as { value: string }).value, /CTED/);
    assert.deepEqual(document.lines.offsetAt(hover.range!.end), offset + 7);
  });

  it('says on which line the draft defines the name, over the short form or the full name', () => {
    const draft = '安全理事会，\n欢迎国际民用航空组织(民航组织)的工作，\n请民航|组织继续';
    assert.match(hoverText(draft)!, /本文件第 2 行定义：国际民用航空组织\(民航组织\)/);
    assert.match(hoverText('欢迎国际民用|航空组织(民航组织)的工作')!, /International Civil Aviation Organization\*\* \(ICAO\)/);
  });

  it('labels in English, names in both languages, and all short forms', () => {
    const value = hoverText('the ICA|O Council', 'en')!;
    assert.match(value, /\*\*国际民用航空组织\*\* · Short forms: 民航组织、国际民航组织/);
    assert.match(value, /Not defined in this draft\./);
    assert.match(value, /Source:\n- /);
  });

  it('writes instruments in 《》', () => {
    assert.match(hoverText('执行《联合国全球反|恐战略》')!, /^\*\*《联合国全球反恐战略》\*\*/);
  });

  it('warns when the Chinese name rests only on sources outside the UN', () => {
    assert.match(hoverText('国际劳|工组织')!, /⚠ 中文名称出自联合国以外的来源/);
    assert.doesNotMatch(hoverText('反恐执|行局')!, /⚠/);
  });

  it('names the workspace glossary an entry comes from', () => {
    const file = parseGlossaryFile('{"terms": [{"zhFull": "世界反兴奋剂机构", "zhShort": "反兴奋剂机构", "enShort": "WADA", "source": "WADA Chinese site"}]}', '.resolution-terms.json');
    const glossary = mergeGlossary(builtinGlossary(), file.entries);
    const value = hoverText('世界反兴奋剂机构(反兴奋剂机构)与WA|DA', 'zh', glossary)!;
    assert.match(value, /^\*\*世界反兴奋剂机构\*\* · 简称: 反兴奋剂机构/);
    assert.match(value, /本文件第 1 行定义/);
    assert.match(value, /来源: 工作区术语表 \.resolution-terms\.json\n- WADA Chinese site/);
  });

  it('says a name defined only in the draft is in no glossary', () => {
    const value = hoverText('欧亚反洗钱和打击资助恐怖主义行为工作组(欧亚工作组)成立，欧亚工|作组', 'en')!;
    assert.match(value, /\*\*欧亚反洗钱和打击资助恐怖主义行为工作组\*\* · Short forms: 欧亚工作组/);
    assert.match(value, /Defined on line 1 of this draft/);
    assert.match(value, /Source: Defined in this draft; in no glossary\./);
  });

  it('gives way to the citation hover, and says nothing off a name', () => {
    assert.match(hoverText('安全理事会第23|41(2017)号决议')!, /S\/RES\/2341/);
    assert.equal(hoverText('各会员|国'), undefined);
    assert.equal(hoverText('反恐执|行局', 'zh', createGlossary([])), undefined);
  });
});
