import { strict as assert } from 'node:assert';
import { readGenre } from '../../server/src/core/parse/genre';
import { diagnose, fixture, service } from '../helpers';

/** A verbatim record written for the tests: three statements, two speakers defining the same short form. */
const RECORD_ZH = [
  '联合国 S/PV.9990',
  '安全理事会',
  '第九九九〇次会议',
  '2026年11月20日星期五上午10时在纽约举行',
  '',
  '主席（以英语发言）：我现在请反恐怖主义委员会主席发言。',
  '',
  '甲先生（墨西哥）（以西班牙语发言）：我感谢反恐怖主义委员会执行局(反恐执行局)的通报。反恐执行局的国家访问',
  '十分重要。安理会第2341(2017)号决议请反恐执行局继续工作。',
  '',
  '乙女士（法国）（以法语发言）：法国支持反恐怖主义委员会执行局(反恐执行局)。反恐执行局与联合国毒品和犯罪问题办公室',
  '(毒品和犯罪问题办公室)的合作值得赞扬。',
].join('\n');

const RECORD_EN = [
  'United Nations S/PV.9991',
  'The President: I now give the floor to the representative of France.',
  'Mr. Durand (France) (spoke in French): We thank the Counter-Terrorism Committee Executive Directorate (CTED). CTED visits matter.',
  'Ms. Smith (United Kingdom): The Counter-Terrorism Committee Executive Directorate (CTED) reported on resolution 2341 (2017). CTED was clear.',
].join('\n');

const TERM_RULES = ['term-used-before-definition', 'term-undefined', 'term-redefined', 'term-full-after-short', 'term-inconsistent-short'];
const termFindings = (text: string) => diagnose(text).filter(d => TERM_RULES.includes(String(d.code)));

describe('genres: what kind of text a document is', () => {
  it('reads a verbatim record by its symbol and its speakers, statement by statement', () => {
    const reading = readGenre(RECORD_ZH, false);
    assert.equal(reading.genre, 'verbatimRecord');
    assert.deepEqual(reading.statements.map(s => RECORD_ZH.slice(s.start, s.start + 4)), ['联合国 ', '主席（以', '甲先生（', '乙女士（']);
    assert.equal(readGenre(RECORD_EN, false).genre, 'verbatimRecord');
  });

  it('reads a resolution by its title line, and a letter as neither', () => {
    assert.equal(service.parse(fixture('sres-2446-zh.unres')).genre, 'resolution');
    assert.equal(service.parse(fixture('corpus-003.txt')).genre, 'other');
  });

  it('gives a verbatim record no term finding where each speaker defines a name afresh, and checks its citations', () => {
    for (const text of [RECORD_ZH, RECORD_EN]) {
      assert.deepEqual(termFindings(text).map(d => `${d.code}: ${d.message}`), [], text.slice(0, 20));
      const document = service.parse(text);
      assert.deepEqual([document.structure.preamble.length, document.structure.operative.length], [0, 0]);
      assert.ok(document.citations.some(c => c.items.some(i => i.number === 2341)));
    }
    // The same text without speakers is one scope: the second definition is a redefinition.
    const oneScope = RECORD_ZH.replace('联合国 S/PV.9990\n', '').replace(/^[^：\n]*：/gm, '');
    assert.ok(termFindings(oneScope).some(d => d.code === 'term-redefined'));
  });

  it('takes an alias for another name, not a second short form: 又称达伊沙, also known as Da\'esh, and the glossary\'s', () => {
    const texts = [
      '安全理事会，\n回顾伊拉克和黎凡特伊斯兰国(伊黎伊斯兰国，又称达伊沙)的威胁，\n谴责伊黎伊斯兰国的罪行和达伊沙的宣传，\n1. 决定继续处理此案。',
      'The Security Council,\nRecalling the threat of the Islamic State in Iraq and the Levant (ISIL, also known as Da\'esh),\nCondemning the crimes of ISIL and the propaganda of Da\'esh,\n1. Decides to remain seized of the matter.',
      '回顾伊黎伊斯兰国的罪行，\n谴责达伊沙的宣传。',
    ];
    for (const text of texts) assert.deepEqual(diagnose(text, 'term-inconsistent-short'), [], text);
    // Two variants that are no aliases still are.
    assert.equal(diagnose('国际民用航空组织(民航组织)的报告，\n国际民航组织的标准。', 'term-inconsistent-short').length, 1);
  });
});
