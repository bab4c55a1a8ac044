// "UN Resolution: Check parity with another draft…": pairs the draft in view with its other language
// version (an open draft picked from a list, or a file), and the server then puts parity-mismatch
// diagnostics on both and keeps them current as either is edited. Drafts named name.zh.unres and
// name.en.unres, or named in unResolution.parityPairs, are paired without it.
import * as path from 'node:path';
import { commands, l10n, window, workspace, type Disposable, type Uri } from 'vscode';

const DRAFT_LANGUAGES = ['un-resolution', 'plaintext', 'markdown'];

/** The other draft: given (by tests), picked among the open drafts, or chosen as a file. */
async function pickOther(here: Uri): Promise<Uri | undefined> {
  const open = workspace.textDocuments.filter(d => d.uri.toString() !== here.toString() && DRAFT_LANGUAGES.includes(d.languageId) && d.uri.scheme !== 'output');
  const chooseFile = { label: l10n.t('Choose a file…'), uri: undefined };
  const items = [...open.map(d => ({ label: path.basename(d.uri.path), description: workspace.asRelativePath(d.uri), uri: d.uri as Uri | undefined })), chooseFile];
  const picked = await window.showQuickPick(items, { placeHolder: l10n.t('The other language version of {0}', path.basename(here.path)) });
  if (!picked) return undefined;
  if (picked.uri) return picked.uri;
  return (await window.showOpenDialog({ canSelectMany: false, openLabel: l10n.t('Check parity') }))?.[0];
}

export function registerParityCommand(): Disposable {
  // other: given by tests; otherwise picked. Returns the server's answer: how many mismatches.
  return commands.registerCommand('unResolution.checkParity', async (other?: Uri) => {
    const here = window.activeTextEditor?.document.uri;
    if (!here) return undefined;
    const picked = other ?? await pickOther(here);
    if (!picked) return undefined;
    // The server serves open drafts: the other one is opened (not shown) so that it gets its diagnostics too.
    await workspace.openTextDocument(picked);
    const answer = await commands.executeCommand<{ mismatches: number } | null>('unResolution.server.checkParity', here.toString(), picked.toString());
    if (!answer) return undefined;
    void window.showInformationMessage(answer.mismatches === 0
      ? l10n.t('The two texts agree.')
      : l10n.t('{0} mismatches between the two texts: see the Problems panel.', answer.mismatches));
    return answer;
  });
}
