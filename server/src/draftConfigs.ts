// The language server's side of configuration: each draft's .resolintrc.json (found walking up,
// cached, read again when the client reports a change or, in editors that do not watch files, on each
// open), its problems published on the configuration files themselves. Where no file applies, the
// editor's setting unResolution.rules does, so that the editor and resolint agree wherever a file exists.
import {
  DidChangeWatchedFilesNotification, FileChangeType,
  type Connection, type FileEvent, type InitializeParams, type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import { configFileDiagnostics, DEFAULT_CONFIGURATION, type DraftLanguage, type ResolvedConfiguration } from './core';
import { ConfigFiles } from './configFiles';
import { pathOf } from './termFeatures';

export interface DraftConfig {
  readonly configuration: ResolvedConfiguration;
  /** Whether a configuration file applies (sound or broken): then the editor's rule settings do not. */
  readonly fromFile: boolean;
}

const NONE: DraftConfig = { configuration: DEFAULT_CONFIGURATION, fromFile: false };

export class DraftConfigs {
  private readonly files = new ConfigFiles();
  /** What was last published for each configuration file, so that a file is published when its problems change. */
  private readonly published = new Map<string, string>();
  private readonly reportedUnreadable = new Set<string>();
  private watching = false;

  constructor(private readonly connection: Connection, private readonly messageLanguage: () => DraftLanguage | undefined) {}

  initialize(params: InitializeParams): void {
    this.watching = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  }

  listen(documents: TextDocuments<TextDocument>): void {
    documents.onDidOpen(() => {
      if (!this.watching) this.files.refresh();
    });
  }

  /** The client is ready: watch the configuration files where it can. */
  initialized(): void {
    if (this.watching) void this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.resolintrc.{json,jsonc}' }] });
  }

  /**
   * Watched files changed: true when a configuration file did, and the drafts must be checked again.
   * Every cached file is compared with the disk then, the files that `extends` names among them.
   */
  filesChanged(changes: readonly FileEvent[]): boolean {
    const ours = changes.filter(c => /\/\.resolintrc\.jsonc?$/.test(c.uri));
    if (ours.length === 0) return false;
    for (const change of ours) {
      const path = pathOf(change.uri);
      if (path) this.files.changed(path);
      if (change.type === FileChangeType.Deleted) {
        this.published.delete(path ?? '');
        void this.connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
      }
    }
    this.files.refresh();
    return true;
  }

  /** The configuration of a draft; the problems of its files are published as they change. */
  forDraft(uri: string): DraftConfig {
    const path = pathOf(uri);
    if (!path) return NONE;
    const found = this.files.forDraft(path);
    if (found.unreadable && !this.reportedUnreadable.has(found.unreadable)) {
      this.reportedUnreadable.add(found.unreadable);
      this.connection.console.error(`resolint: cannot read the configuration ${found.unreadable}; the drafts below it are checked with the defaults`);
    }
    for (const file of found.files) this.publish(file.path, file.text, file.problems);
    return { configuration: found.configuration, fromFile: found.files.length > 0 || found.unreadable !== undefined };
  }

  private publish(path: string, text: string, problems: Parameters<typeof configFileDiagnostics>[1]): void {
    const diagnostics = configFileDiagnostics(text, problems, this.messageLanguage() ?? 'en');
    const key = JSON.stringify(diagnostics);
    if (this.published.get(path) === key) return;
    this.published.set(path, key);
    void this.connection.sendDiagnostics({ uri: pathToFileURL(path).href, diagnostics });
  }
}
