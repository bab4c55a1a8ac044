// The workspace record (.resolution-record.json) of a draft: found upward from its folder like the
// glossary, or at a path the configuration gives. Shared by the language server and resolint.
import { dirname } from 'node:path';
import { parseRecordFile, RECORD_FILE_NAME, securityCouncilRecord, type RecordFile, type ResolutionRecord } from './core';
import { WorkspaceFiles, type LoadedFile } from './workspaceFiles';

/** A record file as read: its path and text, and what it holds. */
export type LoadedRecordFile = { readonly path: string; readonly text: string } & RecordFile;

function loaded(file: LoadedFile<RecordFile>): LoadedRecordFile {
  return { path: file.path, text: file.text, ...file.value };
}

export class WorkspaceRecords extends WorkspaceFiles<RecordFile> {
  /** onLoad is told each time a record file is read anew, to report its problems. */
  constructor(onLoad: (file: LoadedRecordFile) => void = () => undefined) {
    super([RECORD_FILE_NAME], (path, text, limit) => parseRecordFile(text, path, securityCouncilRecord(), limit), file => onLoad(loaded(file)));
  }

  /**
   * The record file in effect for a draft: the one at `configured` when its configuration names one
   * (its key `record`), else the nearest one in its folder or above; undefined when there is none.
   */
  fileFor(draftPath: string, configured?: string): LoadedRecordFile | undefined {
    return this.fileAt(configured ?? this.nearest.find(dirname(draftPath)) ?? undefined);
  }

  /** A file at a path given explicitly (by the configuration); undefined when it cannot be read. */
  fileAt(path: string | undefined): LoadedRecordFile | undefined {
    const file = path ? this.files.get(path) : undefined;
    return file && loaded(file);
  }

  /**
   * The record for a draft: the built-in one, merged with the record file at `configured` when the
   * configuration names one (its key `record`), else with the nearest file above the draft.
   */
  recordFor(draftPath: string | undefined, configured?: string): ResolutionRecord {
    const file = draftPath !== undefined ? this.fileFor(draftPath, configured) : this.fileAt(configured);
    return file?.record ?? securityCouncilRecord();
  }
}
