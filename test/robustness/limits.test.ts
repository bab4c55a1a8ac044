// Which texts the server declines (server/src/core/limits.ts): binary ones, and ones over the size limit.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { looksBinary, skipMessage, skipReason, utf8Length } from '../../server/src/core/limits';

describe('limits: binary files and the size limit', () => {
  it('counts UTF-8 bytes as Buffer does, astral characters and lone surrogates included', () => {
    for (const text of ['', 'abc', '第2341(2017)号决议', '𠀀a', '\uD800', '\uDC00x', 'é\u3000', '\0']) {
      assert.equal(utf8Length(text), Buffer.byteLength(text), JSON.stringify(text));
    }
  });

  it('counts a long text the same, a surrogate pair or a lone half on either side of every 65,536th unit', () => {
    const step = 1 << 16;
    for (const [at, piece] of [[step - 1, '𠀀'], [step - 2, '𠀀'], [step - 1, '\uD800'], [step, '\uDC00'], [2 * step - 1, '𠀀\uD800']] as const) {
      const text = '决'.repeat(at) + piece + 'a'.repeat(step) + '\uD800';
      assert.equal(utf8Length(text), Buffer.byteLength(text), `${JSON.stringify(piece)} at ${at}`);
    }
  });

  it('reads binary: an image header and bytes decoded as UTF-8, UTF-16 read as UTF-8; not a draft with a NUL pasted in', () => {
    const bytes = Buffer.alloc(2000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    assert.equal(looksBinary(bytes.toString('utf8')), true);
    assert.equal(looksBinary(Buffer.from('安全理事会，回顾第2341(2017)号决议', 'utf16le').toString('latin1')), true);
    assert.equal(looksBinary('安全理事会，\0回顾第2341(2017)号决议，\r\n\t\f'.repeat(3)), false);
    assert.equal(looksBinary('\0\0\0'), false, 'too short to tell');
    assert.equal(looksBinary(''), false);
  });

  it('reads binary exactly as counting every character of the sample does, whatever the control characters', () => {
    const counted = (text: string) => {
      const sample = text.slice(0, 65_536);
      let suspicious = 0;
      for (let i = 0; i < sample.length; i++) {
        const c = sample.charCodeAt(i);
        if ((c < 32 && ![9, 10, 11, 12, 13, 27].includes(c)) || c === 0xfffd) suspicious++;
      }
      return suspicious >= 8 && suspicious > sample.length * 0.05;
    };
    const unit = fc.oneof(fc.integer({ min: 0, max: 31 }).map(c => String.fromCharCode(c)), fc.constantFrom('\ufffd', '决', 'a', ' '));
    fc.assert(fc.property(fc.array(unit, { maxLength: 120 }).map(u => u.join('')), text => {
      assert.equal(looksBinary(text), counted(text), JSON.stringify(text));
    }), { numRuns: 2000, seed: 20261208 });
    // Past the sample, nothing counts.
    assert.equal(looksBinary('决'.repeat(65_536) + '\0'.repeat(5000)), false);
    assert.equal(looksBinary('决'.repeat(60_000) + '\0'.repeat(5000)), true);
  });

  it('declines a text over the limit in MB of UTF-8, not in characters; 0 or Infinity: no limit', () => {
    const cjk = '决'.repeat(400_000);   // 1.2 MB of UTF-8 in 400,000 characters
    assert.deepEqual(skipReason(cjk, 1), { kind: 'tooLarge', bytes: 1_200_000, limitBytes: 1_000_000 });
    assert.equal(skipReason(cjk, 2), undefined);
    assert.equal(skipReason('a'.repeat(400_000), 1), undefined);
    assert.equal(skipReason(cjk, Infinity), undefined);
  });

  it('estimates the size of a text far over the limit without counting it all', () => {
    const reason = skipReason('决议'.repeat(3_000_000), 1);
    assert.equal(reason?.kind, 'tooLarge');
    assert.ok(reason?.kind === 'tooLarge' && reason.estimated && Math.abs(reason.bytes - 18e6) < 1e5, JSON.stringify(reason));
    assert.equal(skipMessage(reason!, 'en'), 'This file is about 18 MB, over the 1 MB of the setting unResolution.maxFileSize: it is not checked (hover still works). Raise the setting to check it.');
    assert.match(skipMessage(reason!, 'zh'), /^此文件为约 18 MB，超过设置 unResolution\.maxFileSize 的上限 1 MB/);
    assert.match(skipMessage({ kind: 'binary' }, 'en'), /binary/);
  });
});
