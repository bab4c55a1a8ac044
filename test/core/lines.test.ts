// The printed lines as the paragraph reader sees them, and the marks that open or end a paragraph:
// the forms official texts and their copies print, one by one.
import { strict as assert } from 'node:assert';
import { isAdoptionLine, isSectionHeading, operativeNumber, SUB_ITEM_LABEL, textLinesInSteps } from '../../server/src/core/parse/lines';
import { runToEnd } from '../../server/src/core/steps';
import { createView } from '../../server/src/core/text/viewBuilder';
import { service } from '../helpers';

/** The lines read at once (the parse reads them a few thousand at a step). */
const textLines = (...args: Parameters<typeof textLinesInSteps>) => runToEnd(textLinesInSteps(...args));

describe('textLines', () => {
  it('trims each line, counts a full-width space as two columns of indent, and notes the blank line before', () => {
    const text = '安全理事会，\r\n\r\n\u3000\u3000回顾其决议， \r\n\t 1. 决定继续积极处理此案。\u3000\n\n\n';
    const lines = textLines(text, []);
    assert.deepEqual(lines.map(l => [l.text, l.indent, l.blankBefore]), [['安全理事会，', 0, false], ['回顾其决议，', 4, true], ['1. 决定继续积极处理此案。', 2, false]]);
    assert.deepEqual(lines.map(l => text.slice(l.range.start, l.range.end)), lines.map(l => l.text));
  });

  it('marks no blank line before the first line, even after blank lines at the top', () => {
    assert.deepEqual(textLines('\n\n回顾其决议，', []).map(l => l.blankBefore), [false]);
  });

  it('reads a list bullet of a web copy as no part of the words, and traditional characters as simplified', () => {
    const lines = textLines('- 回顧其決議，\n• Recalling\n* 1. 决定\n-1. 决定', [], line => line.replace('顧', '顾').replace('決議', '决议'));
    assert.deepEqual(lines.map(l => [l.read, l.readStart]), [['回顾其决议，', 2], ['Recalling', 2], ['1. 决定', 2], ['-1. 决定', 0]]);
  });

  it('skips page furniture the view leaves out, and ends a line before a footnote marker', () => {
    const text = '回顾其各项决议和声明，\n17-22634 (C)\n2/15\n重申对中非共和国主权的坚定承诺，';
    const view = createView(text);
    assert.deepEqual(textLines(text, view.removed).map(l => l.text), ['回顾其各项决议和声明，', '重申对中非共和国主权的坚定承诺，']);
    const withMarker = 'Recalling the report of the Force, 43\n\nDecides';
    assert.deepEqual(textLines(withMarker, createView(withMarker).removed).map(l => l.text), ['Recalling the report of the Force,', 'Decides']);
  });
});

describe('the marks that open a paragraph', () => {
  it('reads operative numbers with a full-width full stop or none, but no decimal number', () => {
    assert.deepEqual(operativeNumber('5. 决定', 'zh'), { number: 5, length: 3 });
    assert.deepEqual(operativeNumber('12．决定', 'zh'), { number: 12, length: 3 });
    assert.equal(operativeNumber('5.1 决定', 'zh'), undefined);
    assert.equal(operativeNumber('1234. 决定', 'zh'), undefined);
  });

  it('reads the slips of scanned print before an operative verb only, in English only, with a number only where digits are printed', () => {
    assert.deepEqual(operativeNumber('4, Calls upon all States', 'en'), { number: 4, length: 3 });
    assert.deepEqual(operativeNumber('Z. Demands that Iraq', 'en'), { length: 3 });
    assert.deepEqual(operativeNumber('ll. Requests the Secretary-General', 'en'), { length: 4 });
    assert.equal(operativeNumber('4, the Council', 'en'), undefined);
    assert.equal(operativeNumber('Z. Demands that Iraq', 'zh'), undefined);
  });

  it('reads sub-item labels (a), （b）, (iv), (aa), and no longer word in brackets', () => {
    for (const label of ['(a) ', '（b）', '(iv) ', '(aa) ']) assert.ok(SUB_ITEM_LABEL.test(`${label}评估`), label);
    assert.ok(!SUB_ITEM_LABEL.test('(abc) 评估'));
    assert.ok(!SUB_ITEM_LABEL.test('(A) 评估'));
  });

  it('reads section headings A, B. and 一, 十二 alone on their line', () => {
    for (const heading of ['A', 'B.', '一', '十二']) assert.ok(isSectionHeading(heading), heading);
    for (const line of ['A.B', 'I', 'A Council', '一二三']) assert.ok(!isSectionHeading(line), line);
  });

  it('reads the adoption line, a scan\'s Adapted, and annex headings, as the end of the resolution', () => {
    for (const line of ['2001年9月28日安全理事会第4385次会议通过', '第4385次会议一致通过', 'Adopted at the 4385th meeting', 'Adapted unanimously at the 2012th meeting',
      'Adopted by 14 votes to none', '附件', '附件一', 'Annex', 'Annex II', 'ANNEX I']) {
      assert.ok(isAdoptionLine(line), line);
    }
    for (const line of ['Adopts the report', '附件所列措施', 'Annexes', '决定通过']) assert.ok(!isAdoptionLine(line), line);
  });

  it('ends the resolution at its adoption line: a paragraph after it is no paragraph of the resolution', () => {
    const { structure } = service.parse('安全理事会，\n回顾其决议，\n1. 决定继续积极处理此案。\n2001年9月28日安全理事会第4385次会议通过\n2. 不属于决议。');
    assert.deepEqual(structure.operative.map(p => p.number), [1]);
  });
});
