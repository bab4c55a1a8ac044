// Installs, once, what the e2e run needs outside the repo: code-server (a real VS Code served to a
// browser) and playwright-core (drives Debian's chromium). Later runs, and CI on the same machine,
// reuse the cache; a fresh machine installs from nothing (npm registry only).
//   node scripts/e2e/install.mjs        prints the folder of the install
// Cache folder: $UN_RESOLUTION_E2E_CACHE, else ${XDG_CACHE_HOME:-~/.cache}/un-resolution-e2e.
// Needs the Debian packages ripgrep, libkrb5-dev (for code-server's native modules) and chromium.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** code-server 4.100.3 (VS Code 1.100.3) is the newest that runs on Node 20. */
export const CODE_SERVER_VERSION = '4.100.3';
export const PLAYWRIGHT_CORE_VERSION = '1.65.1';
const INSTALL_NAME = `code-server-${CODE_SERVER_VERSION}-playwright-${PLAYWRIGHT_CORE_VERSION}`;

export function cacheRoot() {
  if (process.env.UN_RESOLUTION_E2E_CACHE) return path.resolve(process.env.UN_RESOLUTION_E2E_CACHE);
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'un-resolution-e2e');
}

/** The folder holding node_modules/code-server and node_modules/playwright-core. */
export function installDir() {
  return path.join(cacheRoot(), INSTALL_NAME);
}

export function codeServerBin(dir = installDir()) {
  return path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

function run(command, args, cwd, extraEnv = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...process.env,
      npm_config_yes: 'true',
      npm_config_unsafe_perm: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      ...extraEnv,
    },
  });
  if (result.status !== 0) {
    throw new Error(`e2e install: \`${command} ${args.join(' ')}\` in ${cwd} failed (${result.status ?? result.signal}):\n`
      + `${(result.stdout ?? '').slice(-4000)}\n${(result.stderr ?? '').slice(-8000)}`);
  }
  process.stderr.write(`  ${command} ${args.join(' ')} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}

function which(command) {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function link(target, at) {
  fs.rmSync(at, { force: true });
  fs.symlinkSync(target, at);
}

/** Installs when missing; returns the install folder. A failed install leaves nothing half-made behind. */
export function ensureInstalled() {
  const dir = installDir();
  if (fs.existsSync(path.join(dir, '.complete'))) return dir;

  const rg = which('rg');
  if (!rg) throw new Error('e2e install: ripgrep is missing (apt-get install -y ripgrep libkrb5-dev chromium)');
  fs.mkdirSync(cacheRoot(), { recursive: true });
  const work = fs.mkdtempSync(path.join(cacheRoot(), '.installing-'));
  process.stderr.write(`e2e: installing code-server ${CODE_SERVER_VERSION} and playwright-core into ${dir} (once)\n`);
  const started = Date.now();
  try {
    fs.writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'un-resolution-e2e-cache', private: true }));
    // Its postinstall would download ripgrep, which cannot be fetched here: Debian's rg is used instead.
    run('npm', ['install', '--no-save', '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`, `playwright-core@${PLAYWRIGHT_CORE_VERSION}`], work);
    run('npm', ['rebuild', 'argon2'], work);
    const cs = path.join(work, 'node_modules', 'code-server');
    const vscodeDir = path.join(cs, 'lib', 'vscode');
    run('npm', ['install', '--omit=dev', '--ignore-scripts'], vscodeDir);
    const rgDir = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
    fs.mkdirSync(rgDir, { recursive: true });
    fs.copyFileSync(rg, path.join(rgDir, 'rg'));
    fs.chmodSync(path.join(rgDir, 'rg'), 0o755);
    run('npm', ['rebuild'], vscodeDir); // node-pty, spdlog, kerberos... through node-gyp
    link('node_modules', path.join(vscodeDir, 'node_modules.asar'));
    link('code-linux.sh', path.join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
    link('browser-linux.sh', path.join(vscodeDir, 'bin', 'helpers', 'browser.sh'));
    run('npm', ['install', '--omit=dev'], path.join(vscodeDir, 'extensions'));
    fs.writeFileSync(path.join(work, '.complete'), `${new Date().toISOString()}\n`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(work, dir);
  } catch (error) {
    fs.rmSync(work, { recursive: true, force: true });
    throw error;
  }
  process.stderr.write(`e2e: installed in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  return dir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(ensureInstalled());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
