// The language server's side of the record: the workspace record file of each draft (found, watched,
// its problems published on the file itself) and the data currency request behind the editor's
// "Show data currency".
import { pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { recordFileDiagnostics, RECORD_FILE_NAME, type DraftLanguage, type ResolutionRecord, type ResolutionService } from './core';
import { pathOfUri, type WatchedFiles } from './watchedFiles';
import { WorkspaceRecords, type LoadedRecordFile } from './workspaceRecord';

/** Params { uri?: the draft whose workspace counts }; result: DataCurrency with its text. */
export const DATA_CURRENCY_REQUEST = 'unResolution/dataCurrency';

export class RecordFeatures {
  private readonly records = new WorkspaceRecords(file => this.publish(file));
  private messageLanguage: () => DraftLanguage | undefined = () => undefined;

  constructor(private readonly connection: Connection, private readonly service: ResolutionService, watched: WatchedFiles) {
    watched.watch(RECORD_FILE_NAME, this.records);
  }

  /** The record of a draft's workspace: the built-in one, with the nearest .resolution-record.json merged over it. */
  /** configured: the record file the draft's configuration names (`record`), which wins over the search. */
  recordFor(uri: string, configured?: string): ResolutionRecord {
    return this.records.recordFor(pathOfUri(uri), configured);
  }

  listen(messageLanguage: () => DraftLanguage | undefined): void {
    this.messageLanguage = messageLanguage;
    this.connection.onRequest(DATA_CURRENCY_REQUEST, (params: { uri?: string } | undefined) => {
      const uri = params?.uri;
      return this.service.getDataCurrency({ messageLanguage: messageLanguage() ?? 'en', record: uri ? this.recordFor(uri) : undefined });
    });
  }

  /** A record file read anew: its problems, or none, on the file itself. */
  private publish(file: LoadedRecordFile): void {
    const diagnostics = recordFileDiagnostics(file.text, file.problems, this.messageLanguage() ?? 'en');
    void this.connection.sendDiagnostics({ uri: pathToFileURL(file.path).href, diagnostics });
  }
}
