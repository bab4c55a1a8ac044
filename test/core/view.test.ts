import { strict as assert } from 'node:assert';
import { createView } from '../../server/src/core/text/viewBuilder';

/** The view's text, and each view character's original one: every mapped character is the same or its normal form. */
function view(text: string) {
  const v = createView(text);
  for (let i = 0; i < v.text.length; i++) {
    const original = text[v.toOriginal(i)];
    const same = original === v.text[i] || /\s/.test(original) && /\s/.test(v.text[i]) || original.normalize('NFKC') === v.text[i] || v.traditional;
    assert.ok(same, `view character ${i} (${v.text[i]}) maps to ${JSON.stringify(original)}`);
  }
  return v;
}

describe('the normalized view', () => {
  it('keeps every code unit it copies: a byte-order mark, astral characters, lone surrogates, traditional ones read as simplified', () => {
    assert.equal(view('\ufeffThe Security Council, 𠀀 resolution').text, '\ufeffThe Security Council,𠀀resolution');
    assert.equal(view('Recalling \ud840 and \udc00 here').text, 'Recalling\ud840and\udc00here');
    assert.equal(view('回顧第2341(2017)號決議，又回顧安全理事會的決議').text, '回顾第2341(2017)号决议，又回顾安全理事会的决议');
  });

  it('removes white space and line breaks next to Chinese text, as PDF extraction leaves them', () => {
    assert.equal(view('第 1373(2001)、1624(2005)和 2388(2017)号决\n\n议，').text, '第1373(2001)、1624(2005)和2388(2017)号决议，');
    assert.equal(view('2017 年 12 月\r\n14 日').text, '2017年12月14日');
    assert.equal(view('反恐执行\u3000局').text, '反恐执行局');
  });

  it('keeps one space or one line break between Latin words, and joins words hyphenated at a line end', () => {
    assert.equal(view('peace  and\n\n\nsecurity').text, 'peace and\nsecurity');
    assert.equal(view('resolu-\ntion 2341 (2017)').text, 'resolution 2341 (2017)');
    assert.equal(view('Counter-\n  Terrorism Committee').text, 'Counter-Terrorism Committee');
    assert.equal(view('resolution 2341 （2017）').text, 'resolution 2341 （2017）');
  });

  it('removes page furniture, but keeps the symbol of the masthead and a symbol written once in the text', () => {
    const text = 'S/RES/2395 (2017)\n安全理事会，\n回顾其\n\n17-23064 (C)\n\n3/12\n\nS/RES/2395 (2017)\n\n以往各项决议，\nhttps://undocs.org/zh/S/RES/2395(2017)\n*1723064*\n请回收\n又回顾\n2/12\nS/RES/2395 (2017)\n结束。';
    const v = view(text);
    assert.equal(v.text, 'S/RES/2395 (2017)安全理事会，回顾其以往各项决议，又回顾结束。');
    assert.equal(v.removed.length, 8);
    assert.equal(view('其报告S/2017/1061\n所述').text, '其报告S/2017/1061所述');
    assert.equal(view('第一页\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\nA/72/L.62\n见上文').text, '第一页A/72/L.62见上文');
  });

  it('removes footnote markers after 决议 and after a year, and the spans it is told to leave out (resolint comments)', () => {
    assert.equal(view('第2322(2016)号决议1，').text, '第2322(2016)号决议，');
    assert.equal(view('resolution 2178 (2014)1, and').text, 'resolution 2178 (2014), and');
    assert.equal(view('第1(a)段和第12段，').text, '第1(a)段和第12段，');
    // A marker at a paragraph's end goes, spaces after it or not (they once made the spaces go instead).
    assert.equal(createView('Recalling the Force, 43  \n\nHaving noted', false).text, 'Recalling the Force, \nHaving noted');
    assert.equal(createView('决定继续处理此案。 1  \n\n2. 决定', true).text, '决定继续处理此案。2.决定');
    const commented = '回顾 <!-- resolint-disable-line term-undefined --> 反恐执行局';
    const at = commented.indexOf('<');
    assert.equal(createView(commented, true, [{ start: at, end: commented.indexOf('>') + 1 }]).text, '回顾反恐执行局');
  });

  it('reads full-width digits as ASCII, and a traditional text as simplified', () => {
    assert.equal(view('第２３４１（２０１７）号决议').text, '第2341（2017）号决议');
    const traditional = view('安全理事會第2341(2017)號決議，這是反恐怖主義委員會執行局');
    assert.ok(traditional.traditional);
    assert.equal(traditional.text, '安全理事会第2341(2017)号决议，这是反恐怖主义委员会执行局');
    assert.ok(!view('安全理事会第2341(2017)号决议，著作').traditional);
  });

  it('maps every range back exactly, in UTF-16 code units, across astral characters, CRLF and a BOM', () => {
    const text = '\ufeff𠀀 第 2341\r\n(2017)\r\n号决议';
    const v = view(text);
    assert.equal(v.text, '\ufeff𠀀第2341\n(2017)号决议');
    const citation = { start: v.text.indexOf('第'), end: v.text.length };
    const original = v.toOriginalRange(citation);
    assert.equal(text.slice(original.start, original.end), '第 2341\r\n(2017)\r\n号决议');
    assert.equal(v.toView(text.indexOf('号')), v.text.indexOf('号'));
    assert.equal(v.toView(text.lastIndexOf('\r')), v.text.indexOf('号'));
    assert.equal(v.text[v.toView(text.indexOf('\r'))], '\n');
    assert.equal(v.toOriginalEnd(v.text.indexOf('号')), text.indexOf(')') + 1);
  });

  it('is empty for an empty text, and a text of furniture only', () => {
    assert.equal(view('').text, '');
    assert.equal(view('3/12\n17-23064 (C)').text, '');
    assert.deepEqual(createView('').toOriginalRange({ start: 0, end: 0 }), { start: 0, end: 0 });
  });

  it('turns an edit of the view into edits of the original that keep what the view left out', () => {
    const text = '第2341号\n\n17-23064 (C)\n\n(2017)决议';
    const v = createView(text);
    assert.equal(v.text, '第2341号(2017)决议');
    const apply = (edits: { range: { start: number; end: number }; newText: string }[]) =>
      [...edits].sort((a, b) => b.range.start - a.range.start).reduce((t, e) => t.slice(0, e.range.start) + e.newText + t.slice(e.range.end), text);
    const start = v.text.indexOf('2341');
    const end = v.text.indexOf('决');
    assert.equal(apply(v.toOriginalEdits({ start, end }, '2341(2017)号')), '第2341(2017)号\n\n17-23064 (C)\n\n决议');
    assert.equal(apply(v.toOriginalEdits({ start: end, end }, '')), text);
  });
});
