// `npm run test:e2e`: the integration suites of test/e2e/ in a real VS Code (code-server 4.100.3,
// VS Code 1.100.3) driven by Debian's chromium through playwright-core, all on 127.0.0.1.
//   1. npm run package: the .vsix, checked for size and content;
//   2. run 1: the extension under development (extensionDevelopmentPath = this repo), English UI,
//      with UI checks in the browser (ui.mjs) whose screenshots are the pictures of the drafter's
//      page: a hover on a citation, the Problems panel, the Outline, a quick fix, a Word draft; into
//      images/ with `npm run test:e2e -- --screenshots`, else into test-artifacts/e2e/;
//   3. run 2: the .vsix installed into a fresh extensions folder, Chinese UI (--locale zh-cn, with a
//      stub language pack), and UI checks: hovering a citation in the editor shows the adoption
//      date, the extension's page is the drafter's (test-artifacts/e2e/hover-citation.png,
//      extension-page.png).
// code-server and playwright-core are installed once into a cache outside the repo (install.mjs).
// Every process started here is killed at the end, whatever happens (process groups).
// Prints mocha-style "N passing" / "N failing" lines; exits 1 on any failure.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSuites } from './build.mjs';
import { codeServerBin, ensureInstalled } from './install.mjs';
import { developmentUiChecks, screenshotFolders, vsixUiChecks } from './ui.mjs';
import { readVsix } from './zip.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** --screenshots: the pictures of the drafter's page (docs/marketplace.md) go to images/. */
const SHOTS = screenshotFolders(ROOT, process.argv.includes('--screenshots'));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const MAX_VSIX_BYTES = 2 * 1024 * 1024;
/** The whole suite of one run, from page load to codeAutomationExit. */
const RUN_DEADLINE_MS = 240_000;
const HEALTH_DEADLINE_MS = 60_000;

const started = Date.now();
/** Every test outcome of this run, printed at the end: { title, state, durationMs?, error? }. */
const outcomes = [];
/** Process groups started here, killed on every way out. */
const groups = new Set();

function killGroups(signal) {
  for (const pid of groups) {
    try { process.kill(-pid, signal); } catch { /* already gone */ }
  }
}
process.on('exit', () => killGroups('SIGKILL'));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    killGroups('SIGKILL');
    process.exit(130);
  });
}

const seconds = ms => `${(ms / 1000).toFixed(1)} s`;
const log = message => process.stderr.write(`e2e: ${message}\n`);

function record(title, state, extra = {}) {
  outcomes.push({ title, state, ...extra });
}

/** Runs fn as one test: its outcome is recorded, a failure is printed and does not stop the run. */
async function check(title, fn) {
  const begun = Date.now();
  try {
    await fn();
    record(title, 'passed', { durationMs: Date.now() - begun });
    return true;
  } catch (error) {
    record(title, 'failed', { error: String(error?.stack ?? error) });
    return false;
  }
}

async function withDeadline(promise, ms, what) {
  let timer;
  try {
    return await Promise.race([
      promise,
      new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: not within ${seconds(ms)}`)), ms); }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function sh(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` failed (${result.status ?? result.signal}):\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  }
  return result.stdout;
}

// ---------------------------------------------------------------------------------------------
// code-server

/** Environment and folders that keep code-server out of ~/.config and away from any gallery. */
function sandbox(temp) {
  const udd = path.join(temp, 'udd');
  fs.mkdirSync(path.join(udd, 'User'), { recursive: true });
  fs.writeFileSync(path.join(udd, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'window.commandCenter': false,
    // The repository above the workspace is no business of the run (and its prompt would be in the pictures).
    'git.openRepositoryInParentFolders': 'never',
  }, null, 2));
  return {
    udd,
    env: {
      ...process.env,
      XDG_CONFIG_HOME: path.join(temp, 'config'),
      XDG_DATA_HOME: path.join(temp, 'data'),
      XDG_CACHE_HOME: path.join(temp, 'cache'),
      EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery' }),
    },
  };
}

function installVsix(install, temp, extensionsDir, vsixFiles) {
  const { udd, env } = sandbox(temp);
  const args = vsixFiles.flatMap(vsix => ['--install-extension', vsix]);
  sh(process.execPath, [codeServerBin(install), '--user-data-dir', udd, '--extensions-dir', extensionsDir, ...args], { env });
  registerLanguagePacks(udd, extensionsDir);
}

/**
 * The command-line install does not update the server's list of language packs
 * (USER_DATA/languagepacks.json, which the running server writes when a pack is installed from the
 * UI); write it as the server would, from the installed packs' manifests.
 */
function registerLanguagePacks(udd, extensionsDir) {
  const packs = {};
  for (const folder of fs.readdirSync(extensionsDir)) {
    const manifestFile = path.join(extensionsDir, folder, 'package.json');
    if (!fs.existsSync(manifestFile)) continue;
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    for (const localization of manifest.contributes?.localizations ?? []) {
      const id = `${manifest.publisher}.${manifest.name}`.toLowerCase();
      const pack = packs[localization.languageId] ??= {
        hash: '', extensions: [], translations: {}, label: localization.localizedLanguageName ?? localization.languageName,
      };
      pack.extensions.push({ extensionIdentifier: { id }, version: manifest.version });
      for (const translation of localization.translations) {
        pack.translations[translation.id] = path.join(extensionsDir, folder, translation.path);
      }
      pack.hash = createHash('md5').update(pack.extensions.map(e => e.extensionIdentifier.id + e.version).join('')).digest('hex');
    }
  }
  if (Object.keys(packs).length) fs.writeFileSync(path.join(udd, 'languagepacks.json'), JSON.stringify(packs));
}

/**
 * A language pack that declares zh-cn with no translations, so that code-server accepts
 * --locale zh-cn (it ignores a locale no installed pack provides): VS Code's own interface stays
 * English, vscode.env.language is zh-cn. The real pack would come from the Marketplace.
 */
function stubChineseLanguagePack(temp) {
  const vsix = path.join(temp, 'language-pack-zh-cn.vsix');
  sh(path.join(ROOT, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', vsix], {
    cwd: path.join(ROOT, 'test', 'e2e', 'language-pack-zh-cn'),
  });
  return vsix;
}

async function waitHealthy(port, child) {
  const deadline = Date.now() + HEALTH_DEADLINE_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}) before answering /healthz`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`code-server: /healthz did not answer within ${seconds(HEALTH_DEADLINE_MS)}`);
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

async function startCodeServer({ install, temp, workspace, extensionsDir, locale, env: extraEnv }) {
  const { udd, env } = sandbox(temp);
  const port = await freePort();
  const logFile = path.join(temp, 'code-server.log');
  const out = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [
    codeServerBin(install), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--user-data-dir', udd, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--locale', locale, workspace,
  ], { detached: true, stdio: ['ignore', out, out], env: { ...env, ...extraEnv } });
  fs.closeSync(out);
  groups.add(child.pid);
  const exited = new Promise(resolve => child.once('exit', resolve));
  const stop = async () => {
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
    // The group (code-server, its extension host, the language server) must be gone.
    const deadline = Date.now() + 10_000;
    for (;;) {
      try { process.kill(-child.pid, 0); } catch { break; }
      if (Date.now() > deadline) {
        try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
        break;
      }
      await new Promise(resolve => setTimeout(resolve, 50));
    }
    await withDeadline(exited, 10_000, 'code-server exit').catch(() => {});
    groups.delete(child.pid);
  };
  try {
    await waitHealthy(port, child);
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n${tail(logFile)}`);
  }
  return { port, stop, logFile };
}

function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------------------------------------
// The browser

async function launchBrowser(install, temp) {
  const require = createRequire(path.join(install, 'package.json'));
  const { chromium } = require('playwright-core');
  return chromium.launchPersistentContext(path.join(temp, 'chromium-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    // The size of the pictures of the drafter's page.
    viewport: { width: 1024, height: 640 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    ],
  });
}

/**
 * Opens the workbench with the suite as extensionTestsPath and waits for codeAutomationExit, which
 * the workbench calls when run() settles. Returns the outcomes the suite wrote.
 */
async function runSuite({ name, install, temp, locale, developmentPath, testsPath, extensionsDir, uiChecks }) {
  const workspace = path.join(temp, 'workspace');
  fs.cpSync(path.join(ROOT, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
  const resultsFile = path.join(temp, 'results.json');
  // The UI checks run while the suite waits for them (the extension host ends with the suite): the
  // suite writes ui/NAME.ready when the editor shows what check NAME needs, this script answers in
  // ui/NAME.done (test/e2e/helpers.ts, uiCheck).
  const handshake = path.join(temp, 'ui');
  fs.mkdirSync(handshake, { recursive: true });
  const server = await startCodeServer({
    install, temp, workspace, extensionsDir, locale,
    env: { RESOLINT_E2E_RESULTS: resultsFile, ...(uiChecks ? { RESOLINT_E2E_UI: handshake } : {}) },
  });
  const consoleLines = [];
  let context;
  try {
    context = await launchBrowser(install, temp);
    const page = context.pages()[0] ?? await context.newPage();
    page.on('console', message => consoleLines.push(`[${message.type()}] ${message.text()}`));
    page.on('pageerror', error => consoleLines.push(`[pageerror] ${error.message}`));
    let settle;
    const exited = new Promise(resolve => { settle = resolve; });
    await page.exposeFunction('codeAutomationExit', code => settle(code));
    const remote = file => `vscode-remote://127.0.0.1:${server.port}${file}`;
    const payload = [['extensionDevelopmentPath', remote(developmentPath)], ['extensionTestsPath', remote(testsPath)]];
    const url = `http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    const begun = Date.now();
    let finished = false;
    const answerUi = uiChecks && (async () => {
      const answered = new Set();
      while (!finished) {
        const ready = fs.readdirSync(handshake).filter(file => file.endsWith('.ready')).map(file => file.slice(0, -'.ready'.length)).find(step => !answered.has(step));
        if (!ready) {
          await new Promise(resolve => setTimeout(resolve, 100));
          continue;
        }
        answered.add(ready);
        let answer;
        try {
          if (!uiChecks[ready]) throw new Error(`the launcher has no UI check named ${ready}`);
          await uiChecks[ready](page);
          answer = { ok: true };
        } catch (error) {
          answer = { ok: false, error: String(error?.message ?? error) };
        }
        fs.writeFileSync(path.join(handshake, `${ready}.done`), JSON.stringify(answer));
      }
    })();
    await page.goto(url);
    const code = await withDeadline(exited, RUN_DEADLINE_MS, `${name}: the suite's end (codeAutomationExit)`)
      .finally(() => { finished = true; });
    await answerUi;
    log(`${name}: suite finished with code ${code} in ${seconds(Date.now() - begun)}`);
    const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : undefined;
    if (!results?.done) throw new Error(`${name}: the suite wrote no complete results (exit code ${code})`);
    for (const outcome of results.outcomes) outcomes.push(outcome);
    if (code !== 0 && !results.outcomes.some(outcome => outcome.state === 'failed')) {
      record(`${name}: the suite`, 'failed', { error: `run() failed (codeAutomationExit(${code})) with no failing test` });
    }
    if (code !== 0) dumpLogs(name, consoleLines, server.logFile);
  } catch (error) {
    dumpLogs(name, consoleLines, server.logFile);
    throw error;
  } finally {
    await context?.close().catch(() => {});
    await server.stop();
  }
}

function dumpLogs(name, consoleLines, logFile) {
  process.stderr.write(`--- ${name}: browser console (last lines)\n${consoleLines.slice(-60).join('\n')}\n`);
  process.stderr.write(`--- ${name}: code-server log (last lines)\n${tail(logFile)}\n---\n`);
}

// ---------------------------------------------------------------------------------------------

function packageVsix() {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const vsix = path.join(ROOT, `${name}-${version}.vsix`);
  fs.rmSync(vsix, { force: true });
  sh('npm', ['run', '--silent', 'package'], { stdio: ['ignore', 'pipe', 'pipe'] });
  if (!fs.existsSync(vsix)) throw new Error(`npm run package did not write ${vsix}`);
  return vsix;
}

async function checkVsixContent(vsix) {
  const size = fs.statSync(vsix).size;
  log(`${path.basename(vsix)}: ${(size / 1024).toFixed(0)} KiB`);
  if (size > MAX_VSIX_BYTES) throw new Error(`${path.basename(vsix)} is ${size} bytes, over 2 MB`);
  const zip = await readVsix(vsix);
  const files = zip.names.filter(name => name.startsWith('extension/')).map(name => name.slice('extension/'.length));
  const required = ['package.json', 'dist/client.js', 'dist/server.js', 'dist/gaRecord.generated.js', 'dist/mammoth.js', 'syntaxes/un-resolution.tmLanguage.json',
    'snippets/un-resolution.code-snippets', 'language-configuration.json', 'package.nls.json', 'package.nls.zh-cn.json',
    'l10n/bundle.l10n.zh-cn.json', 'README.md', 'CHANGELOG.md', 'LICENSE.txt'];
  const missing = required.filter(file => !files.some(name => name.toLowerCase() === file.toLowerCase()));
  if (missing.length) throw new Error(`the .vsix lacks ${missing.join(', ')}; it holds ${files.join(', ')}`);
  const allowed = /^(package\.json|package\.nls(\.[a-z-]+)?\.json|l10n\/bundle\.l10n\.[a-z-]+\.json|readme\.md|license\.txt|changelog\.md|language-configuration\.json|images\/[^/]+\.png|dist\/(client|server|gaRecord\.generated|mammoth)\.js|syntaxes\/[^/]+\.json|snippets\/[^/]+\.code-snippets|schemas\/[^/]+\.json|data\/[^/]+)$/i;
  const extra = files.filter(name => !allowed.test(name));
  if (extra.length) throw new Error(`the .vsix holds files that do not run: ${extra.join(', ')}`);
  // The page VS Code and the Marketplace show is the drafter's page, with every picture it shows.
  const readme = await zip.text(`extension/${files.find(name => name.toLowerCase() === 'readme.md')}`);
  if (readme !== fs.readFileSync(path.join(ROOT, 'docs', 'marketplace.md'), 'utf8')) throw new Error('the .vsix README is not docs/marketplace.md');
  const pictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map(match => match[1]);
  if (pictures.length < 4) throw new Error(`the drafter's page shows ${pictures.length} pictures, not at least 4`);
  const absent = pictures.filter(picture => !files.includes(picture));
  if (absent.length) throw new Error(`the drafter's page shows pictures the .vsix lacks: ${absent.join(', ')}`);
}

function report() {
  let passed = 0;
  let failed = 0;
  let pending = 0;
  for (const outcome of outcomes) {
    const mark = outcome.state === 'passed' ? '✔' : outcome.state === 'pending' ? '-' : '✗';
    const duration = outcome.durationMs !== undefined ? ` (${outcome.durationMs} ms)` : '';
    console.log(`  ${mark} ${outcome.title}${duration}`);
    if (outcome.state === 'passed') passed += 1;
    else if (outcome.state === 'pending') pending += 1;
    else failed += 1;
  }
  console.log('');
  console.log(`  ${passed} passing (${Math.round((Date.now() - started) / 1000)}s)`);
  if (pending) console.log(`  ${pending} pending`);
  if (failed) {
    console.log(`  ${failed} failing`);
    console.log('');
    outcomes.filter(outcome => outcome.state === 'failed').forEach((outcome, index) => {
      console.log(`  ${index + 1}) ${outcome.title}:\n${outcome.error.split('\n').map(line => `     ${line}`).join('\n')}\n`);
    });
  }
  return failed;
}

async function main() {
  log('npm run package');
  const vsix = packageVsix();
  await check('package: the .vsix is at most 2 MB, holds only what runs, and its page is the drafter\'s (docs/marketplace.md) with its pictures', () => checkVsixContent(vsix));
  const out = await buildSuites();
  const install = ensureInstalled();
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (apt-get install -y chromium)`);

  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'un-resolution-e2e-'));
  try {
    const dev = path.join(temp, 'dev');
    const devExtensions = path.join(dev, 'exts');
    fs.mkdirSync(devExtensions, { recursive: true });
    log('run 1: the extension under development, English interface');
    await runSuite({
      name: 'run 1 (development)', install, temp: dev, locale: 'en',
      developmentPath: ROOT, testsPath: path.join(out, 'index.js'), extensionsDir: devExtensions,
      uiChecks: developmentUiChecks(SHOTS),
    }).catch(error => record('run 1 (development): the suite ran', 'failed', { error: String(error?.stack ?? error) }));

    const installed = path.join(temp, 'vsix');
    const installedExtensions = path.join(installed, 'exts');
    fs.mkdirSync(installedExtensions, { recursive: true });
    log('run 2: the .vsix installed, Chinese interface');
    // Same user-data folder as the run: code-server keeps its list of language packs there.
    installVsix(install, installed, installedExtensions, [vsix, stubChineseLanguagePack(installed)]);
    await runSuite({
      name: 'run 2 (.vsix)', install, temp: installed, locale: 'zh-cn',
      developmentPath: path.join(out, 'vsix', 'host'), testsPath: path.join(out, 'vsix', 'index.js'), extensionsDir: installedExtensions,
      uiChecks: vsixUiChecks(SHOTS),
    }).catch(error => record('run 2 (.vsix): the suite ran', 'failed', { error: String(error?.stack ?? error) }));
  } finally {
    killGroups('SIGKILL');
    // E2E_KEEP=1 keeps the folders (logs of code-server and the extension host) for a look.
    if (process.env.E2E_KEEP) log(`kept ${temp}`);
    else fs.rmSync(temp, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  record('e2e: setting up', 'failed', { error: String(error?.stack ?? error) });
}
const failures = report();
log(`done in ${seconds(Date.now() - started)}`);
process.exit(failures ? 1 : 0);
