// npm run mutate: mutation testing of the rules (server/src/core/rules/) against the core tests;
// not part of npm test. The command runner starts mocha once per mutant (Stryker's mocha runner
// does not accept mocha 12); mocha stops at the first failing test, which is all a mutant needs.
// Reports: reports/mutation/index.html and mutation.json. Stryker 9 runs on Node 20 (10 needs 22).
// MUTATE=parse npm run mutate: the same run on server/src/core/parse/ instead. One variable picks the
// folder for both mutate and disableTypeChecks, so the two cannot disagree and nothing is duplicated.
// MOCHARC=test/core/.mocharc.mutate-terms.json: run a smaller set of tests per mutant (default: all core tests).
const target = process.env.MUTATE ?? 'rules';
if (!['rules', 'parse'].includes(target)) throw new Error(`MUTATE=${target}: expected rules or parse`);
const files = `server/src/core/${target}/**/*.ts`;
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'command',
  commandRunner: { command: `mocha --config ${process.env.MOCHARC ?? 'test/core/.mocharc.mutate.json'}` },
  coverageAnalysis: 'off',
  mutate: [files],
  // Only the mutated files get Stryker's // @ts-nocheck (a test reads the header of a generated file).
  disableTypeChecks: files,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  concurrency: 2,
  thresholds: { high: 90, low: 80, break: null },
};
