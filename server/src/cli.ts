// resolint: the same core as the editor, on files from a terminal or CI.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import {
  createResolutionService, fileKind, glossaryFileDiagnostics, isBrokenRecordFile, RECORD_FILE_NAME, recordFileDiagnostics, shouldCheck,
  type DraftDetection, type DraftLanguage, type DraftStage,
} from './core';
import { looksBinary } from './core/limits';
import { DocxUnreadable, docxUnreadableDiagnostic, isDocxFile, readDocx, withExcerpts } from './docx';
import { isNegotiationCommand, NEGOTIATION_USAGE, runNegotiationCommand } from './negotiationCli';
import { WorkspaceGlossaries } from './workspaceGlossary';
import { WorkspaceRecords, type LoadedRecordFile } from './workspaceRecord';

const USAGE = `Usage: resolint [options] PATH...

Checks UN resolution drafts: files, or folders searched for *.unres, *.txt, *.md and *.docx.
A .unres file, or a file named explicitly with another extension, is always checked; .txt, .md
and .docx files are checked when they read like UN texts (as in the editor; see --draft-detection).

A Word draft (.docx) is checked one paragraph a line: a finding's line is the paragraph's number
(Word's automatic numbers counted), followed by an excerpt of the paragraph; tracked changes are
read as accepted, comments are not read. A .docx that cannot be read (password, damage, not Word)
is a docx-unreadable error, and the other files are still checked.

Options:
  --format text|json           output format (default text)
  --lang zh|en                 language of messages (default: each draft's own language)
  --draft-detection auto|always|off
                               which .txt/.md files are checked (default auto)
  --exit-zero                  exit 0 even when errors are found
  --hints                      also print hints (term-undefined), which the editor shows faintly
  --final                      the draft is final: brackets and proposal tags left in it are warnings
  --rules                      list the rules: code, default severity, what each finds
  --data [PATH]                print how current the record of resolutions is: per source
                               (built-in Security Council and General Assembly data, the
                               workspace record file of PATH, default the current folder) the
                               count and the newest resolution
  -h, --help                   show this help

A binary file, or one that is not UTF-8, is skipped with a note on stderr ("skipped": "binary"
in JSON output); the others are checked and the exit status is theirs.

Each draft's workspace glossary, .resolution-terms.json in its folder or above, is read too; a
broken one is reported as errors on that file, and the built-in glossary is used instead.
So is its workspace record, .resolution-record.json: resolutions newer than the built-in data. A
broken one is reported as errors on that file, the built-in record is used, and the exit status is 2.

Exit status: 0 no errors, 1 errors found, 2 bad usage, unreadable file or broken record file.

${NEGOTIATION_USAGE}`;

const SEVERITY_NAMES = ['', 'error', 'warning', 'information', 'hint'];
const HINT = 4;
const DRAFT_EXTENSIONS = /\.(unres|txt|md|docx)$/i;

class UsageError extends Error {}

/** The rule table, one line a rule: what `--rules` prints. */
function ruleTable(): string {
  const rules = createResolutionService().rules;
  const width = Math.max(...rules.map(rule => rule.id.length));
  return rules.map(rule => `${rule.id.padEnd(width)}  ${rule.defaultSeverity.padEnd(11)}  ${rule.description}\n`).join('');
}

interface Options {
  format: 'text' | 'json';
  lang?: DraftLanguage;
  detection: DraftDetection;
  exitZero: boolean;
  /** Hints are nudges for the editor (term-undefined); printed only when asked for. */
  hints: boolean;
  /** --data: print the data currency instead of checking drafts. */
  data: boolean;
  /** --final: brackets and proposal tags left in the draft are warnings, not information. */
  stage: DraftStage;
  paths: string[];
}

function parseArguments(args: string[]): Options | 'help' | 'rules' {
  const options: Options = { format: 'text', detection: 'auto', exitZero: false, hints: false, data: false, stage: 'negotiating', paths: [] };
  const value = (name: string, allowed: readonly string[], given: string | undefined): string => {
    if (!given || !allowed.includes(given)) throw new UsageError(`${name} takes one of: ${allowed.join(', ')}`);
    return given;
  };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].startsWith('--') ? args[i].split(/=(.*)/s, 2) : [args[i], undefined];
    switch (flag) {
      case '-h': case '--help': return 'help';
      case '--rules': return 'rules';
      case '--format': options.format = value(flag, ['text', 'json'], inline ?? args[++i]) as Options['format']; break;
      case '--lang': options.lang = value(flag, ['zh', 'en'], inline ?? args[++i]) as DraftLanguage; break;
      case '--draft-detection': options.detection = value(flag, ['auto', 'always', 'off'], inline ?? args[++i]) as DraftDetection; break;
      case '--exit-zero': options.exitZero = true; break;
      case '--hints': options.hints = true; break;
      case '--data': options.data = true; break;
      case '--final': options.stage = 'final'; break;
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag}`);
        options.paths.push(args[i]);
    }
  }
  if (options.data && options.paths.length > 1) throw new UsageError('--data takes one PATH at most');
  if (options.paths.length === 0 && !options.data) throw new UsageError('no PATH given');
  return options;
}

/**
 * Files to check, in a stable order: explicit files as given, folders searched recursively.
 * `seen` holds the real paths of folders already searched, so a symbolic link back up the tree
 * (a cycle) is searched once instead of until the path grows too long.
 */
function collectFiles(path: string, explicit: boolean, out: { file: string; explicit: boolean }[], seen = new Set<string>()): void {
  const stat = statSync(path);
  if (stat.isDirectory()) {
    const real = realpathSync(path);
    if (seen.has(real)) return;
    seen.add(real);
    for (const entry of readdirSync(path).sort()) {
      // ~$name.docx: the lock file Word keeps beside an open document.
      if (entry.startsWith('.') || entry.startsWith('~$') || entry === 'node_modules') continue;
      const child = join(path, entry);
      if (statSync(child).isDirectory() || DRAFT_EXTENSIONS.test(entry)) collectFiles(child, false, out, seen);
    }
  } else {
    out.push({ file: path, explicit });
  }
}

function describeFileError(error: unknown, file?: string): string {
  const { code, path, message } = error as NodeJS.ErrnoException;
  const reason = code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : message;
  return `cannot read ${file ?? path}: ${reason}`;
}

/** The text of a draft, or undefined for a binary file or one that is not UTF-8 (skipped, with a note). */
function readDraft(file: string): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch (error) {
    if (error instanceof TypeError) return undefined;   // invalid UTF-8
    throw error;
  }
  if (looksBinary(text)) return undefined;
  // Editors hide the byte-order mark; dropping it keeps columns as the drafter sees them.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

interface FileResult {
  file: string;
  /** excerpt: for a Word draft, the start of the paragraph (`line`) a finding is in. */
  diagnostics: (Diagnostic & { excerpt?: string })[];
  skipped?: 'binary';
}

function writeResults(results: readonly FileResult[], format: Options['format'], write: (text: string) => void): void {
  if (format === 'json') {
    write(JSON.stringify(results, null, 2) + '\n');
    return;
  }
  for (const { file, diagnostics } of results) {
    for (const d of diagnostics) {
      const where = d.excerpt === undefined ? '' : ` (paragraph ${d.range.start.line + 1}: “${d.excerpt}”)`;
      write(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY_NAMES[d.severity ?? 1]} ${d.code} ${d.message}${where}\n`);
    }
  }
}

/**
 * Workspace record files, each reported once when read: its problems as errors on the file itself.
 * A broken one (record-invalid) is also counted: resolint exits 2 on it.
 */
function workspaceRecords(results: FileResult[], language: DraftLanguage): { records: WorkspaceRecords; broken: LoadedRecordFile[] } {
  const broken: LoadedRecordFile[] = [];
  const records = new WorkspaceRecords(file => {
    if (file.problems.length === 0) return;
    if (isBrokenRecordFile(file)) broken.push(file);
    results.push({ file: relative(process.cwd(), file.path), diagnostics: recordFileDiagnostics(file.text, file.problems, language) });
  });
  return { records, broken };
}

function brokenRecordNote(broken: readonly LoadedRecordFile[]): string {
  return broken.map(file => `resolint: ${relative(process.cwd(), file.path)}: broken, not used: the built-in record was used instead\n`).join('');
}

/** --data: how current the record is, with the workspace record file in effect at PATH (a draft or a folder). */
function printDataCurrency(options: Options, write: (text: string) => void, writeError: (text: string) => void): number {
  const given = options.paths[0] ?? '.';
  let folder: boolean;
  try {
    folder = statSync(given).isDirectory();
  } catch (error) {
    writeError(`resolint: ${describeFileError(error, given)}\n`);
    return 2;
  }
  const language = options.lang ?? 'en';
  const results: FileResult[] = [];
  const { records, broken } = workspaceRecords(results, language);
  const file = records.fileFor(folder ? join(resolve(given), RECORD_FILE_NAME) : resolve(given));
  const currency = createResolutionService().getDataCurrency({ messageLanguage: language, record: file?.record });
  if (options.format === 'json') {
    write(JSON.stringify({ ...currency, findings: results }, null, 2) + '\n');
  } else {
    write(currency.text + '\n');
    writeResults(results, 'text', write);
  }
  writeError(brokenRecordNote(broken));
  return broken.length > 0 ? 2 : 0;
}

export async function run(args: string[], write: (text: string) => void, writeError: (text: string) => void): Promise<number> {
  // --compare and --brackets: the negotiation commands (negotiationCli.ts).
  if (isNegotiationCommand(args)) return runNegotiationCommand(args, write, writeError, readDraft);
  let options: Options | 'help' | 'rules';
  const files: { file: string; explicit: boolean }[] = [];
  try {
    options = parseArguments(args);
    if (options === 'help') { write(USAGE + '\n'); return 0; }
    if (options === 'rules') { write(ruleTable()); return 0; }
    if (options.data) return printDataCurrency(options, write, writeError);
    for (const path of options.paths) collectFiles(path, true, files);
  } catch (error) {
    const reason = error instanceof UsageError ? error.message : describeFileError(error);
    writeError(`resolint: ${reason}\n${error instanceof UsageError ? USAGE + '\n' : ''}`);
    return 2;
  }
  const service = createResolutionService();
  const results: FileResult[] = [];
  // Each draft's workspace glossary (.resolution-terms.json, looked for upward from the draft): a
  // broken one is reported as errors on the file itself, and the built-in glossary is used instead.
  const glossaryLanguage = options.lang ?? 'en';
  const glossaries = new WorkspaceGlossaries(glossary => {
    if (glossary.problems.length === 0) return;
    results.push({ file: relative(process.cwd(), glossary.path), diagnostics: glossaryFileDiagnostics(glossary.text, glossary.problems, glossaryLanguage) });
  });
  // And its workspace record (.resolution-record.json), found the same way.
  const { records, broken } = workspaceRecords(results, glossaryLanguage);
  for (const { file, explicit } of files) {
    let text: string | undefined;
    let word: Awaited<ReturnType<typeof readDocx>> | undefined;
    try {
      if (isDocxFile(file)) word = await readDocx(file);
      text = word ? word.text : readDraft(file);
    } catch (error) {
      if (error instanceof DocxUnreadable) {
        results.push({ file, diagnostics: [docxUnreadableDiagnostic(error, options.lang ?? 'en')] });
        continue;
      }
      writeError(`resolint: ${describeFileError(error, file)}\n`);
      return 2;
    }
    if (text === undefined) {
      writeError(`resolint: ${file}: skipped: binary, or not UTF-8 text\n`);
      results.push({ file, diagnostics: [], skipped: 'binary' });
      continue;
    }
    const document = service.parse(text, { glossary: glossaries.glossaryFor(resolve(file)) });
    // A .docx found in a folder is checked when it reads like a UN text, as a .txt is.
    const kind = word && !explicit ? 'text' : fileKind(file);
    const checked = shouldCheck(document, explicit && kind === 'other' ? 'draft' : kind, options.detection);
    const record = records.recordFor(resolve(file));
    const found = checked ? service.getDiagnostics(document, { messageLanguage: options.lang, record, stage: options.stage, uri: pathToFileURL(resolve(file)).href }) ?? [] : [];
    const diagnostics = options.hints ? found : found.filter(d => d.severity !== HINT);
    results.push({ file, diagnostics: word ? withExcerpts(diagnostics, word.paragraphs) : diagnostics });
  }
  writeResults(results, options.format, write);
  // A broken record file is a broken setup, as a bad option is: exit 2 even with --exit-zero.
  if (broken.length > 0) {
    writeError(brokenRecordNote(broken));
    return 2;
  }
  const errors = results.some(r => r.diagnostics.some(d => d.severity === 1));
  return errors && !options.exitZero ? 1 : 0;
}

export async function main(): Promise<void> {
  process.exitCode = await run(process.argv.slice(2), text => process.stdout.write(text), text => process.stderr.write(text));
}

if (require.main === module) void main();
