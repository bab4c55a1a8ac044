// Runs one folder of compiled mocha suites inside the VS Code extension host: the `run()` that
// @vscode/test-electron (and the code-server launcher, scripts/e2e/run.mjs) call.
// Mocha is bundled into this file by scripts/e2e/build.mjs, so it loads in any extension host.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** One test's outcome, as written to $RESOLINT_E2E_RESULTS for the launcher to print and count. */
interface Outcome {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export function runSuitesIn(folder: string): Promise<void> {
  // The launcher passes a file through the environment; the extension host inherits it.
  const resultsFile = process.env.RESOLINT_E2E_RESULTS;
  const outcomes: Outcome[] = [];
  const save = (done: boolean): void => {
    if (resultsFile) fs.writeFileSync(resultsFile, JSON.stringify({ done, outcomes }, null, 1));
  };
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  for (const file of fs.readdirSync(folder).filter(name => name.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(folder, file));
  }
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(failures => {
        save(true);
        if (failures > 0) reject(new Error(`${failures} test(s) failed`));
        else resolve();
      });
      runner.on('pass', test => { outcomes.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration }); save(false); });
      runner.on('pending', test => { outcomes.push({ title: test.fullTitle(), state: 'pending' }); save(false); });
      runner.on('fail', (test, error: Error) => {
        outcomes.push({ title: test.fullTitle(), state: 'failed', error: String(error?.stack ?? error) });
        save(false);
      });
    } catch (error) {
      save(true);
      reject(error);
    }
  });
}
