// Negotiation markup read from drafts written for the tests, in both languages, and silence on
// official texts (which hold none).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { negotiationMarkup } from '../../../server/src/core/negotiation/markup';
import { fixture, service } from '../../helpers';

const covered = (text: string, range: { start: number; end: number }) => text.slice(range.start, range.end);

function markup(text: string) {
  const document = service.parse(text);
  const read = negotiationMarkup(document);
  return {
    spans: read.spans.map(s => covered(text, s.range)),
    depths: read.spans.map(s => s.depth),
    unbalanced: read.unbalanced.map(u => `${u.kind} ${covered(text, u.bracket)}@${u.bracket.start}`),
    tags: read.tags.map(t => `${t.kind}:${t.delegations.join('+')}${t.action ? `:${t.action}` : ''}`),
    groups: read.groups.map(g => `${g.form}: ${g.alternatives.map(a => `${a.index}=${covered(text, a.content)}`).join(' | ')}`),
  };
}

const TITLE_EN = 'The Security Council,\n';
const TITLE_ZH = '安全理事会，\n';

describe('negotiation markup', () => {
  it('reads every bracket form of the English test draft', () => {
    const text = fixture('negotiation/brackets-en.unres');
    const read = markup(text);
    assert.deepEqual(read.unbalanced, []);
    assert.equal(read.spans.length, 7);
    assert.ok(read.spans.includes('[consider developing or further improving]'));
    assert.deepEqual(read.depths.filter(d => d === 1).length, 1, 'one nested span');
    // a span running over two operative paragraphs
    assert.ok(read.spans.some(s => s.startsWith('[Decides to extend') && s.includes('\n\n5. Further decides') && s.endsWith('(2014);]')));
    assert.deepEqual(read.tags, ['proposal:US', 'proposal:RU', 'proposal:CN+FR', 'proposal:RU:delete', 'agreed:']);
    assert.deepEqual(read.groups, [
      'bracket: 1=Reaffirming its commitment to the sovereignty of all States, | 2=Reaffirming its strong commitment to the sovereignty, independence and unity of all States,',
      'option: 1=6. Decides to remain actively seized of the matter. | 2=6. Decides to remain seized of the matter.',
    ]);
  });

  it('reads every bracket form of the Chinese test draft', () => {
    const read = markup(fixture('negotiation/brackets-zh.unres'));
    assert.deepEqual(read.unbalanced, []);
    assert.deepEqual(read.spans, [
      '[备选案文1：重申对所有国家主权的承诺，(美国)]',
      '[备选案文2：重申坚定致力于所有国家的主权、独立和统一，(俄罗斯联邦)]',
      '[提高认识并分享信息(CN、FR)]',
      '[促请会员国考虑[制定或进一步改进]其战略(RU：删除)]',
      '[制定或进一步改进]',
      '[在90天内]',
    ]);
    assert.deepEqual(read.tags, ['proposal:美国', 'proposal:俄罗斯联邦', 'proposal:CN+FR', 'proposal:RU:删除', 'agreed:']);
    assert.deepEqual(read.groups, ['bracket: 1=重申对所有国家主权的承诺， | 2=重申坚定致力于所有国家的主权、独立和统一，']);
  });

  it('reads full-width brackets and alternatives on one line', () => {
    const text = `${TITLE_ZH}1. 决定［备选案文1：延长］［备选案文2：延续］任务期限；`;
    assert.deepEqual(markup(text).groups, ['bracket: 1=延长 | 2=延续']);
  });

  it('finds an opening bracket without its close, and a close without its opening', () => {
    const text = `${TITLE_EN}1. Decides [to extend the mandate;\n2. Requests a report];\n3. Decides] to remain seized.`;
    const read = markup(text);
    // the first ] closes the [ of paragraph 1 (a bracket may span paragraphs); the second is left over
    assert.deepEqual(read.unbalanced, [`close ]@${text.lastIndexOf(']')}`]);
    const open = `${TITLE_EN}1. Decides [to [extend] the mandate;`;
    assert.deepEqual(markup(open).unbalanced, [`open [@${open.indexOf('[')}`]);
  });

  it('leaves Markdown links, the Assembly\'s adoption notes, [Original: …] and footnote marks alone', () => {
    const text = [
      'The General Assembly,',
      '[without reference to a Main Committee (A/72/L.62)]',
      '[on the report of the Third Committee (A/72/439)]',
      'Recalling its resolution 60/288, see [the Strategy](https://undocs.org/A/RES/60/288) and [the plan][1],[2]',
      '[1]: https://undocs.org/A/60/288',
      '1. Decides to remain seized of the matter [sic].',
    ].join('\n');
    const read = markup(text);
    assert.deepEqual([read.spans, read.unbalanced], [[], []]);
    assert.deepEqual(markup(`${TITLE_ZH}[原件：俄文]\n回顾[未经发交主要委员会(A/72/L.62)]，\n1. 决定继续积极处理此案。`).spans, []);
  });

  it('reads a definition of a short form as no proposal tag, nor a session number', () => {
    const text = `${TITLE_EN}Noting the report of the United States (US) and of the African Union (AU), and resolution 2625 (XXV) of the General Assembly (GA),\n1. Welcomes the work of the Lake Chad Basin countries (Cameroon, Chad, Niger and Nigeria).`;
    assert.deepEqual(markup(text).tags, []);
    assert.deepEqual(markup(`${TITLE_EN}1. Decides [to extend] (Cameroon, Chad);\n2. Decides (Russian Federation: delete);`).tags,
      ['proposal:Cameroon+Chad', 'proposal:Russian Federation:delete']);
  });

  it('finds no negotiation markup in any official resolution', () => {
    const official = join(__dirname, '..', '..', 'fixtures', 'official');
    for (const language of ['zh', 'en']) {
      for (const name of readdirSync(join(official, language))) {
        const text = readFileSync(join(official, language, name), 'utf8');
        const read = negotiationMarkup(service.parse(text));
        assert.deepEqual([read.spans.length, read.unbalanced.length, read.tags.length, read.groups.length], [0, 0, 0, 0], `${language}/${name}`);
      }
    }
  });
});
