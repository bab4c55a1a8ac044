// Entry of the suite that checks the packaged .vsix, installed like a user installs it.
import * as path from 'node:path';
import { runSuitesIn } from '../runner';

export function run(): Promise<void> {
  return runSuitesIn(path.join(__dirname, 'suite'));
}
