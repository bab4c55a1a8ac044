// The workspace record (.resolution-record.json) of a draft: found upward from its folder like the
// glossary, or at a path the configuration gives. Shared by the language server and resolint.
import { parseRecordFile, RECORD_FILE_NAME, securityCouncilRecord, type RecordFile, type ResolutionRecord } from './core';
import { WorkspaceFiles, type LoadedFile } from './workspaceFiles';

export type LoadedRecordFile = LoadedFile<RecordFile>;

export class WorkspaceRecords extends WorkspaceFiles<RecordFile> {
  /** onLoad is told each time a record file is read anew, to report its problems. */
  constructor(onLoad?: (file: LoadedRecordFile) => void) {
    super(RECORD_FILE_NAME, (text, path) => parseRecordFile(text, path, securityCouncilRecord()), onLoad);
  }

  /**
   * The record for a draft: the built-in one, merged with the record file at `configured` when a
   * setting names one (the configuration key `record`), else with the nearest file above the draft.
   */
  recordFor(draftPath: string | undefined, configured?: string): ResolutionRecord {
    const file = configured !== undefined ? this.fileAt(configured) : draftPath !== undefined ? this.fileFor(draftPath) : undefined;
    return file?.record ?? securityCouncilRecord();
  }
}
