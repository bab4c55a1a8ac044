// resolint --data [PATH]: how current the record of resolutions is, with the workspace record file in
// effect at PATH (a draft, or a folder: as for a draft in it), as the editor's Show data currency says.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createResolutionService, isBrokenRecordFile, RECORD_FILE_NAME, recordFileDiagnostics } from '../core';
import { ConfigFiles } from '../configFiles';
import { WorkspaceRecords } from '../workspaceRecord';
import type { Options } from './args';
import { FORMATTERS } from './formats';
import type { FileResult } from './formats/result';
import { describeFileError } from './inputs';
import { brokenRecordNote, problemResult } from './workspace';

interface Io {
  readonly cwd: string;
  /** ANSI colours in the text of the record file's problems. */
  readonly color: boolean;
}

/** Exit status 0, or 2 when PATH cannot be read or its record file is broken (then the built-in data is printed). */
export function dataCommand(path: string, options: Options, io: Io, version: string, write: (text: string) => void, writeError: (text: string) => void): number {
  const given = resolve(io.cwd, path);
  let folder: boolean;
  try {
    folder = statSync(given).isDirectory();
  } catch (error) {
    writeError(`resolint: cannot read ${path}: ${describeFileError(error, given)}\n`);
    return 2;
  }
  const language = options.lang ?? 'en';
  // The record file a draft at PATH would be checked with: the one its configuration names, or the nearest.
  const draftPath = folder ? join(given, RECORD_FILE_NAME) : given;
  const configured = options.noConfig ? undefined
    : new ConfigFiles().forDraft(draftPath, options.config === undefined ? undefined : resolve(io.cwd, options.config)).configuration.record;
  const file = new WorkspaceRecords().fileFor(draftPath, configured);
  const problems: FileResult[] = file && file.problems.length > 0 ? [problemResult(file.path, io.cwd, file.text, file.problems, recordFileDiagnostics, language)] : [];
  const currency = createResolutionService().getDataCurrency({ messageLanguage: language, record: file?.record });
  if (options.format === 'json') {
    write(JSON.stringify({ ...currency, findings: problems.map(({ file: name, diagnostics }) => ({ file: name, diagnostics })) }, null, 2) + '\n');
  } else {
    write(currency.text + '\n');
    write(FORMATTERS.text(problems, { color: io.color, cwd: io.cwd, version, messageLanguage: language }));
  }
  if (!file || !isBrokenRecordFile(file)) return 0;
  writeError(brokenRecordNote([file.path], io.cwd));
  return 2;
}
