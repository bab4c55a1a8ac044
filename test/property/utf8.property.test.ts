// utf8Text (server/src/utf8.ts) reads files through ICU's transcoder: it must give exactly what
// Buffer#toString gives on any text (astral characters, byte-order marks, every plane), and nothing for
// bytes that are not UTF-8 (truncated sequences, surrogates, overlong forms), which the transcoder
// would read otherwise than toString, with other replacement characters.
import * as assert from 'node:assert/strict';
import { isUtf8 } from 'node:buffer';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { decodeUtf8, utf8Text } from '../../server/src/utf8';

const fixtures = join(__dirname, '..', 'fixtures');

/** Text weighted toward what drafts hold: CJK, full-width punctuation, astral ideographs, the BOM. */
const draftLike = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\ufeff', '𠀀', '𪚥', '，', '。', '第', '号', '\r\n', '\n', 'a', ' ', '\u0000', '\uffff', '\u00e9'),
    fc.integer({ min: 0x4e00, max: 0x9fff }).map(code => String.fromCharCode(code)),
    fc.integer({ min: 0, max: 0x10ffff }).filter(code => code < 0xd800 || code > 0xdfff).map(code => String.fromCodePoint(code)),
  ),
  maxLength: 300,
});

describe('utf8Text', () => {
  it('reads any text as toString does, in a Buffer or in a view of a larger array', () => {
    fc.assert(fc.property(draftLike, fc.nat(7), (text, offset) => {
      const encoded = Buffer.from(text, 'utf8');
      assert.equal(utf8Text(encoded), encoded.toString('utf8'));
      const larger = new Uint8Array(encoded.length + offset + 3);
      larger.set(encoded, offset);
      assert.equal(utf8Text(larger.subarray(offset, offset + encoded.length)), encoded.toString('utf8'));
    }), { numRuns: 2000 });
  });

  it('gives nothing for bytes that are not UTF-8, and reads those that are as toString does', () => {
    const wrongBytes = fc.uint8Array({ maxLength: 64 }).chain(noise =>
      fc.constantFrom(
        noise,
        Buffer.concat([Buffer.from('第2341(2017)号'), noise]),
        Buffer.concat([Buffer.from('决议'), Buffer.from([0xe5, 0x86]), Buffer.from('。')]),
        Buffer.from([0xed, 0xa0, 0x80]),
        Buffer.from([0xc0, 0xaf]),
        Buffer.from([0xf4, 0x90, 0x80, 0x80]),
      ));
    fc.assert(fc.property(wrongBytes, bytes => {
      const text = utf8Text(bytes);
      if (isUtf8(bytes)) assert.equal(text, Buffer.from(bytes).toString('utf8'));
      else assert.equal(text, undefined);
      // decodeUtf8 reads any bytes, the wrong ones as toString does.
      assert.equal(decodeUtf8(bytes), Buffer.from(bytes).toString('utf8'));
    }), { numRuns: 2000 });
  });

  it('reads every official text of the fixtures as toString does', () => {
    const files = readdirSync(fixtures, { recursive: true, encoding: 'utf8' }).filter(file => /\.(txt|unres|md)$/.test(file));
    assert.ok(files.length > 20, `${files.length} texts`);
    for (const file of files) {
      const bytes = readFileSync(join(fixtures, file));
      assert.equal(utf8Text(bytes), bytes.toString('utf8'), file);
    }
  });

  it('reads an empty file and ASCII; a byte that is no UTF-8 gives nothing', () => {
    assert.equal(utf8Text(new Uint8Array(0)), '');
    assert.equal(utf8Text(Buffer.from([0x7b, 0xff, 0x7d])), undefined);
    assert.equal(utf8Text(Buffer.from('resolution 2341 (2017)')), 'resolution 2341 (2017)');
  });
});
