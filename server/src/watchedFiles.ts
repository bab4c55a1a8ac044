// The workspace files the server reads (the glossary, the record) and the changes the editor reports
// on them. The LSP connection takes one handler per notification, so watchers are registered and
// changes dispatched here, once for every kind of file.
import { fileURLToPath } from 'node:url';
import {
  DidChangeWatchedFilesNotification, FileChangeType,
  type Connection, type InitializeParams, type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { docxFileOfView } from './docxProtocol';

/**
 * The path of a file: URI, or of the .docx a read-only view shows (its workspace files are those of its
 * folder); undefined for another scheme (an untitled document, a remote file).
 */
export function pathOfUri(uri: string): string | undefined {
  const file = docxFileOfView(uri) ?? uri;
  try {
    return file.startsWith('file:') ? fileURLToPath(file) : undefined;
  } catch {
    return undefined;
  }
}

/** What reads workspace files of one name and keeps them (WorkspaceFiles). */
export interface WorkspaceFileReader {
  /** One file changed, was created or deleted: read it again when next asked. */
  changed(path: string): void;
  /** Compare the files with the disk when next asked. */
  refresh(): void;
}

export class WatchedFiles {
  private readonly readers = new Map<string, WorkspaceFileReader>();
  /** Whether the client tells us when files change; otherwise the files are checked on each open. */
  private watching = false;

  constructor(private readonly connection: Connection, private readonly documents: TextDocuments<TextDocument>) {}

  initialize(params: InitializeParams): void {
    this.watching = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  }

  /** Tells reader of the changes to files of this name, anywhere in the workspace. */
  watch(fileName: string, reader: WorkspaceFileReader): void {
    this.readers.set(fileName, reader);
  }

  /** revalidate: checks the open drafts again, after a file they depend on changed. */
  listen(revalidate: () => void): void {
    const { connection } = this;
    connection.onInitialized(() => {
      if (!this.watching) return;
      const watchers = [...this.readers.keys()].map(name => ({ globPattern: `**/${name}` }));
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    });
    connection.onDidChangeWatchedFiles(({ changes }) => {
      let any = false;
      for (const change of changes) {
        const name = [...this.readers.keys()].find(n => change.uri.endsWith(`/${n}`));
        const path = pathOfUri(change.uri);
        if (!name || !path) continue;
        this.readers.get(name)!.changed(path);
        // A deleted file's problems go with it; a changed one's are published when it is read again.
        if (change.type === FileChangeType.Deleted) void connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
        any = true;
      }
      if (any) revalidate();
    });
    this.documents.onDidOpen(() => {
      if (!this.watching) this.readers.forEach(reader => reader.refresh());
    });
  }
}
