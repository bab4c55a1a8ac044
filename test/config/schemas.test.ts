// The configuration schema, the editor setting and the rule table agree; the validators are compiled
// at build time from the schemas as they are, and nothing in the bundles compiles a schema.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/core/rules';
import { ensureServerBundle } from '../server/lspClient';

const ROOT = join(__dirname, '..', '..');
const json = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

describe('schemas', () => {
  it('the configuration schema lists every rule of the table, with its description and default, and no other', () => {
    const rules = json('schemas/resolintrc.schema.json').properties.rules.properties;
    assert.deepEqual(Object.keys(rules), RULES.map(rule => rule.id));
    for (const rule of RULES) assert.equal(rules[rule.id].description, `${rule.description} Default: ${rule.defaultSeverity}.`, rule.id);
  });

  it('the setting unResolution.rules offers the same rules and levels', () => {
    const manifest = json('package.json');
    const setting = manifest.contributes.configuration.properties['unResolution.rules'];
    const levels = json('schemas/resolintrc.schema.json').definitions.level.enum;
    assert.deepEqual(Object.keys(setting.properties), RULES.map(rule => rule.id));
    for (const id of Object.keys(setting.properties)) assert.deepEqual(setting.properties[id].enum, levels);
    const validation = manifest.contributes.jsonValidation.find((v: { url: string }) => v.url === './schemas/resolintrc.schema.json');
    assert.deepEqual(validation.fileMatch, ['.resolintrc.json', '.resolintrc.jsonc']);
  });

  it('the committed validators are those the schemas compile to now', () => {
    const check = spawnSync(process.execPath, ['scripts/build-validators.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
  });

  it('the bundles validate with the compiled validators and hold no schema compiler (no new Function)', function () {
    this.timeout(60_000);
    ensureServerBundle();
    for (const bundle of ['dist/server.js', 'dist/cli.js']) {
      const code = readFileSync(join(ROOT, bundle), 'utf8');
      assert.ok(code.includes('resolint configuration (.resolintrc.json, .resolintrc.jsonc)'), `${bundle} lacks the configuration validator`);
      assert.doesNotMatch(code, /new Function\s*\(|\beval\s*\(/, `${bundle} evaluates code`);
      assert.doesNotMatch(code, /ajv\/dist\/(core|compile)|compileAsync/, `${bundle} bundles ajv's compiler`);
    }
  });
});
