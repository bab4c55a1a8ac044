import { strict as assert } from 'node:assert';
import { LineIndex } from '../../server/src/core/text/lineIndex';

describe('LineIndex', () => {
  it('counts UTF-16 code units: an astral character is two', () => {
    const lines = new LineIndex('𠀀a\nb');
    assert.deepEqual(lines.positionAt(2), { line: 0, character: 2 });
    assert.equal(lines.offsetAt({ line: 1, character: 0 }), 4);
  });

  it('ends lines at \\n, \\r\\n and a lone \\r', () => {
    const lines = new LineIndex('a\r\nb\rc\nd');
    assert.equal(lines.lineCount, 4);
    assert.deepEqual(['a', 'b', 'c', 'd'].map((_, line) => lines.offsetAt({ line, character: 0 })), [0, 3, 5, 7]);
    assert.deepEqual(lines.positionAt(6), { line: 2, character: 1 });
  });

  it('clamps positions past a line end or the text to the line end', () => {
    const lines = new LineIndex('ab\r\ncd');
    assert.equal(lines.offsetAt({ line: 0, character: 99 }), 2);
    assert.equal(lines.offsetAt({ line: 9, character: 0 }), 6);
    assert.deepEqual(lines.positionAt(99), { line: 1, character: 2 });
  });

  it('handles an empty text', () => {
    const lines = new LineIndex('');
    assert.equal(lines.lineCount, 1);
    assert.deepEqual(lines.positionAt(0), { line: 0, character: 0 });
  });
});

describe('LineIndex against lines counted one by one', () => {
  /** Line starts and lengths found by splitting at \r\n, \r and \n, independently of LineIndex. */
  function lines(text: string): { start: number; length: number }[] {
    const found: { start: number; length: number }[] = [];
    let start = 0;
    for (const match of text.matchAll(/\r\n|\r|\n/g)) {
      found.push({ start, length: match.index! - start });
      start = match.index! + match[0].length;
    }
    found.push({ start, length: text.length - start });
    return found;
  }

  const TEXTS = ['', '\n', '\r\n', 'a', 'ab\ncd', 'a\r\nb\rc\nd', '\r\r\n\n', '𠀀𠀀\r\n第1段\n\n', '\ufeff安全理事会，\r\n回顾𠀀第2195(2015)号决议，\r\n', 'x\n'];

  it('offsetAt: every line, one before the first and one past the last, every character from -1 to two past the end', () => {
    for (const text of TEXTS) {
      const index = new LineIndex(text);
      const expected = lines(text);
      assert.equal(index.lineCount, expected.length, JSON.stringify(text));
      for (let line = -1; line <= expected.length; line++) {
        const length = expected[line]?.length ?? 0;
        for (let character = -1; character <= length + 2; character++) {
          const want = line < 0 ? 0 : line >= expected.length ? text.length : expected[line].start + Math.min(Math.max(character, 0), length);
          assert.equal(index.offsetAt({ line, character }), want, `${JSON.stringify(text)} line ${line} character ${character}`);
        }
      }
    }
  });

  it('positionAt: every offset from -1 to one past the end, and back with offsetAt', () => {
    for (const text of TEXTS) {
      const index = new LineIndex(text);
      const expected = lines(text);
      for (let offset = -1; offset <= text.length + 1; offset++) {
        const clamped = Math.max(0, Math.min(offset, text.length));
        let line = 0;
        while (line + 1 < expected.length && expected[line + 1].start <= clamped) line++;
        assert.deepEqual(index.positionAt(offset), { line, character: clamped - expected[line].start }, `${JSON.stringify(text)} offset ${offset}`);
        // Offsets inside a line break (\r|\n) come back as the end of their line.
        assert.equal(index.offsetAt(index.positionAt(offset)), Math.min(clamped, expected[line].start + expected[line].length), `${JSON.stringify(text)} offset ${offset}`);
      }
    }
  });
});
