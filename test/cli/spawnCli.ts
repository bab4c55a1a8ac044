// The built command (node bin/resolint.js → dist/cli.js), spawned as CI runs it.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ensureServerBundle, ROOT } from '../server/lspClient';

export const BIN = join(ROOT, 'bin', 'resolint.js');

export interface Spawned { status: number | null; stdout: string; stderr: string }

/** Builds dist/ when a source is newer (the server and the CLI are built together). */
export function ensureCliBundle(): void {
  ensureServerBundle();
}

export function resolintBin(args: readonly string[], options: SpawnSyncOptions & { input?: string } = {}): Spawned {
  const { env, ...rest } = options;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT, encoding: 'utf8', ...rest, env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
  });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
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
