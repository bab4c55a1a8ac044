import { strict as assert } from 'node:assert';
import { applyFix, diagnose, fixture, service } from '../../helpers';
import { WELL_FORMED_ZH } from './structureRules.fixtures';

const RULE = 'punctuation-width';

describe(RULE, () => {
  it('flags half-width , ; : ? in Chinese prose and fixes each to full width', () => {
    const text = '回顾其决议, 重申承诺;请问?注意:';
    const found = diagnose(text, RULE);
    assert.deepEqual(found.map(d => d.covered), [',', ';', '?', ':']);
    assert.equal(found.reduceRight((t, d) => applyFix(t, d), text), '回顾其决议，重申承诺；请问？注意：');
  });

  it('flags full-width marks in English prose', () => {
    const text = 'Recalling its resolutions，reaffirming；';
    assert.equal(diagnose(text, RULE).length, 2);
    assert.equal(applyFix(text, diagnose(text, RULE)[0]), 'Recalling its resolutions, reaffirming；');
  });

  it('leaves numbers, times, URLs and citation brackets alone', () => {
    assert.deepEqual(diagnose('共1,000人，10:30开会，见https://undocs.org/zh/S/RES/2341(2017)，第2341(2017)号决议。', RULE), []);
  });

  it('offers one action that fixes the whole file', () => {
    const text = `${WELL_FORMED_ZH}\n回顾其以往各项决议,重申承诺，认识到责任，表示关切，欢迎报告,注意到进展，强调合作。`;
    const document = service.parse(text);
    const diagnostics = service.getDiagnostics(document)!;
    const first = diagnostics.find(d => d.code === RULE)!;
    const actions = service.getCodeActions(document, 'file:///draft.txt', first.range, diagnostics);
    const fixAll = actions.find(a => /所有/.test(a.title))!;
    assert.equal(fixAll.edit!.changes!['file:///draft.txt'].length, 2);
  });

  it('reports corpus 004 (half-width punctuation from PDF extraction) once, as information, with one fix for all; nothing in corpus 003', () => {
    const text = fixture('corpus-004.txt');
    const found = diagnose(text);
    assert.deepEqual(found.map(d => [d.code, d.severity]), [[RULE, 3]]);
    assert.match(found[0].message, /^本文的标点通篇为半角（网页和 PDF 副本常见）：共 \d+ 处/);
    const fixed = applyFix(text, found[0]);
    assert.deepEqual(diagnose(fixed, RULE), []);
    const halfWidth = (t: string) => t.replace(/[，；：？]/g, m => ({ '，': ',', '；': ';', '：': ':', '？': '?' })[m]!).replace(/ /g, '');
    assert.equal(halfWidth(fixed), halfWidth(text));
    assert.deepEqual(diagnose(fixture('corpus-003.txt'), RULE), []);
  });

  it('carries no edit in the systematic finding (the issue-9 draft would publish 12 MB): the quick fix makes them', () => {
    const text = `安全理事会，\n回顾${'决,'.repeat(20_000)}`;
    const [finding] = diagnose(text, RULE);
    assert.deepEqual([finding.severity, finding.data], [3, { fix: { title: '改正全部 20000 处标点宽度', wholeDocument: true } }]);
    assert.equal(applyFix(text, finding), `安全理事会，\n回顾${'决，'.repeat(20_000)}`);
  });

  it('reports each slip where most marks are right', () => {
    const text = '回顾其以往各项决议，重申对会员国主权的承诺,认识到其责任，表示关切，欢迎其报告。';
    assert.deepEqual(diagnose(text, RULE).map(d => [d.covered, d.severity]), [[',', 2]]);
  });
});

describe(`${RULE}: two drafts checked in turns`, () => {
  it('gives each draft its own findings when the server checks another between two steps of one', () => {
    // Half-width commas throughout but every seventh or eleventh: more than 4,096 candidates each (the
    // rule pauses after that many), counted in the systematic finding's message.
    const draft = (every: number, marks: number) => `安全理事会，\n${Array.from({ length: marks }, (_, i) => (i % every === 0 ? '回顾，' : '回顾,')).join('')}`;
    const [first, second] = [service.parse(draft(7, 6000)), service.parse(draft(11, 9000))];
    const whole = (document: typeof first) => {
      const steps = service.getDiagnosticsInSteps(document, {});
      for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
    };
    const expected = [whole(first), whole(second)];
    assert.deepEqual(expected.map(found => found!.filter(d => d.code === RULE).map(d => /\d+/.exec(d.message)![0])), [['5142'], ['8181']]);
    // After each step of the first draft's check, the whole check of the second: wherever the first
    // is paused (inside this rule too), the second gets its own findings, and so does the first.
    const steps = service.getDiagnosticsInSteps(first, {});
    let step = steps.next();
    for (; !step.done; step = steps.next()) assert.deepEqual(whole(second), expected[1]);
    assert.deepEqual(step.value, expected[0]);
  });
});

describe(`${RULE}: which neighbours make prose Chinese or English`, () => {
  /**
   * Characters at the edges of the ranges read as Chinese (CJK ideographs to the end of plane 3, CJK
   * punctuation, full-width forms, ” ’ in Chinese drafts only: English uses them too), and just outside.
   * The last column, when there is one: Chinese in an English draft.
   */
  const EDGES: [string, string, boolean, boolean?][] = [
    ['一 U+4E00', '一', true], ['鿿 U+9FFF', '鿿', true], ['ꀀ U+A000', 'ꀀ', false],
    ['㐀 U+3400', '㐀', true], ['䶿 U+4DBF', '䶿', true], ['䷀ U+4DC0', '䷀', false], ['㏿ U+33FF', '㏿', false],
    ['𠀀 U+20000', '𠀀', true], ['U+2FC00', '\ud87f\udc00', true], ['U+30000 (Extension G)', '\ud880\udc00', true],
    ['U+1FC00', '\ud83f\udc00', false], ['U+40000', '\ud8c0\udc00', false], ['😀 U+1F600', '😀', false],
    ['、 U+3001', '、', true], ['〿 U+303F', '〿', true], ['⿿ U+2FFF', '⿿', false], ['぀ U+3040', '぀', false],
    ['！ U+FF01', '！', true], ['～ U+FF5E', '～', true], ['｟ U+FF5F', '｟', true], ['U+FFF0', '\ufff0', false],
    ['” U+201D', '”', true, false], ['’ U+2019', '’', true, false], ['“ U+201C', '“', false], ['‘ U+2018', '‘', false], ['， U+FF0C', '，', false],
  ];
  const CHINESE = '安全理事会，回顾其以往各项决议\n';
  const ENGLISH = 'The Security Council, recalling all its previous resolutions\n';
  const covered = (text: string) => diagnose(text, RULE).map(d => d.covered);

  /** Whether the mark that follows `before` in text is reported. */
  const reported = (before: string, after: string, mark: string) => {
    const text = before + mark + after;
    const document = service.parse(text);
    return (service.getDiagnostics(document) ?? []).some(d => d.code === RULE && document.lines.offsetAt(d.range.start) === before.length);
  };

  for (const [name, c, chinese, chineseInEnglish = chinese] of EDGES) {
    it(`${name} ${chinese ? 'is' : 'is not'} Chinese on either side of a mark${chineseInEnglish === chinese ? '' : ' (in a Chinese draft only)'}`, () => {
      // A half-width comma next to it in a Chinese draft: wrong exactly when the neighbour is Chinese.
      assert.equal(reported(`${CHINESE}${c}`, 'x', ','), chinese, 'before the mark');
      assert.equal(reported(`${CHINESE}x`, c, ','), chinese, 'after the mark');
      // A full-width comma next to it in an English draft: wrong exactly when the neighbour is not.
      assert.equal(reported(`${ENGLISH}${c}`, 'x', '，'), !chineseInEnglish, 'before the full-width mark');
      assert.equal(reported(`${ENGLISH}x`, c, '，'), !chineseInEnglish, 'after the full-width mark');
    });
  }

  it('looks past spaces, tabs and ideographic spaces to the neighbour, at the start and at the end of the text too', () => {
    for (const space of [' ', '\t', '\u3000']) {
      assert.deepEqual(covered(`${CHINESE}一${space},x`), [','], JSON.stringify(space));
      assert.deepEqual(covered(`${CHINESE}x,${space}一`), [','], JSON.stringify(space));
    }
    assert.deepEqual(covered(',一'), [',']);
    assert.deepEqual(covered('一回顾决议,'), [',']);
    assert.deepEqual(covered('回顾决议 ,'), [',']);
  });

  it('reads a lone surrogate as what it is: not Chinese, and not half of a character it is not part of', () => {
    assert.equal(reported(`${CHINESE}\ud840a`, 'x', ','), false, 'a lone high surrogate, then a letter');
    assert.equal(reported(`${CHINESE}一\udc00`, 'x', ','), false, 'a lone low surrogate after 一');
  });

  it('fixes the mark and the spaces after it when Chinese follows, the mark alone otherwise', () => {
    assert.equal(applyFix(`${CHINESE}x,\u3000一`, diagnose(`${CHINESE}x,\u3000一`, RULE)[0]), `${CHINESE}x，一`);
    const text = `${CHINESE}回顾决议,  重申承诺, x`;
    const [first, second] = diagnose(text, RULE);
    assert.equal(applyFix(text, first), `${CHINESE}回顾决议，重申承诺, x`);
    assert.equal(applyFix(text, second), `${CHINESE}回顾决议,  重申承诺， x`);
  });

  it('in Chinese prose, a full-width mark between English words is English: half-width', () => {
    const text = `${CHINESE}见 UNODC；ICAO 和 INTERPOL？OK：1，2`;
    assert.deepEqual(covered(text), ['；', '？', '：', '，']);
    assert.deepEqual(covered(`${CHINESE}见 UNODC；工作`), []);
  });

  it('writes a space after the half-width mark when a word follows at once, and none when a space or a sign does', () => {
    const fixOf = (text: string) => applyFix(text, diagnose(text, RULE)[0]);
    for (const [written, fixed] of [
      ['its mandate；0', 'its mandate; 0'], ['its mandate；9', 'its mandate; 9'], ['its mandate；Z', 'its mandate; Z'],
      ['its mandate：a', 'its mandate: a'], ['its mandate？z', 'its mandate? z'], ['its mandate，A', 'its mandate, A'],
      ['its mandate； z', 'its mandate; z'], ['its mandate；/', 'its mandate;/'], ['its mandate；:', 'its mandate;:'],
      ['its mandate；@', 'its mandate;@'], ['its mandate；[', 'its mandate;['], ['its mandate；`', 'its mandate;`'], ['its mandate；{', 'its mandate;{'],
    ]) assert.equal(fixOf(`${ENGLISH}${written}`), `${ENGLISH}${fixed}`, written);
  });

  it('skips marks inside citations, and sees marks right after one', () => {
    assert.deepEqual(covered(`${CHINESE}回顾 resolutions 1373 (2001), 1624 (2005) and 2178 (2014)。`), []);
    const text = `${CHINESE}回顾第1373(2001)号决议,第1624(2005)号决议,重申`;
    assert.deepEqual(diagnose(text, RULE).map(d => text.slice(0, text.indexOf(d.covered === ',' ? ',' : '?'))).length, 2);
    assert.equal(applyFix(text, diagnose(text, RULE)[0]), `${CHINESE}回顾第1373(2001)号决议，第1624(2005)号决议,重申`);
  });
});
