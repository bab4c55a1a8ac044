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
