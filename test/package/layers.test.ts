// The layers lint holds the code to (eslint.config.mjs, run by npm test): the core is pure, its npm
// imports an allowlist, parse/rules/data below features, no import cycles. These tests show the rules
// bite on an import each one forbids.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { ESLint } from 'eslint';

const ROOT = join(__dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });

async function messagesFor(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: join(ROOT, file) });
  return result.messages.map(m => `${m.line}:${m.ruleId}`);
}

describe('layers (eslint.config.mjs)', function () {
  this.timeout(60_000);

  it('keeps Node modules, the connection and unlisted packages out of the core', async () => {
    const source = [
      "import { readFileSync } from 'node:fs';",
      "import { join } from 'path';",
      "import { TextDocuments } from 'vscode-languageserver';",
      "import leftPad from 'left-pad';",
      "import type { Hover } from 'vscode-languageserver-types';",
      "import { parseTree } from 'jsonc-parser/lib/esm/main';",
      'export const used = [readFileSync, join, TextDocuments, leftPad, parseTree] as unknown as Hover;',
    ].join('\n');
    const found = await messagesFor('server/src/core/features/example.ts', source);
    for (const line of [1, 2, 3, 4]) assert.ok(found.includes(`${line}:@typescript-eslint/no-restricted-imports`), `line ${line}: ${found.join(', ')}`);
    assert.ok(!found.some(m => m.startsWith('5:') || m.startsWith('6:')), found.join(', '));
  });

  it('keeps parse/, rules/ and data/ from importing features/, and the server may', async () => {
    const source = "import { doHover } from '../features/hover';\nexport const used = doHover;\n";
    for (const layer of ['parse', 'rules', 'data']) {
      assert.deepEqual(await messagesFor(`server/src/core/${layer}/example.ts`, source), ['1:@typescript-eslint/no-restricted-imports'], layer);
    }
    assert.deepEqual(await messagesFor('server/src/example.ts', "import { doHover } from './core/features/hover';\nexport const used = doHover;\n"), []);
  });

  it('forbids import cycles everywhere in the server and the client', async () => {
    for (const file of ['server/src/core/parse/document.ts', 'server/src/server.ts', 'client/src/extension.ts']) {
      const config = await eslint.calculateConfigForFile(join(ROOT, file));
      assert.equal(config.rules['import-x/no-cycle'][0], 2, file);
    }
  });
});
