// decodeUtf8 (server/src/utf8.ts) reads files through ICU's transcoder: it must give exactly what
// Buffer#toString gives, on any text (astral characters, byte-order marks, every plane) and on bytes
// that are not UTF-8 at all (truncated sequences, surrogates, overlong forms), where the two differ
// most easily in how many replacement characters they put.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { decodeUtf8 } from '../../server/src/utf8';

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

describe('decodeUtf8', () => {
  it('reads any text as toString does, in a Buffer or in a view of a larger array', () => {
    fc.assert(fc.property(draftLike, fc.nat(7), (text, offset) => {
      const encoded = Buffer.from(text, 'utf8');
      assert.equal(decodeUtf8(encoded), encoded.toString('utf8'));
      const larger = new Uint8Array(encoded.length + offset + 3);
      larger.set(encoded, offset);
      assert.equal(decodeUtf8(larger.subarray(offset, offset + encoded.length)), encoded.toString('utf8'));
    }), { numRuns: 2000 });
  });

  it('reads bytes that are not UTF-8 as toString does', () => {
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
      assert.equal(decodeUtf8(bytes), Buffer.from(bytes).toString('utf8'));
    }), { numRuns: 2000 });
  });

  it('reads every official text of the fixtures as toString does', () => {
    const files = readdirSync(fixtures, { recursive: true, encoding: 'utf8' }).filter(file => /\.(txt|unres|md)$/.test(file));
    assert.ok(files.length > 20, `${files.length} texts`);
    for (const file of files) {
      const bytes = readFileSync(join(fixtures, file));
      assert.equal(decodeUtf8(bytes), bytes.toString('utf8'), file);
    }
  });

  it('reads an empty file and ASCII', () => {
    assert.equal(decodeUtf8(new Uint8Array(0)), '');
    assert.equal(decodeUtf8(Buffer.from('resolution 2341 (2017)')), 'resolution 2341 (2017)');
  });
});
