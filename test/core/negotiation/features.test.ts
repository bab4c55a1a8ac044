// Editor features of negotiation on strings: inlay hints (the outline's labels), going to a paragraph,
// hover on a reference to a paragraph, folding and code actions on bracketed alternatives.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { PARAGRAPH_SYMBOLS } from '../../../server/src/core/features/paragraphNavigation';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, DocumentSymbol } from 'vscode-languageserver-types';
import { cursor, fixture, service } from '../../helpers';

const official = (name: string) => readFileSync(join(__dirname, '..', '..', 'fixtures', 'official', name), 'utf8');

function outlineLabels(symbols: readonly DocumentSymbol[]): string[] {
  return symbols.flatMap(s => [...(/^(PP|OP)\d/.test(s.name) ? [s.name.split(' ')[0]] : []), ...outlineLabels(s.children ?? [])]);
}

/** Applies a code action's edits to the text. */
function apply(text: string, action: CodeAction): string {
  const document = service.parse(text);
  const edits = Object.values(action.edit!.changes!)[0]
    .map(e => ({ start: document.lines.offsetAt(e.range.start), end: document.lines.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start);
  return edits.reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

function actionsAt(marked: string) {
  const { text, offset } = cursor(marked);
  const document = service.parse(text);
  const position = document.lines.positionAt(offset);
  return { text, actions: service.getCodeActions(document, 'file:///d.unres', { start: position, end: position }, []) };
}

describe('inlay hints', () => {
  it('match the outline on official resolutions, and the paragraphs counted by reading', () => {
    const counts: Record<string, [number, number]> = { 'zh/s-res-1518-2003.txt': [5, 4], 'zh/s-res-0953-1994.txt': [4, 2] };
    for (const name of [...Object.keys(counts), 'en/s-res-0566-1985.txt']) {
      const document = service.parse(official(name));
      const hints = service.getInlayHints(document).map(h => h.label as string);
      assert.deepEqual(hints, outlineLabels(service.getDocumentSymbols(document)), name);
      if (counts[name]) {
        assert.deepEqual([hints.filter(h => h.startsWith('PP')).length, hints.filter(h => /^OP\d+$/.test(h)).length], counts[name], name);
      }
    }
  });

  it('stand before each paragraph: the operative number and the sub-item label', () => {
    const text = 'The Security Council,\nRecalling its resolutions,\n1. Calls upon States:\n(a) to assess the risks;\n(b) to prepare responses;\n2. Decides to remain seized.';
    const document = service.parse(text);
    const hints = service.getInlayHints(document).map(h => `${h.label}@${text.slice(document.lines.offsetAt(h.position)).slice(0, 4)}`);
    assert.deepEqual(hints, ['PP1@Reca', 'OP1@1. C', 'OP1(a)@(a) ', 'OP1(b)@(b) ', 'OP2@2. D']);
    const lastLine = { start: { line: 5, character: 0 }, end: { line: 5, character: 10 } };
    assert.deepEqual(service.getInlayHints(document, lastLine).map(h => h.label), ['OP2']);
  });

  it('for any range, are those of the whole draft that stand in it, however the range falls on paragraphs and sub-items', () => {
    for (const name of ['resolution-zh.unres', 'negotiation/brackets-en.unres', 'negotiation/brackets-zh.unres']) {
      const document = service.parse(fixture(name));
      const all = service.getInlayHints(document);
      const lines = document.lines.lineCount;
      // Often the start of a line, where paragraphs and sub-items begin: the edges of the range matter there.
      const character = fc.oneof(fc.constant(0), fc.nat(40));
      fc.assert(fc.property(fc.nat(lines), fc.nat(lines), character, character, (a, b, c1, c2) => {
        const [from, to] = a <= b ? [{ line: a, character: c1 }, { line: b, character: c2 }] : [{ line: b, character: c2 }, { line: a, character: c1 }];
        const [start, end] = [document.lines.offsetAt(from), document.lines.offsetAt(to)];
        const range = { start: document.lines.positionAt(Math.min(start, end)), end: document.lines.positionAt(Math.max(start, end)) };
        const inRange = all.filter(h => { const at = document.lines.offsetAt(h.position); return at >= Math.min(start, end) && at <= Math.max(start, end); });
        assert.deepEqual(service.getInlayHints(document, range), inRange, `${name} ${JSON.stringify(range)}`);
      }), { numRuns: 300 });
    }
  });

  it('keep positions whole around astral characters and CRLF', () => {
    const text = '安全理事会，\r\n𠀀回顾其决议，\r\n1. 决定𠀀；\r\n2. 决定继续积极处理此案。';
    const document = service.parse(text);
    assert.deepEqual(service.getInlayHints(document).map(h => [h.label, h.position.line, h.position.character]), [['PP1', 1, 0], ['OP1', 2, 0], ['OP2', 3, 0]]);
  });

  it('mark paragraphs still holding brackets in the outline, and count alternatives once', () => {
    const document = service.parse(fixture('negotiation/brackets-en.unres'));
    const [preamble, operative] = service.getDocumentSymbols(document);
    assert.deepEqual(preamble.children!.map(s => [s.name.split(' ')[0], s.detail ?? '']), [['PP1', ''], ['PP2', '[ ] in brackets'], ['PP3', '']]);
    assert.deepEqual(operative.children!.filter(s => s.detail).map(s => s.name.split(' ')[0]), ['OP1', 'OP2', 'OP3', 'OP4', 'OP5']);
  });
});

describe('going to a paragraph', () => {
  it('reads OP12, PP3, 执行部分第12段, 序言部分第3段, OP3(a)', () => {
    const document = service.parse(fixture('resolution-zh.unres'));
    const line = (query: string) => service.findParagraph(document, query)?.start.line;
    const lines = fixture('resolution-zh.unres').split('\n');
    assert.equal(line('OP4'), lines.findIndex(l => l.startsWith('4. ')));
    assert.equal(line('执行部分第4段'), line('OP4'));
    assert.equal(line('op 4'), line('OP4'));
    assert.equal(line('PP3'), lines.findIndex(l => l.startsWith('重申对所有会员国')));
    assert.equal(line('序言部分第3段'), line('PP3'));
    assert.equal(line('OP2(b)(ii)'), lines.findIndex(l => l.startsWith('(ii)')));
    assert.equal(line('OP12'), undefined);
    assert.equal(line('决定'), undefined);
  });

  it('gives the paragraphs as symbols, those a query names, with the Chinese name in a Chinese draft', () => {
    const document = service.parse(fixture('resolution-zh.unres'));
    assert.deepEqual(service.getParagraphSymbols(document, 'OP2').map(s => s.name.split(' ').slice(0, 2).join(' ')),
      ['OP2 执行部分第2段', 'OP2(a) 执行部分第2段(a)', 'OP2(b) 执行部分第2段(b)', 'OP2(b)(i) 执行部分第2段(b)(i)', 'OP2(b)(ii) 执行部分第2段(b)(ii)', 'OP2(c) 执行部分第2段(c)']);
    assert.equal(service.getParagraphSymbols(document, '').length, 13 + 8 + 5);
    assert.deepEqual(service.getParagraphSymbols(service.parse(fixture('resolution-en.unres')), 'PP1').map(s => s.name), ['PP1 Recalling its resolutions 1373 (2001), 1…']);
  });

  it('gives the first 5,000 paragraphs of a draft that has more, and finds a later one a query names', () => {
    const document = service.parse(`安全理事会，\n回顾其各项决议，\n${'回顾甲，\n'.repeat(6_000)}1. 决定甲。`);
    const all = service.getParagraphSymbols(document, '');
    assert.equal(all.length, PARAGRAPH_SYMBOLS);
    assert.equal(all[all.length - 1].name.split(' ')[0], `PP${PARAGRAPH_SYMBOLS}`);
    assert.deepEqual(service.getParagraphSymbols(document, 'OP1').map(s => s.name.split(' ')[0]), ['OP1']);
  });
});

describe('hover on a reference to a paragraph', () => {
  it('shows the label and opening words of 上文第2段, 第2段 and paragraph 2 above', () => {
    const zh = fixture('resolution-zh.unres');
    const at = zh.indexOf('上文第2段') + 3;
    const hover = service.doHover(service.parse(zh), service.parse(zh).lines.positionAt(at));
    assert.match((hover!.contents as { value: string }).value, /^\*\*OP2\*\* 促请会员国考虑制订或进一步改进其/);
    const en = 'The Security Council,\nRecalling its resolutions,\n1. Calls upon States to act now;\n2. Requests a report on the implementation of paragraph 1 above;\n3. Decides to remain seized.';
    const { text, offset } = cursor(en.replace('paragraph 1 above', 'paragraph 1 ab|ove'));
    const document = service.parse(text);
    const enHover = service.doHover(document, document.lines.positionAt(offset));
    assert.equal((enHover!.contents as { value: string }).value, '**OP1** Calls upon States to act now;');
    assert.equal(text.slice(document.lines.offsetAt(enHover!.range!.start), document.lines.offsetAt(enHover!.range!.end)), 'paragraph 1 above');
  });

  it('is silent on a reference to another resolution\'s paragraph or to none', () => {
    const text = '安全理事会，\n回顾其决议，\n1. 回顾第2322(2016)号决议第13段；\n2. 请秘书长就上文第9段提出报告；\n3. 决定继续积极处理此案。';
    const document = service.parse(text);
    for (const at of [text.indexOf('第13段') + 1, text.indexOf('第9段') + 1]) assert.equal(service.doHover(document, document.lines.positionAt(at)), null);
  });
});

describe('folding and code actions on negotiation markup', () => {
  it('folds bracketed alternatives spanning lines and Option blocks', () => {
    const text = fixture('negotiation/brackets-en.unres');
    const lines = text.split('\n');
    const folds = service.getFoldingRanges(service.parse(text));
    assert.ok(folds.some(f => f.startLine === lines.findIndex(l => l.startsWith('[Alt. 1')) && f.endLine === lines.findIndex(l => l.startsWith('[Alt. 2'))));
    assert.ok(folds.some(f => f.startLine === lines.indexOf('Option 1') && f.endLine === lines.length - 2));
  });

  it('Keep this alternative leaves a bracket-free paragraph, in both languages', () => {
    const en = actionsAt(fixture('negotiation/brackets-en.unres').replace('[Alt. 2: Reaffirming its strong', '[Alt. 2: Reaffirming its str|ong'));
    const keep = en.actions.find(a => a.title.startsWith('Keep this alternative (Alt. 2)'))!;
    const kept = apply(en.text, keep);
    const pp2 = kept.split('\n').find(l => l.startsWith('Reaffirming'))!;
    assert.equal(pp2, 'Reaffirming its strong commitment to the sovereignty, independence and unity of all States,');
    assert.ok(!kept.includes('Alt. 1'));
    const zh = actionsAt('安全理事会，\n回顾其决议，\n1. 决定[备选案文1：延长|](美国) [备选案文2：终止](俄罗斯联邦)任务期限；\n2. 决定继续积极处理此案。');
    const zhKept = apply(zh.text, zh.actions.find(a => a.title.startsWith('保留此备选案文（备选案文1）'))!);
    assert.equal(zhKept.split('\n')[2], '1. 决定延长任务期限；');
    assert.deepEqual(service.getDiagnostics(service.parse(zhKept))!.map(d => d.code), []);
  });

  it('Keep this option keeps one Option block', () => {
    const { text, actions } = actionsAt(fixture('negotiation/brackets-en.unres').replace('remain seized of', 'remain sei|zed of'));
    const kept = apply(text, actions.find(a => a.title.startsWith('Keep this alternative (Option 2)'))!);
    assert.ok(kept.trimEnd().endsWith(';]\n\n6. Decides to remain seized of the matter.'), kept.slice(-80));
  });

  it('Remove brackets accepts the innermost bracketed text and drops its proposal tag', () => {
    const { text, actions } = actionsAt('安全理事会，\n回顾其决议，\n1. 鼓励会员国[提高认识|并分享信息(CN、FR)]；\n2. 决定继续积极处理此案。');
    const accepted = apply(text, actions.find(a => a.title === '去掉方括号（接受此文字）')!);
    assert.equal(accepted.split('\n')[2], '1. 鼓励会员国提高认识并分享信息；');
    const nested = actionsAt('The Security Council,\nRecalling its resolutions,\n1. [Calls upon States to [consider dev|eloping] strategies] (RU: delete);\n2. Decides to remain seized.');
    assert.equal(apply(nested.text, nested.actions.find(a => a.title.startsWith('Remove brackets'))!).split('\n')[2],
      '1. [Calls upon States to consider developing strategies] (RU: delete);');
  });
});
