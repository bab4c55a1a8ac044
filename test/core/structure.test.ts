import { strict as assert } from 'node:assert';
import { OUTLINE_PARAGRAPHS } from '../../server/src/core/features/symbols';
import { diagnose, fixture, service } from '../helpers';

/** The outline as indented lines: what a drafter sees in the Outline view. */
function outline(text: string): string[] {
  const lines: string[] = [];
  const walk = (symbols: { name: string; children?: unknown[] }[], depth: number) => {
    for (const symbol of symbols) {
      lines.push(`${'  '.repeat(depth)}${symbol.name}`);
      walk((symbol.children ?? []) as { name: string; children?: unknown[] }[], depth + 1);
    }
  };
  walk(service.getDocumentSymbols(service.parse(text)), 0);
  return lines;
}

describe('resolution structure', () => {
  it('outlines a Chinese resolution: preamble, operative part, nested sub-items', () => {
    const lines = outline(fixture('resolution-zh.unres'));
    assert.equal(lines[0], '序言部分');
    assert.equal(lines.filter(l => /^ {2}\S/.test(l) && lines.indexOf(l) < lines.indexOf('执行部分')).length, 13);
    assert.deepEqual(lines.slice(lines.indexOf('执行部分'), lines.indexOf('执行部分') + 8), [
      '执行部分',
      '  OP1 鼓励所有会员国作出努力，提高认识…',
      '  OP2 促请会员国考虑制订或进一步改进其…',
      '    OP2(a) 评估和查明相关风险；',
      '    OP2(b) 考虑采取防范措施，包括：',
      '      OP2(b)(i) 加强信息共享；',
      '      OP2(b)(ii) 开展联合演习；',
      '    OP2(c) 制订应对计划；',
    ]);
    assert.equal(lines[1], '  PP1 回顾其关于反恐怖主义的各项决议，…');
    assert.equal(lines[lines.length - 1], '  OP8 决定继续积极处理此案。');
  });

  it('finds nothing to report in the well-formed resolutions written for the tests', () => {
    assert.deepEqual(diagnose(fixture('resolution-zh.unres')), []);
    assert.deepEqual(diagnose(fixture('resolution-en.unres')), []);
    const { structure } = service.parse(fixture('resolution-zh.unres'));
    assert.ok(structure.preamble.length + structure.operative.length >= 20);
  });

  it('reads the official text of S/RES/2446 (2018) with no finding at all', () => {
    const text = fixture('sres-2446-zh.unres');
    assert.deepEqual(diagnose(text), []);
    assert.deepEqual(outline(text), [
      '序言部分',
      '  PP1 回顾其以往关于中非共和国的各项决…',
      '  PP2 表示注意到秘书长2018年10月…',
      '  PP3 认定中非共和国局势继续对国际和平…',
      '  PP4 根据《联合国宪章》第七章采取行动…',
      '执行部分',
      '  OP1 决定将第2387(2017)号决…',
      '  OP2 决定继续积极处理此案。',
    ]);
  });

  it('outlines an English resolution', () => {
    const lines = outline(fixture('resolution-en.unres'));
    assert.deepEqual(lines.filter(l => !l.startsWith('    ')).map(l => l.trim().split(' ').slice(0, 2).join(' ')),
      ['Preamble', 'PP1 Recalling', 'PP2 Reaffirming', 'PP3 Deeply', 'PP4 Mindful', 'PP5 Acting',
        'Operative part', 'OP1 Encourages', 'OP2 Calls', 'OP3 Requests', 'OP4 Further', 'OP5 Decides']);
    assert.ok(lines.includes('    OP2(a) to assess the relevant risks;'));
  });

  it('reads paragraphs wrapped over several lines, with blank lines and page footers between', () => {
    const text = [
      '安全理事会，', '', '回顾其以往关于中非共和国的各项', '', '决议和声明，', '17-22634 (C)', '', '2/15',
      '重申对中非共和国主权的坚定承诺，', '', '1. 决定将任务期限延至', '', '2018年12月15日；', '', '2. 决定继续积极处理此案。',
    ].join('\n');
    const { structure } = service.parse(text);
    assert.deepEqual(structure.preamble.map(p => text.slice(p.range.start, p.range.end).replace(/\s+/g, '')),
      ['回顾其以往关于中非共和国的各项决议和声明，', '重申对中非共和国主权的坚定承诺，']);
    assert.deepEqual(structure.operative.map(p => p.number), [1, 2]);
    assert.equal(text.slice(structure.operative[0].range.start, structure.operative[0].range.end).replace(/\s+/g, ''), '1.决定将任务期限延至2018年12月15日；');
  });

  it('stops at an annex after the last paragraph', () => {
    const { structure } = service.parse('安全理事会，\n回顾其决议，\n1. 决定继续积极处理此案。\n附件\n说明文字');
    assert.equal(structure.operative.length, 1);
    assert.equal(structure.operative[0].range.end, '安全理事会，\n回顾其决议，\n1. 决定继续积极处理此案。'.length);
  });

  it('finds no resolution in a letter or a report', () => {
    for (const name of ['corpus-003.txt', 'corpus-004.txt']) {
      const document = service.parse(fixture(name));
      assert.equal(document.structure.title, undefined, name);
      assert.deepEqual(service.getDocumentSymbols(document), []);
    }
  });

  it('folds the sections and every paragraph spanning several lines', () => {
    const text = fixture('resolution-zh.unres');
    const folds = service.getFoldingRanges(service.parse(text));
    const lines = text.split('\n');
    const line = (start: string) => lines.findIndex(l => l.startsWith(start));
    assert.ok(folds.some(f => f.startLine === line('回顾其关于') && f.endLine === line('根据《联合国宪章》')));
    assert.ok(folds.some(f => f.startLine === line('2. 促请') && f.endLine === line('(c) 制订')));
    assert.ok(folds.some(f => f.startLine === line('(b) 考虑') && f.endLine === line('(ii) 开展')));
  });
});

describe('resolution structure: titles, sub-items and where the resolution ends', () => {
  /** The paragraphs' text, and each operative paragraph's sub-items as `a[i,ii] b`. */
  function outlineOf(text: string) {
    const { structure } = service.parse(text);
    const slice = (range: { start: number; end: number }) => text.slice(range.start, range.end);
    return {
      title: structure.title && slice(structure.title),
      preamble: structure.preamble.map(p => slice(p.range)),
      operative: structure.operative.map(p => `${p.number}${p.unnumbered ? ' unnumbered' : ''}: ${slice(p.range)}`),
      subItems: structure.operative.map(p => p.subItems.map(s => `${s.label}${s.children.length > 0 ? `[${s.children.map(c => c.label).join(',')}]` : ''}`).join(' ')),
    };
  }

  it('reads the titles of the General Assembly, in both languages, and one a line break cut in two', () => {
    assert.equal(outlineOf('The General Assembly,\nRecalling its resolution 60/288,\n1. Decides to continue.').title, 'The General Assembly,');
    assert.equal(outlineOf('大会，\n回顾其决议，\n1. 决定继续。').title, '大会，');
    const cut = outlineOf('安\n全理事会，\n回顾其决议，\n1. 决定继续积极处理此案。');
    assert.equal(cut.title, '安\n全理事会，');
    assert.deepEqual(cut.preamble, ['回顾其决议，']);
  });

  it('reads (i) after (h) as a letter, and (i) inside (a) as a roman numeral', () => {
    const letters = 'abcdefghij'.split('').map(l => `(${l}) 措施；`).join('\n');
    assert.deepEqual(outlineOf(`安全理事会，\n回顾其决议，\n1. 决定：\n${letters}`).subItems, ['a b c d e f g h i j']);
    assert.deepEqual(outlineOf('安全理事会，\n回顾其决议，\n1. 决定：\n(a) 甲：\n(i) 子；\n(ii) 丑；\n(b) 乙。').subItems, ['a[i,ii] b']);
  });

  it('goes on with a paragraph after its comma, and stops after its 。 where a note follows', () => {
    assert.deepEqual(outlineOf('安全理事会，\n回顾其决议，\n1. 决定继续积极处理此案，\n并请秘书长报告。').operative, ['1: 1. 决定继续积极处理此案，\n并请秘书长报告。']);
    assert.deepEqual(outlineOf('安全理事会，\n回顾其决议，\n1. 决定继续积极处理此案。\n注：本决议另附说明').operative, ['1: 1. 决定继续积极处理此案。']);
  });

  it('reads a single unnumbered operative paragraph, closed by a quote, and none after a last comma', () => {
    assert.deepEqual(outlineOf('安全理事会，\n回顾其决议，\n决定继续积极处理此案。”').operative, ['1 unnumbered: 决定继续积极处理此案。”']);
    const none = outlineOf('安全理事会，\n回顾其决议，\n重申其决议，');
    assert.deepEqual([none.preamble.length, none.operative], [2, []]);
  });

  it('reads the first of two resolutions in one text only', () => {
    const first = outlineOf('安全理事会，\n回顾其决议，\n决定继续积极处理此案。\n\n安全理事会，\n重申其决议，\n1. 决定。');
    assert.deepEqual([first.preamble, first.operative], [['回顾其决议，'], ['1 unnumbered: 决定继续积极处理此案。']]);
  });
});

describe('the outline of a draft with more paragraphs than a resolution has', () => {
  it('lists the first 5,000 paragraphs, and one entry for the rest that says how many and where they stand', () => {
    const text = `安全理事会，\n回顾其各项决议，\n${'1. 决定甲；\n'.repeat(6_000)}`;
    const document = service.parse(text);
    const operative = service.getDocumentSymbols(document).find(s => s.name === '执行部分')!.children!;
    assert.equal(operative.length, OUTLINE_PARAGRAPHS + 1);
    const rest = operative[operative.length - 1];
    assert.equal(rest.name, '……另有 1000 项');
    assert.equal(rest.range.start.line, 2 + OUTLINE_PARAGRAPHS);
    assert.equal(rest.range.end.line, 2 + 6_000 - 1);
  });

  it('lists the first 5,000 sub-items of a paragraph likewise, in English', () => {
    const text = `The Security Council,\nRecalling its resolutions,\n1. Decides:\n${'(a) that;\n'.repeat(5_003)}2. Decides to remain seized of the matter.`;
    const operative = service.getDocumentSymbols(service.parse(text)).find(s => s.name === 'Operative part')!.children!;
    const items = operative[0].children!;
    assert.equal(items.length, OUTLINE_PARAGRAPHS + 1);
    assert.equal(items[items.length - 1].name, '… 3 more');
    assert.equal(operative[1].name.slice(0, 3), 'OP2');
  });
});
