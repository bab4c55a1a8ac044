// resolint skips binary files and files that are not UTF-8, says so on stderr, and goes on.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../server/src/cli';

describe('resolint: binary and non-UTF-8 files', () => {
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resolint-binary-'));
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    fs.writeFileSync(path.join(dir, 'a-image.unres'), bytes);
    fs.writeFileSync(path.join(dir, 'b-gb18030.txt'), Buffer.from([0xb0, 0xb2, 0xc8, 0xab, 0xc0, 0xed, 0xca, 0xc2, 0xbb, 0xe1]));
    fs.writeFileSync(path.join(dir, 'c-nul.unres'), '回顾第2195(2015)号决议，\0其中');
    fs.writeFileSync(path.join(dir, 'd-draft.unres'), '回顾第2195(2015)号决议，');
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('skips them with a note, checks the rest, and the exit status is that of the rest', async () => {
    let out = '';
    let err = '';
    const status = await run([dir, path.join(dir, 'b-gb18030.txt')], t => { out += t; }, t => { err += t; });
    assert.equal(status, 1, 'd-draft.unres has an error');
    assert.match(err, /a-image\.unres: skipped: binary, or not UTF-8 text/);
    assert.match(err, /b-gb18030\.txt: skipped: binary, or not UTF-8 text/);
    assert.match(out, /c-nul\.unres:1:\d+ error citation-year-mismatch/, 'a NUL in a draft does not make it binary');
    assert.match(out, /d-draft\.unres:1:\d+ error citation-year-mismatch/);
  });

  it('marks them "skipped" in JSON output', async () => {
    let out = '';
    await run(['--format', 'json', path.join(dir, 'a-image.unres')], t => { out += t; }, () => undefined);
    assert.deepEqual(JSON.parse(out), [{ file: path.join(dir, 'a-image.unres'), diagnostics: [], skipped: 'binary' }]);
  });
});
