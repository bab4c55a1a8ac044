// npm run mutate: mutation testing of the rules (server/src/core/rules/) against the core tests;
// not part of npm test. The command runner starts mocha once per mutant (Stryker's mocha runner
// does not accept mocha 12); mocha stops at the first failing test, which is all a mutant needs.
// Reports: reports/mutation/index.html and mutation.json. Stryker 9 runs on Node 20 (10 needs 22).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'command',
  commandRunner: { command: 'mocha --config test/core/.mocharc.mutate.json' },
  coverageAnalysis: 'off',
  mutate: ['server/src/core/rules/**/*.ts'],
  // Only the mutated files get Stryker's // @ts-nocheck (a test reads the header of a generated file).
  disableTypeChecks: 'server/src/core/rules/**/*.ts',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  concurrency: 2,
  thresholds: { high: 90, low: 80, break: null },
};
