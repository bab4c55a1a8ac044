import { strict as assert } from 'node:assert';
import { utf16Codes, utf16Text } from '../../server/src/core/text/utf16';

describe('UTF-16 code arrays', () => {
  it('give back every code unit as it was: astral characters, lone surrogates of either half, a byte-order mark, nothing', () => {
    for (const text of ['', '\ufeff第2341(2017)号决议', '𠀀 resolution', 'a\ud800b\udc00c\udbff', '\udc00\ud840']) {
      const codes = utf16Codes(text);
      assert.equal(codes.length, text.length);
      assert.deepEqual([...codes], [...text].flatMap(c => [...Array(c.length).keys()].map(i => c.charCodeAt(i))));
      assert.equal(utf16Text(codes, codes.length), text);
    }
  });

  it('make a string of the first units only, of an array larger than what was written', () => {
    const codes = utf16Codes('安全理事会，回顾');
    assert.equal(utf16Text(codes, 5), '安全理事会');
    assert.equal(utf16Text(codes.subarray(2), 3), '理事会');
    assert.equal(utf16Text(codes, 0), '');
  });
});
