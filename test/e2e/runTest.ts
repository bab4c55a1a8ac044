// `npm run test:vscode`: the integration suites in a desktop VS Code through @vscode/test-electron,
// where VS Code can be downloaded, or is installed (VSCODE_EXECUTABLE_PATH=/path/to/code).
// Run 1 loads the extension under development; run 2 installs the packaged .vsix (npm run package)
// into a fresh extensions folder and checks it, in a Chinese interface (--locale zh-cn, with a stub
// language pack).
// On a machine without either, use `npm run test:e2e`: the same suites in code-server.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';

const ROOT = path.resolve(__dirname, '..', '..');

function freshWorkspace(parent: string): string {
  const workspace = path.join(parent, 'workspace');
  fs.cpSync(path.join(ROOT, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
  return workspace;
}

function packagedVsix(): string {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const vsix = path.join(ROOT, `${name}-${version}.vsix`);
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} is missing: run npm run package first`);
  return vsix;
}

/**
 * A language pack declaring zh-cn with no translations (test/e2e/language-pack-zh-cn), so that VS Code
 * accepts --locale zh-cn without the Marketplace's pack: its own interface stays English,
 * vscode.env.language is zh-cn.
 */
function stubChineseLanguagePack(folder: string): string {
  const vsix = path.join(folder, 'language-pack-zh-cn.vsix');
  const vsce = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'vsce.cmd' : 'vsce');
  const result = spawnSync(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', vsix], {
    cwd: path.join(ROOT, 'test', 'e2e', 'language-pack-zh-cn'), stdio: 'inherit', shell: process.platform === 'win32',
  });
  if (result.status !== 0) throw new Error('packaging the stub language pack failed');
  return vsix;
}

/** What VS Code writes to USER_DATA/languagepacks.json when a pack is installed from its interface. */
function registerLanguagePacks(userData: string, extensionsDir: string): void {
  const file = path.join(userData, 'languagepacks.json');
  if (fs.existsSync(file)) return;
  interface Localization { languageId: string; languageName: string; localizedLanguageName?: string; translations: { id: string; path: string }[] }
  const packs: Record<string, { hash: string; extensions: { extensionIdentifier: { id: string }; version: string }[]; translations: Record<string, string>; label: string }> = {};
  for (const folder of fs.readdirSync(extensionsDir)) {
    const manifestFile = path.join(extensionsDir, folder, 'package.json');
    if (!fs.existsSync(manifestFile)) continue;
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as {
      publisher: string; name: string; version: string; contributes?: { localizations?: Localization[] };
    };
    for (const localization of manifest.contributes?.localizations ?? []) {
      const pack = packs[localization.languageId] ??= {
        hash: '', extensions: [], translations: {}, label: localization.localizedLanguageName ?? localization.languageName,
      };
      pack.extensions.push({ extensionIdentifier: { id: `${manifest.publisher}.${manifest.name}`.toLowerCase() }, version: manifest.version });
      for (const translation of localization.translations) pack.translations[translation.id] = path.join(extensionsDir, folder, translation.path);
      pack.hash = createHash('md5').update(pack.extensions.map(e => e.extensionIdentifier.id + e.version).join('')).digest('hex');
    }
  }
  if (Object.keys(packs).length) fs.writeFileSync(file, JSON.stringify(packs));
}

async function main(): Promise<void> {
  const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH || await downloadAndUnzipVSCode('stable');
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'un-resolution-vscode-'));
  try {
    const dev = path.join(temp, 'dev');
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      launchArgs: [freshWorkspace(dev), '--user-data-dir', path.join(dev, 'udd'), '--extensions-dir', path.join(dev, 'exts'), '--locale', 'en'],
    });

    const installed = path.join(temp, 'vsix');
    const userData = path.join(installed, 'udd');
    const extensionsDir = path.join(installed, 'exts');
    const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
    const vsixFiles = [packagedVsix(), stubChineseLanguagePack(installed)];
    const install = spawnSync(cli, [...cliArgs, '--user-data-dir', userData, '--extensions-dir', extensionsDir, ...vsixFiles.flatMap(vsix => ['--install-extension', vsix])], {
      stdio: 'inherit', shell: process.platform === 'win32',
    });
    if (install.status !== 0) throw new Error('installing the .vsix failed');
    registerLanguagePacks(userData, extensionsDir);
    await runTests({
      vscodeExecutablePath,
      // An empty extension: the one under test is the installed .vsix.
      extensionDevelopmentPath: path.join(__dirname, 'vsix', 'host'),
      extensionTestsPath: path.join(__dirname, 'vsix', 'index.js'),
      launchArgs: [freshWorkspace(installed), '--user-data-dir', userData, '--extensions-dir', extensionsDir, '--locale', 'zh-cn'],
    });
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

main().catch(error => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
