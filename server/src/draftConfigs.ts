// The language server's side of configuration: each draft's .resolintrc.json (found walking up,
// cached, read again when the client reports a change or, in editors that do not watch files, on each
// open), its problems published on the configuration files themselves. Where no file applies, the
// editor's setting unResolution.rules does, so that the editor and resolint agree wherever a file exists.
import type { Connection } from 'vscode-languageserver';
import { pathToFileURL } from 'node:url';
import { CONFIG_FILE_NAMES, configFileDiagnostics, DEFAULT_CONFIGURATION, type DraftLanguage, type ResolvedConfiguration } from './core';
import { ConfigFiles } from './configFiles';
import { pathOfUri as pathOf, type WatchedFiles } from './watchedFiles';

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

  /** watched: the workspace files the client reports changes of; the configuration files join them. */
  constructor(private readonly connection: Connection, private readonly messageLanguage: () => DraftLanguage | undefined, watched: WatchedFiles) {
    // A change to any configuration file compares every cached one with the disk: `extends` may name it.
    const reader = {
      changed: (path: string) => {
        this.files.changed(path);
        this.published.delete(path);
        this.files.refresh();
      },
      refresh: () => this.files.refresh(),
    };
    for (const name of CONFIG_FILE_NAMES) watched.watch(name, reader);
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
