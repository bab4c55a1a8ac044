// The built command (node bin/resolint.js → dist/cli.js), spawned as CI runs it.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ensureServerBundle, ROOT } from '../server/lspClient';

export const BIN = join(ROOT, 'bin', 'resolint.js');

export interface Spawned { status: number | null; stdout: string; stderr: string }

/** Builds dist/ when a source is newer (the server and the CLI are built together). */
export function ensureCliBundle(): void {
  ensureServerBundle();
}

/** bin: another copy of the command (see readableCopyOfBin). */
export function resolintBin(args: readonly string[], options: SpawnSyncOptions & { input?: string; bin?: string } = {}): Spawned {
  const { env, bin = BIN, ...rest } = options;
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: ROOT, encoding: 'utf8', ...rest, env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
  });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/**
 * A copy of the built command that any user can run, for tests that run it as another user: the
 * checkout may sit in a folder only its owner can enter (mktemp -d makes one).
 */
export function readableCopyOfBin(): string {
  const root = mkdtempSync(join(tmpdir(), 'resolint-bin-'));
  for (const file of ['bin/resolint.js', 'dist/cli.js']) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(root, file));
  }
  chmodSync(root, 0o755);
  return join(root, 'bin', 'resolint.js');
}

/** A temporary folder with files: relative path → content. */
export function folderWith(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'resolint-cli-'));
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, relative)), { recursive: true });
    writeFileSync(join(root, relative), content);
  }
  return root;
}
