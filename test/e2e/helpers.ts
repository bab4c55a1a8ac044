// Helpers for the suites that run inside a real VS Code: no fixed sleeps, only events and polls
// with a deadline, each failing with a message that says what was awaited.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'un-resolution-tools.un-resolution-drafting';

/** How long a wait lasts before it fails: the first language-server answer includes its start. */
export const DEADLINE_MS = 30_000;

export function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(found, `extension ${EXTENSION_ID} is not installed in this VS Code`);
  return found;
}

/** A file of the workspace the launcher opened (a fresh copy of test/e2e/workspace). */
export function workspaceFile(name: string): vscode.Uri {
  const [folder] = vscode.workspace.workspaceFolders ?? [];
  assert.ok(folder, 'VS Code was started without a workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openInEditor(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Polls probe until it returns something other than undefined; rejects after the deadline. */
export async function poll<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = DEADLINE_MS): Promise<T> {
  const deadline = Date.now() + ms;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`${what}: not within ${ms} ms${lastError ? ` (last error: ${lastError})` : ''}`);
    }
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}

/**
 * Resolves with the diagnostics of uri as soon as they satisfy predicate: at once when they already
 * do, else on the onDidChangeDiagnostics event that makes them. Rejects after the deadline.
 */
export function diagnosticsOf(
  uri: vscode.Uri,
  what: string,
  predicate: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  ms = DEADLINE_MS,
): Promise<readonly vscode.Diagnostic[]> {
  const current = vscode.languages.getDiagnostics(uri);
  if (predicate(current)) return Promise.resolve(current);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      const seen = vscode.languages.getDiagnostics(uri).map(d => `${d.code}: ${d.message}`);
      reject(new Error(`${what}: not within ${ms} ms; diagnostics now: ${JSON.stringify(seen)}`));
    }, ms);
    const subscription = vscode.languages.onDidChangeDiagnostics(event => {
      if (!event.uris.some(changed => changed.toString() === uri.toString())) return;
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!predicate(diagnostics)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(diagnostics);
    });
  });
}

export const fromResolint = (diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[] =>
  diagnostics.filter(d => d.source === 'resolint');

/** The position just after the first occurrence of needle (or at offset `at` within it). */
export function positionOf(document: vscode.TextDocument, needle: string, at = needle.length): vscode.Position {
  const index = document.getText().indexOf(needle);
  assert.ok(index >= 0, `${needle} is not in ${document.uri.path}`);
  return document.positionAt(index + at);
}

/** The text of every part of every hover, joined. */
export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap(hover => hover.contents)
    .map(part => (typeof part === 'string' ? part : part.value))
    .join('\n');
}

/** The language of the editor's interface, as the extension sends it to the server. */
export function editorIsChinese(): boolean {
  return vscode.env.language.toLowerCase().startsWith('zh');
}

/**
 * Hands the screen to the launcher for one UI check (scripts/e2e/run.mjs: the mouse, what is shown,
 * a screenshot) and waits for its answer: the suite writes ui/NAME.ready once the editor shows what
 * the check needs, the launcher answers in ui/NAME.done. Returns false where no launcher drives a
 * browser (npm run test:vscode): the caller skips.
 */
export async function uiCheck(name: string): Promise<boolean> {
  const handshake = process.env.RESOLINT_E2E_UI;
  if (!handshake) return false;
  fs.writeFileSync(path.join(handshake, `${name}.ready`), '');
  const done = path.join(handshake, `${name}.done`);
  const answer = await poll(`the launcher's UI check ${name}`, () => (fs.existsSync(done) ? JSON.parse(fs.readFileSync(done, 'utf8')) as { ok: boolean; error?: string } : undefined), 150_000);
  assert.ok(answer.ok, answer.error);
  return true;
}
