// Inline directives: the parser's exact UTF-16 ranges, what each kind silences, unused-disable, and
// that a directive comment is no text of the draft.
import { strict as assert } from 'node:assert';
import { applyDirectives } from '../../server/src/core/features/suppressions';
import { parseDirectives } from '../../server/src/core/parse/directives';
import type { Finding } from '../../server/src/core/rules/rule';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { service } from '../helpers';

const EXAMPLE_ZH = readFileSync(join(__dirname, '..', '..', 'examples', 'draft-zh.unres'), 'utf8');

const codesByLine = (text: string, options: Parameters<typeof service.getDiagnostics>[1] = {}) =>
  (service.getDiagnostics(service.parse(text), options) ?? []).map(d => `${d.range.start.line}:${d.code}`);

// Two year mismatches, one on line 2 and one on line 4.
const DRAFT = '安全理事会，\n\n回顾第2195(2015)号决议，\n\n又回顾第2195(2015)号决议，\n';

describe('inline directives: parsing', () => {
  it('reads each kind, its rule ids and their exact UTF-16 ranges, after astral characters and CRLF', () => {
    const text = '𠀀𠀀\r\n<!-- resolint-disable-next-line term-undefined, punctuation-width -->\r\n正文<!-- resolint-disable-line -->';
    const [next, line] = parseDirectives(text);
    assert.equal(next.kind, 'disable-next-line');
    assert.equal(text.slice(next.range.start, next.range.end), '<!-- resolint-disable-next-line term-undefined, punctuation-width -->');
    assert.equal(next.range.start, 6); // 𠀀𠀀 are four UTF-16 code units, then \r\n
    assert.deepEqual(next.rules.map(r => [r.id, text.slice(r.range.start, r.range.end)]),
      [['term-undefined', 'term-undefined'], ['punctuation-width', 'punctuation-width']]);
    assert.equal(line.kind, 'disable-line');
    assert.deepEqual(line.rules, [], 'no id: every rule');
    assert.equal(text.slice(line.range.start, line.range.end), '<!-- resolint-disable-line -->');
  });

  it('takes what follows -- as a note, and knows disable, enable and disable-file', () => {
    const text = '<!-- resolint-disable citation-form -- 原文如此 --> <!-- resolint-enable citation-form --> <!--resolint-disable-file term-redefined-->';
    assert.deepEqual(parseDirectives(text).map(d => [d.kind, d.rules.map(r => r.id)]),
      [['disable', ['citation-form']], ['enable', ['citation-form']], ['disable-file', ['term-redefined']]]);
  });

  it('reads no directive in ordinary comments, a longer word or an unclosed comment', () => {
    assert.deepEqual(parseDirectives('<!-- a note --> <!-- resolint-disabled x --> <!-- resolint-disable x'), []);
    assert.deepEqual(parseDirectives(''), []);
  });
});

describe('inline directives: what they silence', () => {
  it('without directives both mismatches are reported', () => {
    assert.deepEqual(codesByLine(DRAFT), ['2:citation-year-mismatch', '4:citation-year-mismatch']);
  });

  it('disable-next-line silences exactly the next line, and only the rule it names', () => {
    const text = DRAFT.replace('又回顾', '<!-- resolint-disable-next-line citation-year-mismatch -->\n又回顾');
    assert.deepEqual(codesByLine(text), ['2:citation-year-mismatch']);
    const other = DRAFT.replace('又回顾', '<!-- resolint-disable-next-line citation-form -->\n又回顾');
    assert.deepEqual(codesByLine(other), ['2:citation-year-mismatch', '5:citation-year-mismatch']);
  });

  it('disable-line silences its own line', () => {
    const text = DRAFT.replace('又回顾第2195(2015)号决议，', '又回顾第2195(2015)号决议，<!-- resolint-disable-line citation-year-mismatch -->');
    assert.deepEqual(codesByLine(text), ['2:citation-year-mismatch']);
  });

  it('disable … enable silences the lines between; disable-file the whole file', () => {
    const between = DRAFT.replace('回顾第', '<!-- resolint-disable citation-year-mismatch -->回顾第').replace('\n\n又', '<!-- resolint-enable citation-year-mismatch -->\n\n又');
    assert.deepEqual(codesByLine(between), ['4:citation-year-mismatch']);
    assert.deepEqual(codesByLine(`${DRAFT}<!-- resolint-disable-file citation-year-mismatch -->\n`), []);
    assert.deepEqual(codesByLine(`<!-- resolint-disable-file -->\n${DRAFT}`), []);
  });

  it('the comments leave the draft as it reads: a comment line is not taken for a paragraph', () => {
    const text = `<!-- resolint-disable-file term-undefined -->\n${EXAMPLE_ZH}\n<!-- resolint-enable -->\n`;
    assert.ok(codesByLine(EXAMPLE_ZH).includes('14:operative-numbering'), codesByLine(EXAMPLE_ZH).join());
    assert.deepEqual(codesByLine(text), codesByLine(EXAMPLE_ZH).map(c => c.replace(/^\d+/, n => String(Number(n) + 1))));
  });

  it('reports the directives that silence nothing as unused-disable, on the rule id, only when asked', () => {
    const text = DRAFT.replace('又回顾', '<!-- resolint-disable-next-line citation-form, citation-year-mismatch -->\n又回顾');
    assert.deepEqual(codesByLine(text), ['2:citation-year-mismatch']);
    const unused = (service.getDiagnostics(service.parse(text), { reportUnusedDisable: true, messageLanguage: 'en' }) ?? []).filter(d => d.code === 'unused-disable');
    assert.equal(unused.length, 1);
    const lines = new LineIndex(text);
    assert.equal(text.slice(lines.offsetAt(unused[0].range.start), lines.offsetAt(unused[0].range.end)), 'citation-form');
    assert.equal(unused[0].severity, 2);
    assert.equal(unused[0].message, 'This resolint comment silences no citation-form finding; it can go.');
  });

  it('a rule that is off leaves its directive unused', () => {
    const text = DRAFT.replace('又回顾', '<!-- resolint-disable-next-line citation-year-mismatch -->\n又回顾');
    const codes = (service.getDiagnostics(service.parse(text), { reportUnusedDisable: true, rules: { 'citation-year-mismatch': 'off' } }) ?? []).map(d => d.code);
    assert.deepEqual(codes, ['unused-disable']);
  });

  it('no rule reports the marks of a directive comment: punctuation-width does not read its , as Chinese prose', () => {
    const text = '安全理事会，\n\n回顾第2195(2014)号决议，<!-- resolint-disable-line term-undefined -- 原文如此,保留 -->\n';
    assert.deepEqual(codesByLine(text), []);
    // The filter itself, on a finding inside a comment as a rule reading the raw text would give it.
    const comma = text.indexOf('如此,') + 2;
    const finding: Finding = { ruleId: 'punctuation-width', range: { start: comma, end: comma + 1 }, message: 'half-width ,' };
    const outside: Finding = { ruleId: 'punctuation-width', range: { start: 3, end: 4 }, message: 'elsewhere' };
    assert.deepEqual(applyDirectives([outside, finding], parseDirectives(text), new LineIndex(text), { messageLanguage: 'en' }), [outside]);
  });
});
