#!/usr/bin/env node
// Writes the rule lists that the table of rules (server/src/core/rules/index.ts) decides: the `rules`
// of the configuration schema (schemas/resolintrc.schema.json: each rule with its description and
// default) and the editor setting unResolution.rules (package.json: each rule with the levels). Run it
// after adding or changing a rule; esbuild.mjs then compiles the schema's validator anew.
//   node scripts/build-rule-settings.mjs [--check]   (--check: exit 1 when a file is out of date)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/cjs/api';

register();
const require = createRequire(import.meta.url);
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { RULES } = require('../server/src/core/rules/index.ts');

const SCHEMA = join(repo, 'schemas', 'resolintrc.schema.json');
const MANIFEST = join(repo, 'package.json');

const read = file => readFileSync(file, 'utf8');
const json = value => JSON.stringify(value, null, 2) + '\n';

function schemaText() {
  const schema = JSON.parse(read(SCHEMA));
  schema.properties.rules.properties = Object.fromEntries(RULES.map(rule =>
    [rule.id, { $ref: '#/definitions/level', description: `${rule.description} Default: ${rule.defaultSeverity}.` }]));
  return json(schema);
}

function manifestText() {
  const manifest = JSON.parse(read(MANIFEST));
  const levels = JSON.parse(read(SCHEMA)).definitions.level.enum;
  manifest.contributes.configuration.properties['unResolution.rules'].properties = Object.fromEntries(RULES.map(rule => [rule.id, { enum: levels }]));
  return json(manifest);
}

const outputs = [[SCHEMA, schemaText], [MANIFEST, manifestText]];
if (process.argv.includes('--check')) {
  for (const [file, text] of outputs) {
    if (read(file) !== text()) {
      console.error(`${file} does not list the rules of the table: run node scripts/build-rule-settings.mjs`);
      process.exitCode = 1;
    }
  }
} else {
  for (const [file, text] of outputs) {
    const content = text();
    if (read(file) !== content) writeFileSync(file, content);
  }
}
