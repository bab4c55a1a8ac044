// Compiles the integration suites of test/e2e/ for the VS Code extension host into out/e2e/.
// Each entry is bundled (mocha included) except `vscode`, which the extension host provides.
//   node scripts/e2e/build.mjs
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCE = path.join(ROOT, 'test', 'e2e');
export const OUT = path.join(ROOT, 'out', 'e2e');

function testsIn(folder) {
  return fs.readdirSync(folder).filter(name => name.endsWith('.test.ts')).map(name => path.join(folder, name));
}

export async function buildSuites() {
  fs.rmSync(OUT, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [
      path.join(SOURCE, 'index.ts'),
      path.join(SOURCE, 'runTest.ts'),
      ...testsIn(path.join(SOURCE, 'suite')),
      path.join(SOURCE, 'vsix', 'index.ts'),
      ...testsIn(path.join(SOURCE, 'vsix', 'suite')),
    ],
    outbase: SOURCE,
    outdir: OUT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', '@vscode/test-electron'],
    // Quiet: mocha's parallel mode (unused here) resolves files esbuild cannot see.
    logLevel: 'error',
  });
  // An extension with no code, loaded as "under development" by the run that tests the installed .vsix.
  const host = path.join(OUT, 'vsix', 'host');
  fs.mkdirSync(host, { recursive: true });
  fs.writeFileSync(path.join(host, 'package.json'), JSON.stringify({
    name: 'un-resolution-e2e-host', publisher: 'un-resolution-tools', version: '0.0.0', engines: { vscode: '^1.91.0' },
  }, null, 2));
  return OUT;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildSuites();
}
