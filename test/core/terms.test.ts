import { createView } from '../../server/src/core/text/viewBuilder';
import { strict as assert } from 'node:assert';
import { builtinGlossary, createGlossary, findTerms, type GlossaryEntry } from '../../server/src/core';
import { occurrenceAt } from '../../server/src/core/parse/terms';
import { fixture, service } from '../helpers';

/** Each occurrence as `written → entity's first full name [kind/role]`. */
function names(text: string) {
  return service.parse(text).terms.occurrences.map(o =>
    `${text.slice(o.range.start, o.range.end)} → ${o.entry.zhFull[0] ?? o.entry.enFull[0]} [${o.kind}/${o.role}]`);
}

function definitions(text: string) {
  return service.parse(text).terms.definitions.map(d => ({
    full: d.full.form, aliases: d.aliases.map(a => a.form), written: text.slice(d.range.start, d.range.end), novel: d.novel, origin: d.entry.origin,
  }));
}

describe('terms: finding names of UN bodies', () => {
  it('finds full names, short forms and acronyms, each naming its entity', () => {
    assert.deepEqual(names('反恐怖主义委员会执行局、反恐执行局和 CTED'), [
      '反恐怖主义委员会执行局 → 反恐怖主义委员会执行局 [full/use]',
      '反恐执行局 → 反恐怖主义委员会执行局 [short/use]',
      'CTED → 反恐怖主义委员会执行局 [short/use]',
    ]);
  });

  it('prefers the longest name: 反恐怖主义委员会执行局 over 反恐怖主义委员会', () => {
    assert.deepEqual(names('反恐怖主义委员会执行局的报告'), ['反恐怖主义委员会执行局 → 反恐怖主义委员会执行局 [full/use]']);
    assert.deepEqual(names('反恐怖主义委员会的报告'), ['反恐怖主义委员会 → 反恐怖主义委员会 [full/use]']);
  });

  it('finds names broken by line breaks and spaces, with the range as written', () => {
    assert.deepEqual(names('委员会在反恐执行\n\n局的支持下'), ['反恐执行\n\n局 → 反恐怖主义委员会执行局 [short/use]']);
    assert.deepEqual(names('the Counter-Terrorism Committee Executive\n\nDirectorate and the Counter-\nTerrorism Committee'), [
      'Counter-Terrorism Committee Executive\n\nDirectorate → 反恐怖主义委员会执行局 [full/use]',
      'Counter-\nTerrorism Committee → 反恐怖主义委员会 [full/use]',
    ]);
  });

  it('matches acronyms on word boundaries and in their case only', () => {
    assert.deepEqual(names('CTEDs, xCTED, cted, ICAO.'), ['ICAO → 国际民用航空组织 [short/use]']);
  });

  it('reads full-width brackets as half-width ones in names', () => {
    assert.deepEqual(names('伊黎伊斯兰国（达伊沙）和基地组织制裁名单'), ['伊黎伊斯兰国（达伊沙）和基地组织制裁名单 → 伊黎伊斯兰国(达伊沙)和基地组织制裁名单 [full/use]']);
  });

  it('does not take the name of a national or regional body for the UN one', () => {
    assert.deepEqual(names('为突尼斯国家反恐怖主义委员会提供援助，国际反恐中心(海牙)和独立国家联合体反恐中心'), [
      '独立国家联合体 → 独立国家联合体 [full/use]',
    ]);
  });

  it('reads a short form that is the head of its full name only after the full name', () => {
    assert.deepEqual(names('《宪章》第四十一条'), []);
    assert.deepEqual(names('根据《联合国宪章》第七章，并根据《宪章》第四十一条'), [
      '联合国宪章 → 联合国宪章 [full/use]',
      '宪章 → 联合国宪章 [short/use]',
    ]);
  });

  it('reads a short form several entities share as the one named last', () => {
    const text = '第1973(2011)号决议第24段所设专家小组；第1874(2009)号决议设立的专家组；专家小组';
    assert.deepEqual(names(text).at(-1), '专家小组 → 第1874(2009)号决议设立的专家组 [short/use]');
    assert.deepEqual(names('专家小组的报告'), []);
  });

  it('runs over a glossary of any entries, in one pass', () => {
    const entry: GlossaryEntry = { zhFull: ['世界反兴奋剂机构'], zhShort: ['反兴奋剂机构'], enFull: ['World Anti-Doping Agency'], enShort: ['WADA'], source: ['test'], evidence: [''], origin: 'workspace' };
    const terms = findTerms(createView('WADA 和世界反兴奋剂机构'), createGlossary([entry]));
    assert.deepEqual(terms.occurrences.map(o => [o.form, o.entry === entry]), [['WADA', true], ['世界反兴奋剂机构', true]]);
  });
});

describe('terms: definitions in the draft', () => {
  it('reads 全称(简称) and 全称（简称） of known entities', () => {
    assert.deepEqual(definitions('国际刑事警察组织(国际刑警组织)与东南亚国家联盟（东盟）'), [
      { full: '国际刑事警察组织', aliases: ['国际刑警组织'], written: '国际刑事警察组织(国际刑警组织)', novel: false, origin: 'builtin' },
      { full: '东南亚国家联盟', aliases: ['东盟'], written: '东南亚国家联盟（东盟）', novel: false, origin: 'builtin' },
    ]);
  });

  it('reads （下称“X”）, (又称Y) and several aliases', () => {
    assert.deepEqual(definitions('安全理事会（下称“安理会”）').map(d => d.aliases), [['安理会']]);
    assert.deepEqual(definitions('伊拉克和黎凡特伊斯兰国(伊黎伊斯兰国,又称达伊沙)').map(d => d.aliases), [['伊黎伊斯兰国', '达伊沙']]);
  });

  it('reads English Full Name (ACR)', () => {
    assert.deepEqual(definitions('the United Nations Office on Drugs and Crime (UNODC) and'), [
      { full: 'United Nations Office on Drugs and Crime', aliases: ['UNODC'], written: 'United Nations Office on Drugs and Crime (UNODC)', novel: false, origin: 'builtin' },
    ]);
  });

  it('reads a definition across the line breaks of PDF extraction', () => {
    assert.deepEqual(definitions('与国际民用航空组织\n\n(国际民航组织)合作').map(d => d.written), ['国际民用航空组织\n\n(国际民航组织)']);
  });

  it('takes a full name written otherwise when the short form is known: 反恐委员会执行局(反恐执行局)', () => {
    const [definition] = definitions('反恐委员会执行局(反恐执行局)继续');
    assert.deepEqual(definition, { full: '反恐委员会执行局', aliases: ['反恐执行局'], written: '反恐委员会执行局(反恐执行局)', novel: false, origin: 'builtin' });
    // 反恐委员会 inside the full name is no use of the Counter-Terrorism Committee's short form.
    assert.deepEqual(names('反恐委员会执行局(反恐执行局)继续'), [
      '反恐委员会执行局 → 反恐怖主义委员会执行局 [full/definitionFull]',
      '反恐执行局 → 反恐怖主义委员会执行局 [short/definitionAlias]',
    ]);
  });

  it('adds a new entity, or a new short form, that the draft defines', () => {
    const text = '欧亚反洗钱和打击资助恐怖主义行为工作组(欧亚工作组)成立。欧亚工作组再次。The World Anti-Doping Agency (WADA) said WADA would.';
    assert.deepEqual(definitions(text).map(d => [d.full, d.aliases, d.novel, d.origin]), [
      ['欧亚反洗钱和打击资助恐怖主义行为工作组', ['欧亚工作组'], true, 'draft'],
      ['World Anti-Doping Agency', ['WADA'], true, 'draft'],
    ]);
    assert.deepEqual(names(text).filter(n => n.endsWith('[short/use]')), ['欧亚工作组 → 欧亚反洗钱和打击资助恐怖主义行为工作组 [short/use]', 'WADA → World Anti-Doping Agency [short/use]']);
    const extended = definitions('联合国开发计划署(开发计划署)与开发计划署')[0];
    assert.deepEqual([extended.aliases, extended.novel, extended.origin], [['开发计划署'], true, 'builtin']);
    assert.equal(names('联合国开发计划署(开发计划署)与开发计划署').at(-1), '开发计划署 → 联合国开发计划署 [short/use]');
  });

  it('takes the widely written 联合国 or 国际 into the full name of a new entity', () => {
    assert.deepEqual(definitions('联合国某某事务高级专员办公室(某某办)').map(d => d.full), ['联合国某某事务高级专员办公室']);
  });

  it('sees no definition in brackets that hold no abbreviation, nor where the name cannot be told', () => {
    // 世界反兴奋剂机构(反兴奋剂机构): where the qualifier dropped from the name begins is unknowable.
    for (const text of ['世界反兴奋剂机构(反兴奋剂机构)', '伊黎伊斯兰国(达伊沙)对国际和平', '塔吉克斯坦(2017 年 2 月)', '国际框架(框架)', '阿布拉塔(签名)', '冲突(后)局势', '国际移民组织(2017年)', '报告(S/2015/683)', 'in paragraph 5 (a) of', 'its resolutions (ISIL)']) {
      assert.deepEqual(definitions(text), [], text);
    }
  });

  it('reads two short forms of one entity in brackets as one name: 伊黎伊斯兰国(达伊沙)', () => {
    assert.deepEqual(names('关于伊黎伊斯兰国(达伊沙)的报告'), ['伊黎伊斯兰国(达伊沙) → 伊拉克和黎凡特伊斯兰国 [short/use]']);
  });

  it('finds the six definitions of corpus 003 and none in corpus 004', () => {
    assert.deepEqual(definitions(fixture('corpus-003.txt')).map(d => `${d.full}(${d.aliases.join(',')})`), [
      '联合国毒品和犯罪问题办公室(毒品和犯罪问题办公室)',
      '国际刑事警察组织(国际刑警组织)',
      '国际民用航空组织(国际民航组织)',
      '东南亚国家联盟(东盟)',
      '联合国难民事务高级专员公署(难民署)',
      '国际移民组织(移民组织)',
    ]);
    assert.deepEqual(definitions(fixture('corpus-004.txt')), []);
  });

  it('names 反恐执行局 in corpus 003 throughout, broken lines included', () => {
    const text = fixture('corpus-003.txt');
    const terms = findTerms(createView(text), builtinGlossary());
    const cted = terms.occurrences.filter(o => o.entry.enShort.includes('CTED'));
    assert.ok(cted.length > 80, String(cted.length));
    assert.ok(cted.some(o => text.slice(o.range.start, o.range.end) === '反恐执行\n\n局'));
  });
});

describe('terms: the draft\'s own names, from the survivors of mutation testing', () => {
  /** Each occurrence as `written → entity [kind/role/language]`. */
  const named = (text: string) => service.parse(text).terms.occurrences.map(o =>
    `${text.slice(o.range.start, o.range.end)} → ${o.entry.zhFull[0] ?? o.entry.enFull[0]} [${o.kind}/${o.role}/${o.language}]`);

  it('names a short form the draft defines wherever it stands, before its definition too, among the glossary\'s names', () => {
    assert.deepEqual(named('欧亚工作组与反恐执行局合作。欧亚反洗钱和打击资助恐怖主义行为工作组(欧亚工作组)成立。'), [
      '欧亚工作组 → 欧亚反洗钱和打击资助恐怖主义行为工作组 [short/use/zh]',
      '反恐执行局 → 反恐怖主义委员会执行局 [short/use/zh]',
      '欧亚反洗钱和打击资助恐怖主义行为工作组 → 欧亚反洗钱和打击资助恐怖主义行为工作组 [full/definitionFull/zh]',
      '欧亚工作组 → 欧亚反洗钱和打击资助恐怖主义行为工作组 [short/definitionAlias/zh]',
    ]);
    assert.deepEqual(named('WADA said. The World Anti-Doping Agency (WADA) said WADA would.'), [
      'WADA → World Anti-Doping Agency [short/use/en]',
      'World Anti-Doping Agency → World Anti-Doping Agency [full/definitionFull/en]',
      'WADA → World Anti-Doping Agency [short/definitionAlias/en]',
      'WADA → World Anti-Doping Agency [short/use/en]',
    ]);
  });

  it('links the names of a definition to it, and finds a name at its last offset, as a hover does', () => {
    const text = '与国际刑事警察组织(国际刑警组织)合作';
    const terms = service.parse(text).terms;
    const [definition] = terms.definitions;
    assert.deepEqual(terms.occurrences.map(o => o.definition === definition), [true, true]);
    const alias = terms.occurrences[1];
    assert.equal(occurrenceAt(terms, alias.range.end), alias);
    assert.equal(occurrenceAt(terms, alias.range.end + 1), undefined);
  });
});
