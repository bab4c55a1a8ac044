// The marks at a line's edges, read by hand from the end (negotiation/marks.ts), read as the regular
// expressions they replace did: those are the oracle here, on short strings of the characters that
// matter, where their backtracking costs nothing.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { isOptionHeader, withoutClosingMarks, withoutNegotiationMarks } from '../../../server/src/core/negotiation/marks';

const LEADING = /^(?:[[［]\s*)+(?:(?:Alt(?:ernative)?\.?|备选案文|备选方案|Option)\s*\d{1,2}\s*[:：.]?\s*)?/i;
const TRAILING = /(?:\s*[(（][^()（）\n]{1,40}[)）])?\s*(?:[\]］]\s*)+$/;
const OPTION_HEADER = /^[[［]?[ \t]*(?:Option|备选方案|备选案文|方案)[ \t]*\d{1,2}[ \t]*[:：.]?[ \t]*[\]］]?$/i;
const TRAILING_OPTION_HEADER = /\s*[\r\n][ \t\u3000]*[[［]?[ \t]*(?:Option|备选方案|备选案文|方案)[ \t]*\d{1,2}[ \t]*[:：.]?[ \t]*[\]］]?$/i;

const oracle = {
  withoutNegotiationMarks(line: string): string {
    if (line === '') return line;
    const first = line[0];
    const last = line[line.length - 1];
    if (first !== '[' && first !== '［' && last !== ']' && last !== '］') return line;
    return line.replace(LEADING, '').replace(TRAILING, '');
  },
  withoutClosingMarks(text: string): string {
    const words = text.replace(TRAILING_OPTION_HEADER, '');
    const last = words[words.length - 1];
    return last === ']' || last === '］' ? words.replace(TRAILING, '') : words;
  },
};

/** Strings of marks, spaces, words and line breaks, in pieces that make headers and tags often. */
const piece = fc.constantFrom(' ', '  ', '\t', '\u3000', '\n', '\r\n', '[', ']', '［', '］', '(', ')', '（', '）', 'Option', 'option 2', '备选方案', 'Alt. 2:',
  '1', '12', ':', '：', '.', '，', ';', 'US', 'RU: delete', '甲', '决定', 'x'.repeat(41));
const text = fc.array(piece, { maxLength: 14 }).map(pieces => pieces.join(''));

describe('negotiation marks at the edges of a line', () => {
  it('are read as the regular expressions read them', () => {
    fc.assert(fc.property(text, line => {
      assert.equal(withoutNegotiationMarks(line), oracle.withoutNegotiationMarks(line), JSON.stringify(line));
      assert.equal(withoutClosingMarks(line), oracle.withoutClosingMarks(line), JSON.stringify(line));
      assert.equal(isOptionHeader(line), OPTION_HEADER.test(line), JSON.stringify(line));
    }), { numRuns: 20_000 });
  });

  it('read the examples of the drafts', () => {
    assert.equal(withoutNegotiationMarks('[Alt. 2: Reaffirming its commitment, (RU)]'), 'Reaffirming its commitment,');
    assert.equal(withoutClosingMarks('决定延长任务期限；\nOption 2'), '决定延长任务期限；');
    assert.equal(withoutClosingMarks('States, (US)]'), 'States,');
    assert.ok(isOptionHeader('[Option 1:]') && isOptionHeader('备选方案2') && !isOptionHeader('Option 1 of the report'));
  });

  it('take time in proportion to the line, whatever runs of spaces and brackets it holds', () => {
    // Each took seconds to minutes when a regular expression read it; the test's timeout is the bound.
    const spaces = ' '.repeat(200_000);
    assert.equal(isOptionHeader(`Option 1${spaces}x`), false);
    assert.equal(withoutClosingMarks(`决定${spaces}甲；`), `决定${spaces}甲；`);
    assert.equal(withoutClosingMarks(`甲\n${spaces}x`), `甲\n${spaces}x`);
    assert.equal(withoutNegotiationMarks(`[甲${' ]'.repeat(100_000)}x`), `甲${' ]'.repeat(100_000)}x`);
    assert.equal(withoutNegotiationMarks(`[甲 (US)${' ]'.repeat(100_000)}`), '甲');
  });
});
