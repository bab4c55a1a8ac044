// Definitions written in drafts (server/src/core/parse/termDefinitions.ts), from the survivors of its
// mutation testing: what each part of a bracket, each kind of name before it and each bracket width does.
import { strict as assert } from 'node:assert';
import { createGlossary, findTerms, type GlossaryEntry } from '../../server/src/core';
import { createView } from '../../server/src/core/text/viewBuilder';
import { service } from '../helpers';

/** Each definition as `full(alias, alias*)`, * marking a form introduced as another name (又称, also known as). */
function defined(text: string): string[] {
  return service.parse(text).terms.definitions.map(d =>
    `${text.slice(d.full.range.start, d.full.range.end)}(${d.aliases.map(a => text.slice(a.range.start, a.range.end) + (a.alias ? '*' : '')).join(', ')})`);
}

function definitions(text: string) {
  return service.parse(text).terms.definitions.map(d => ({ written: text.slice(d.range.start, d.range.end), novel: d.novel, entry: d.entry }));
}

describe('term definitions: markers and parts of the bracket', () => {
  it('reads English markers: also known as and also called give another name, hereinafter the short form', () => {
    assert.deepEqual(defined('Condemning the Islamic State in Iraq and the Levant (ISIL, also known as Da’esh), and'), [
      'Islamic State in Iraq and the Levant(ISIL, Da’esh*)',
    ]);
    assert.deepEqual(defined('the Group of Experts on Small Arms (also called GESA) met'), ['Group of Experts on Small Arms(GESA*)']);
    assert.deepEqual(defined('the Group of Experts on Small Arms (hereinafter GESA) met'), ['Group of Experts on Small Arms(GESA)']);
    assert.deepEqual(defined('the Group of Experts on Small Arms (hereinafter referred to as GESA) met'), ['Group of Experts on Small Arms(GESA)']);
  });

  it('marks 又称 aliases, not 下称 short forms nor the first short form', () => {
    assert.deepEqual(defined('国际刑事警察组织(国际刑警组织，又称刑警组织)与安全理事会（下称“安理会”）'), [
      '国际刑事警察组织(国际刑警组织, 刑警组织*)',
      '安全理事会(安理会)',
    ]);
  });

  it('reads a known short form of the entity that is no abbreviation of its name: 伊拉克和黎凡特伊斯兰国(达伊沙)', () => {
    assert.deepEqual(definitions('伊拉克和黎凡特伊斯兰国(达伊沙)').map(d => [d.written, d.novel]), [['伊拉克和黎凡特伊斯兰国(达伊沙)', false]]);
  });

  it('is novel when one of several forms is new, even when the first is known', () => {
    assert.deepEqual(definitions('国际刑事警察组织(国际刑警组织，又称刑警组织)').map(d => d.novel), [true]);
    assert.deepEqual(definitions('反恐委员会执行局(反恐执行局，又称反恐局)').map(d => d.novel), [true]);
    assert.deepEqual(definitions('反恐委员会执行局(反恐执行局)').map(d => d.novel), [false]);
  });

  it('ignores a stray separator at the end of the bracket', () => {
    assert.deepEqual(defined('国际刑事警察组织(国际刑警组织，)'), ['国际刑事警察组织(国际刑警组织)']);
  });

  it('defines no other entity\'s short form, nor a form that is no name of the entity', () => {
    // 反恐执行局 is the Directorate's short form, not the Committee's.
    assert.deepEqual(defined('反恐怖主义委员会(反恐执行局)'), []);
    assert.deepEqual(defined('安全理事会(安全理事会)'), []);
    // A place after the short form: whatever is read, 纽约 is no name of UNDP.
    assert.ok(!defined('联合国开发计划署（开发署，纽约）').some(d => d.includes('纽约')));
  });

  it('reads the English short form of a known full name only with a capital: not (hereinafter “the Council”)', () => {
    assert.deepEqual(defined('the Security Council (hereinafter “the Council”)'), []);
    const text = 'Condemning the Islamic State in Iraq and the Levant (ISIL, also known as the Islamic State), and';
    assert.ok(!defined(text).some(d => d.includes('the Islamic State')), defined(text).join());
  });

  it('reads a short form whose quotes a copy lost one of: (下称安理会”), (hereinafter “GESA)', () => {
    assert.deepEqual(defined('安全理事会(下称安理会”)'), ['安全理事会(安理会)']);
    assert.deepEqual(defined('安全理事会(下称“安理会)'), ['安全理事会(安理会)']);
    assert.deepEqual(defined('the Group of Experts on Small Arms (hereinafter “GESA) met'), ['Group of Experts on Small Arms(GESA)']);
  });

  it('defines nothing with a placeholder left empty: (下称“”)', () => {
    assert.deepEqual(defined('安全理事会(下称“”)'), []);
    assert.deepEqual(defined('欧亚反洗钱和打击资助恐怖主义行为工作组(下称“”)成立'), []);
  });

  it('sees no definition in a bracket that opens another before it closes, nor in one never closed', () => {
    assert.ok(definitions('国际刑事警察组织(国际刑警组织（见第5段）)').every(d => !/[(（]$/.test(d.written)));
    assert.deepEqual(defined('请国际刑事警察组织(国际刑警组织 提交报告'), []);
  });
});

describe('term definitions: the name before the bracket', () => {
  it('looks for the abbreviation\'s characters only back to the last punctuation', () => {
    // 亚太办 takes 亚 from 亚洲, before the 、: two names, none of them 亚太办.
    assert.deepEqual(defined('感谢亚洲、太平洋区域办事处(亚太办)'), []);
  });

  it('needs every character of the abbreviation, the first too', () => {
    assert.deepEqual(defined('审查小组(本小组)'), []);
    assert.deepEqual(defined('国际框架(框)'), []);
    assert.deepEqual(defined('秘书长2017年2月28日的报告(2017年2月)'), []);
  });

  it('looks no further back than a name\'s length for the abbreviation\'s characters', () => {
    const text = '东南亚国家的代表团在会议期间就区域安全局势和打击跨国有组织犯罪的合作以及边境管理和执法能力建设问题同区域联盟交换了意见(东盟)';
    assert.deepEqual(defined(text), []);
  });

  it('takes a dropped 国际 into the full name of a new entity, when it begins the name', () => {
    assert.deepEqual(defined('欢迎国际禁止地雷运动(禁雷运动)的工作'), ['国际禁止地雷运动(禁雷运动)']);
  });

  it('reads English names with their function words, English and French', () => {
    for (const [text, full] of [
      ['the Group of Experts on Small Arms and Light Weapons (GESALW) met', 'Group of Experts on Small Arms and Light Weapons(GESALW)'],
      ['the Regional Service Centre at Entebbe (RSCE) and', 'Regional Service Centre at Entebbe(RSCE)'],
      ['the Trust Fund in Support of Victims (TFSV) and', 'Trust Fund in Support of Victims(TFSV)'],
      ['the Trust Fund for Victims (TFV) and', 'Trust Fund for Victims(TFV)'],
      ['the Special Envoy to the Great Lakes Region (SEGLR) and', 'Special Envoy to the Great Lakes Region(SEGLR)'],
      ['the Global Coalition against Terrorism (GCT) and', 'Global Coalition against Terrorism(GCT)'],
      ['the Bureau des Affaires Juridiques (BAJ) and', 'Bureau des Affaires Juridiques(BAJ)'],
      ['the Centre du Commerce International (CCI) and', 'Centre du Commerce International(CCI)'],
      ['the Organisation de Cooperation et de Developpement Economiques (OCDE) and', 'Organisation de Cooperation et de Developpement Economiques(OCDE)'],
      ['the Agence pour la Securite et le Developpement (ASD) and', 'Agence pour la Securite et le Developpement(ASD)'],
    ]) assert.deepEqual(defined(text), [full], text);
  });

  it('reads the initials of an acronym with lower-case letters: Council of Europe (CoE)', () => {
    assert.deepEqual(defined('the Council of Europe (CoE) and'), ['Council of Europe(CoE)']);
  });

  it('reads the initials only across spaces and hyphens, and only words that begin with them', () => {
    assert.deepEqual(defined('the Secretary-General, Special Envoy (SGSE)'), []);
    assert.deepEqual(defined('Calls upon all Member States to assist (UNDP) in'), []);
  });

  it('reads a name at the very start of a text, and none whose first initial the text lacks', () => {
    assert.deepEqual(defined('Group of Experts on Small Arms (GESA) met.'), ['Group of Experts on Small Arms(GESA)']);
    assert.deepEqual(defined('Experts on Small Arms (GESA) met.'), []);
  });

  it('leaves the line break before the bracket out of the full name', () => {
    assert.deepEqual(defined('The World Anti-Doping Agency\n(WADA) said'), ['World Anti-Doping Agency(WADA)']);
  });

  it('reads definitions at the start of a long draft', () => {
    const rest = ' met in Geneva.\n\nWelcoming the progress made by Member States in the implementation of the relevant resolutions, and the reports submitted by the Secretary-General on the matter in the past year,\n';
    assert.deepEqual(defined(`the Group of Experts on Small Arms (GESA)${rest}`), ['Group of Experts on Small Arms(GESA)']);
    assert.deepEqual(defined(`the Refugee Agency (UNHCR)${rest}`), ['Refugee Agency(UNHCR)']);
  });
});

describe('term definitions: a Title Case name before a known short form that is no initialism', () => {
  it('takes the capitalized words with the function words between them, up to a lower-case word', () => {
    assert.deepEqual(defined('Welcoming the cooperation of Member States with the Office of the High Commissioner for Refugees (UNHCR), and'), [
      'Office of the High Commissioner for Refugees(UNHCR)',
    ]);
  });

  it('needs two capitalized words at least: the Refugee Agency (UNHCR), not the Organization (INTERPOL)', () => {
    assert.deepEqual(defined('Welcoming the Refugee Agency (UNHCR) and'), ['Refugee Agency(UNHCR)']);
    assert.deepEqual(defined('Welcoming the Organization (INTERPOL) and'), []);
  });

  it('stops at punctuation and at the opener of a numbered paragraph', () => {
    assert.deepEqual(defined('Calls upon Member States, International Criminal Police Organization (INTERPOL) and'), [
      'International Criminal Police Organization(INTERPOL)',
    ]);
    for (const opener of ['1. Requests', '12. Requests']) {
      assert.deepEqual(defined(`${opener} International Criminal Police Organization (INTERPOL) to`), ['International Criminal Police Organization(INTERPOL)'], opener);
    }
  });
});

describe('term definitions: brackets of both widths', () => {
  it('keeps the text order of definitions in brackets of both widths', () => {
    assert.deepEqual(defined('东南亚国家联盟（东盟）与国际刑事警察组织(国际刑警组织)'), ['东南亚国家联盟(东盟)', '国际刑事警察组织(国际刑警组织)']);
  });

  it('reads the definitions of a draft that opens with a bracket, of either width', () => {
    assert.deepEqual(defined('(Draft)\nWelcoming the work of the World Anti-Doping Agency (WADA),'), ['World Anti-Doping Agency(WADA)']);
    assert.deepEqual(defined('（草案）\n欢迎国际刑事警察组织（国际刑警组织）的工作，'), ['国际刑事警察组织(国际刑警组织)']);
    for (const opening of ['（草案）', '(草案)']) {
      assert.deepEqual(defined(`${opening}\n欢迎东南亚国家联盟(东盟)与国际刑事警察组织（国际刑警组织）的工作，`), ['东南亚国家联盟(东盟)', '国际刑事警察组织(国际刑警组织)'], opening);
    }
  });

  it('reads no definition in a bracket inside a name of the glossary', () => {
    const entry: GlossaryEntry = {
      zhFull: ['欧洲安全与合作组织(欧安组织)常设理事会'], zhShort: [], enFull: [], enShort: [], source: ['test'], evidence: [''], origin: 'workspace',
    };
    const text = '欧洲安全与合作组织(欧安组织)常设理事会';
    const terms = findTerms(createView(text), createGlossary([entry]));
    assert.deepEqual(terms.definitions, []);
    assert.deepEqual(terms.occurrences.map(o => [text.slice(o.range.start, o.range.end), o.kind, o.role]), [[text, 'full', 'use']]);
  });
});

describe('term definitions: the entry of a new entity', () => {
  it('holds the names the draft gives it, in the draft\'s language only, and no source', () => {
    const names = (text: string) => definitions(text).map(({ entry }) => ({ zhFull: entry.zhFull, zhShort: entry.zhShort, enFull: entry.enFull, enShort: entry.enShort, source: entry.source }));
    assert.deepEqual(names('The World Anti-Doping Agency (WADA) said'), [
      { zhFull: [], zhShort: [], enFull: ['World Anti-Doping Agency'], enShort: ['WADA'], source: [] },
    ]);
    assert.deepEqual(names('欧亚反洗钱和打击资助恐怖主义行为工作组(欧亚工作组)成立'), [
      { zhFull: ['欧亚反洗钱和打击资助恐怖主义行为工作组'], zhShort: ['欧亚工作组'], enFull: [], enShort: [], source: [] },
    ]);
  });
});
