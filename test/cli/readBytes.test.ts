// readBytesOnce reads many files into one buffer kept from file to file (the keys of --cache): each
// read must give exactly the bytes readFileSync gives, whatever the order of sizes (growing, shrinking,
// empty, over the kept buffer's limit), and fail as readFileSync fails (a folder, a missing file).
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { readBytesOnce } from '../../server/src/cli/readBytes';

describe('readBytesOnce', () => {
  let folder: string;
  before(() => { folder = mkdtempSync(join(tmpdir(), 'resolint-read-')); });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('gives the bytes readFileSync gives, file after file, whatever their sizes', () => {
    // Sizes either side of the kept buffer's first size (64 KB) and of its limit (4 MB).
    const size = fc.oneof(fc.nat(300), fc.integer({ min: 65_000, max: 140_000 }), fc.constantFrom(0, 65_536, 4 * 1024 * 1024, 4 * 1024 * 1024 + 1));
    let n = 0;
    fc.assert(fc.property(fc.array(fc.tuple(size, fc.nat(255)), { minLength: 1, maxLength: 6 }), files => {
      const paths = files.map(([length, fill]) => {
        const path = join(folder, `f${n++}.unres`);
        writeFileSync(path, Buffer.alloc(length, fill));
        return path;
      });
      for (const path of paths) assert.ok(Buffer.from(readBytesOnce(path)).equals(readFileSync(path)), path);
    }), { numRuns: 40 });
  });

  it('fails as readFileSync fails: a folder, a missing file', () => {
    mkdirSync(join(folder, 'sub'));
    for (const path of [join(folder, 'sub'), join(folder, 'missing.unres')]) {
      const expected = (() => {
        try {
          readFileSync(path);
          return undefined;
        } catch (error) {
          return (error as NodeJS.ErrnoException).code;
        }
      })();
      assert.ok(expected);
      assert.throws(() => readBytesOnce(path), (error: NodeJS.ErrnoException) => error.code === expected);
    }
  });
});
