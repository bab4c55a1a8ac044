// The server runs with the Node.js options of server/src/launch.ts wherever it is started: by the
// extension, by the commands docs/editors.md gives other editors, and by the benchmarks that measure it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SERVER_NODE_OPTIONS } from '../../server/src/launch';
import { ROOT } from './lspClient';

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

describe('how the server process is started', () => {
  it('keeps the young generation small', () => {
    assert.ok(SERVER_NODE_OPTIONS.includes('--max-semi-space-size=2'));
  });

  it('the extension passes the options to the server it starts, in run and debug', () => {
    const extension = read('client/src/extension.ts');
    assert.equal(extension.match(/execArgv: \[\.\.\.SERVER_NODE_OPTIONS/g)?.length, 2);
  });

  for (const file of ['docs/editors.md', 'scripts/bench-lib.mjs']) {
    it(`${file} starts it with the same options`, () => {
      const text = read(file);
      for (const option of SERVER_NODE_OPTIONS) assert.ok(text.includes(option), `${file} lacks ${option}`);
    });
  }
});
