// Bundles the extension client, the language server and the resolint CLI into dist/.
//   node esbuild.mjs [--watch] [--production] [--outdir=DIR]   (DIR defaults to dist; bench.mjs builds elsewhere)
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildValidators } from './scripts/build-validators.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const outdir = process.argv.find(a => a.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';

// The General Assembly record (870 KB) stays out of the bundles: V8 reads a whole script when it loads
// it, and that data would cost every start 30 ms and 8 MB. It is its own file, required on the first
// Assembly citation (server/src/core/data/gaRecord.ts).
const assemblyRecordApart = {
  name: 'assembly-record-apart',
  setup(build) {
    build.onResolve({ filter: /\/gaRecord\.generated$/ }, () => ({ path: './gaRecord.generated.js', external: true }));
  },
};

// mammoth (the .docx reader, 0.6 MB) is bundled on its own too: required on the first Word draft.
const mammothApart = {
  name: 'mammoth-apart',
  setup(build) {
    build.onResolve({ filter: /^mammoth$/ }, () => ({ path: './mammoth.js', external: true }));
  },
};

/** The version of the built-in data, for resolint --cache (server/src/cli/cache.ts computes the same from the sources). */
function dataVersion() {
  const hash = createHash('sha256');
  for (const file of ['unscRecord.generated.ts', 'gaRecord.generated.ts', 'glossary.generated.ts']) hash.update(readFileSync(`server/src/core/data/${file}`));
  return hash.digest('hex').slice(0, 16);
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  // Names are kept: the CLI checked 1,000 drafts 6-8% slower (paired runs) when names were shortened as
  // well as white space removed, and no slower with either alone. Names also keep stack traces readable.
  minifyWhitespace: production,
  minifySyntax: production,
  logLevel: 'warning',
  plugins: [assemblyRecordApart, mammothApart],
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: `${outdir}/client.js`, external: ['vscode'] },
  { entryPoints: ['server/src/main.ts'], outfile: `${outdir}/server.js` },
  // dist/cli.js runs itself when it is the program; bin/resolint.js calls its main().
  // It is also the script of its own worker threads (server/src/cli/workers.ts).
  // fdir (under tinyglobby) is ESM and asks import.meta.url, which a CommonJS bundle has not: given here.
  {
    entryPoints: ['server/src/cli/index.ts'], outfile: `${outdir}/cli.js`,
    define: { RESOLINT_DATA_VERSION: JSON.stringify(dataVersion()), 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  },
  // The core alone, for benchmarks and for tools that embed it.
  { entryPoints: ['server/src/core/index.ts'], outfile: `${outdir}/core.js` },
  { entryPoints: ['server/src/core/data/gaRecord.generated.ts'], outfile: `${outdir}/gaRecord.generated.js`, plugins: [] },
  { entryPoints: ['node_modules/mammoth/lib/index.js'], outfile: `${outdir}/mammoth.js`, plugins: [] },
];

// The schema validators are compiled here, at build time: nothing compiles or evaluates code at run time.
buildValidators();

const contexts = await Promise.all(builds.map(b => esbuild.context({ ...common, ...b })));
if (watch) {
  await Promise.all(contexts.map(c => c.watch()));
  console.log('esbuild: watching');
} else {
  await Promise.all(contexts.map(c => c.rebuild()));
  await Promise.all(contexts.map(c => c.dispose()));
}
