// Entry of the integration suite for the extension under development (extensionTestsPath).
import * as path from 'node:path';
import { runSuitesIn } from './runner';

export function run(): Promise<void> {
  return runSuitesIn(path.join(__dirname, 'suite'));
}
