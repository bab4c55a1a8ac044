// resolint: the same core as the editor, on files from a terminal or CI.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { version } from '../../../package.json';
import {
  configFileDiagnostics, glossaryFileDiagnostics, isBrokenRecordFile, recordFileDiagnostics, type RuleLevels,
} from '../core';
import { ConfigFiles, type DraftConfiguration } from '../configFiles';
import { fixSkipNote } from '../docx';
import { WorkspaceGlossaries } from '../workspaceGlossary';
import { WorkspaceRecords } from '../workspaceRecord';
import { parseCommand, UsageError, USAGE, type Options } from './args';
import { dataCommand } from './dataCurrency';
import { explainRule, listCodes } from './explain';
import { FORMATTERS } from './formats';
import { reported, severityCounts, type FileResult } from './formats/result';
import { formatTextFile, formatTextSummary, painter } from './formats/text';
import { collectInputs, isInputError, type InputEntry } from './inputs';
import type { LintOutcome, LintTask } from './lint';
import { bracketsCommand, compareCommand, withDraftReader } from './negotiation';
import { parityCommand } from './parity';
import { lintAll, serveAsWorker } from './workers';
import { brokenRecordNote, problemResult } from './workspace';

export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** Standard input, read whole. */
  readStdin(): Uint8Array;
}

/** The error of a configuration file that applies (the nearest, or --config) but cannot be read. */
const UNREADABLE_CONFIGURATION = 'the configuration file cannot be read';
const NO_CONFIG: DraftConfiguration = { configuration: { rules: {}, draftLanguage: 'auto' }, files: [], ok: true };

/** Colour on a terminal; NO_COLOR turns it off and FORCE_COLOR on (https://no-color.org, https://force-color.org). */
function colorWanted(io: CliIo): boolean {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '') return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return io.stdoutIsTTY;
}

/** One run over the inputs: results in input order, problem files where they are first met. */
async function lintCommand(options: Options, io: CliIo, write: (text: string) => void, writeError: (text: string) => void): Promise<number> {
  const language = options.lang ?? 'en';
  const configs = options.noConfig ? undefined : new ConfigFiles();
  const explicitConfig = options.config === undefined ? undefined : resolve(io.cwd, options.config);
  // Slots in output order: a result known now, or the index of a task whose outcome is computed below.
  const slots: (FileResult | number)[] = [];
  const tasks: LintTask[] = [];
  let failed = false;
  const reportedFiles = new Set<string>();
  const glossaries = new WorkspaceGlossaries(glossary => {
    if (glossary.problems.length === 0) return;
    failed = true;
    slots.push(problemResult(glossary.path, io.cwd, glossary.text, glossary.problems, glossaryFileDiagnostics, language));
  });
  // A record file's problems are errors on it; a broken one (not used) is a broken setup: exit 2.
  const brokenRecords: string[] = [];
  const records = new WorkspaceRecords(file => {
    if (file.problems.length === 0) return;
    if (isBrokenRecordFile(file)) brokenRecords.push(file.path);
    slots.push(problemResult(file.path, io.cwd, file.text, file.problems, recordFileDiagnostics, language));
  });
  const configOf = (path: string): DraftConfiguration => {
    const found = configs?.forDraft(path, explicitConfig) ?? NO_CONFIG;
    if (found.unreadable && !reportedFiles.has(found.unreadable)) {
      reportedFiles.add(found.unreadable);
      slots.push({ file: relative(io.cwd, found.unreadable), diagnostics: [], error: UNREADABLE_CONFIGURATION });
    }
    for (const file of found.files) {
      if (file.problems.length === 0 || reportedFiles.has(file.path)) continue;
      reportedFiles.add(file.path);
      slots.push(problemResult(file.path, io.cwd, file.text, file.problems, configFileDiagnostics, language));
    }
    if (!found.ok) failed = true;
    return found;
  };

  const stdin = options.paths[0] === '-';
  const inputs: InputEntry[] = stdin
    ? [{ file: options.stdinFilename ?? '<stdin>', path: resolve(io.cwd, options.stdinFilename ?? '<stdin>'), explicit: true }]
    : collectInputs(options.paths, io.cwd);
  const fix = options.fixDryRun ? 'diff' : !options.fix ? undefined : stdin ? 'stdin' : 'write';
  // The text format is written a file at a time, in order, while the threads check the files after it;
  // the threads write each file's lines themselves when nothing else needs its findings (no cache, no fix).
  const streamed = options.format === 'text' && !options.fixDryRun && !(stdin && options.fix);
  const render = streamed && !fix && !options.cache ? { hints: options.hints, quiet: options.quiet, color: colorWanted(io) } : undefined;
  for (const input of inputs) {
    if (isInputError(input)) {
      slots.push({ file: input.file, diagnostics: [], error: input.error });
      continue;
    }
    const { configuration } = configOf(input.path);
    // Their problems are reported once, here.
    glossaries.fileFor(input.path, configuration.glossary);
    records.fileFor(input.path, configuration.record);
    slots.push(tasks.length);
    tasks.push({
      file: input.file, path: input.path, explicit: input.explicit,
      ...stdin && { stdin: io.readStdin() },
      detection: options.detection ?? configuration.draftDetection ?? 'auto',
      language: configuration.draftLanguage === 'auto' ? undefined : configuration.draftLanguage,
      glossary: configuration.glossary, record: configuration.record, stage: options.stage ?? configuration.stage ?? 'negotiating',
      levels: { ...configuration.rules, ...options.rules } satisfies RuleLevels, messageLanguage: options.lang,
      reportUnusedDisable: options.reportUnusedDisable, fix: fixSkipNote(input.file) ? undefined : fix, keepData: options.format === 'json', render,
    });
  }

  const resultOf = (slot: FileResult | number, outcome: LintOutcome | undefined): FileResult => {
    if (typeof slot !== 'number') return slot;
    const { file } = tasks[slot];
    const { error, skipped, lines, fixes, rendered } = outcome!;
    if (error !== undefined) return { file, diagnostics: [], error };
    if (skipped) return { file, diagnostics: [], skipped };
    if (rendered) return { file, diagnostics: [], rendered };
    return { file, diagnostics: reported(outcome!.diagnostics, options), sourceLines: lines, ...fixes && { fixed: fixes } };
  };
  const paint = painter(colorWanted(io));
  // lintAll hands the outcomes on in task order: each is written after the problem files listed before it.
  let written = 0;
  const writeUpTo = (task: number | undefined, outcome?: LintOutcome) => {
    for (; written < slots.length; written++) {
      const slot = slots[written];
      if (typeof slot === 'number' && slot !== task) return;
      write(formatTextFile(resultOf(slot, outcome), paint));
    }
  };
  // A file's lines, once written, are not kept: only their counts, for the summary and the exit status,
  // so that the main thread's memory does not grow with the run (13 MB of lines for the bench's 1,000 drafts).
  const writeInOrder = (task: number, outcome: LintOutcome): LintOutcome => {
    writeUpTo(task, outcome);
    return outcome.rendered ? { ...outcome, rendered: { text: '', counts: outcome.rendered.counts } } : outcome;
  };
  const outcomes = await lintAll(tasks, options, io, writeError, { glossaries, records }, streamed ? writeInOrder : undefined);
  if (streamed) writeUpTo(undefined);
  const results = slots.map(slot => resultOf(slot, typeof slot === 'number' ? outcomes[slot] : undefined));
  for (const { file, error, skipped, fixed } of results) {
    if (error !== undefined) failed = true;
    if (error !== undefined) writeError(`resolint: cannot read ${error === UNREADABLE_CONFIGURATION ? `the configuration ${file}` : `${file}: ${error}`}\n`);
    if (skipped) writeError(`resolint: ${file}: skipped: binary, or not UTF-8 text\n`);
    if (fixed && !options.fixDryRun) writeError(`resolint: fixed ${file}: ${Object.entries(fixed).map(([id, n]) => `${id} ×${n}`).join(', ')}\n`);
    const notFixed = fix && fixSkipNote(file);
    if (notFixed) writeError(`resolint: ${notFixed}\n`);
  }

  if (options.fixDryRun) {
    for (const outcome of outcomes) if (outcome.diff) write(outcome.diff);
  } else {
    if (stdin && options.fix) write(outcomes[0]?.fixedText ?? '');
    // With - and --fix, standard output is the fixed text; the findings left go to standard error.
    const report = streamed ? formatTextSummary(results, paint) : FORMATTERS[options.format](results, { color: colorWanted(io), cwd: io.cwd, version, messageLanguage: language });
    if (stdin && options.fix) writeError(report); else write(report);
  }

  // A broken record file is a broken setup, as a bad option is: exit 2 even with --exit-zero.
  if (brokenRecords.length > 0) {
    writeError(brokenRecordNote(brokenRecords, io.cwd));
    failed = true;
  }
  if (failed) return 2;
  const counts = results.map(severityCounts);
  const errors = counts.reduce((sum, of) => sum + of.error, 0);
  const warnings = counts.reduce((sum, of) => sum + of.warning, 0);
  const tooMany = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooMany) writeError(`resolint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
  return (errors > 0 || tooMany) && !options.exitZero ? 1 : 0;
}

function printConfig(file: string, options: Options, io: CliIo, write: (text: string) => void, writeError: (text: string) => void): number {
  const path = resolve(io.cwd, file);
  const found = options.noConfig ? NO_CONFIG : new ConfigFiles().forDraft(path, options.config === undefined ? undefined : resolve(io.cwd, options.config));
  if (!found.ok) {
    if (found.unreadable) writeError(`resolint: cannot read the configuration ${relative(io.cwd, found.unreadable)}\n`);
    const broken = found.files.filter(f => f.problems.length > 0);
    const results = broken.map(f => problemResult(f.path, io.cwd, f.text, f.problems, configFileDiagnostics, options.lang ?? 'en'));
    writeError(FORMATTERS.text(results, { color: false, cwd: io.cwd, version, messageLanguage: options.lang ?? 'en' }));
    return 2;
  }
  const { configuration } = found;
  write(JSON.stringify({
    ...configuration,
    file: configuration.file ?? null,
    rules: { ...configuration.rules, ...options.rules },
    draftDetection: options.detection ?? configuration.draftDetection ?? 'auto',
    stage: options.stage ?? configuration.stage,
  }, null, 2) + '\n');
  return 0;
}

export async function run(args: readonly string[], write: (text: string) => void, writeError: (text: string) => void, io: Partial<CliIo> = {}): Promise<number> {
  const fullIo: CliIo = {
    cwd: process.cwd(), env: process.env, stdoutIsTTY: false, stderrIsTTY: false, readStdin: () => readFileSync(0), ...io,
  };
  try {
    const command = parseCommand(args);
    switch (command.kind) {
      case 'help': write(USAGE + '\n'); return 0;
      case 'version': write(`${version}\n`); return 0;
      case 'rules': write(listCodes()); return 0;
      case 'explain': {
        const text = explainRule(command.rule, command.lang ?? 'en');
        if (text === undefined) throw new UsageError(`no rule ${command.rule} (resolint --rules lists them)`);
        write(text);
        return 0;
      }
      case 'printConfig': return printConfig(command.file, command.options, fullIo, write, writeError);
      case 'data': return dataCommand(command.path, command.options, { cwd: fullIo.cwd, color: colorWanted(fullIo) }, version, write, writeError);
      case 'compare': return await withDraftReader(read => compareCommand(command.earlier, command.later, command.format, command.lang, read, write), command.lang ?? 'en', fullIo.cwd, writeError);
      case 'brackets': return await withDraftReader(read => bracketsCommand(command.files, command.format, read, write), command.lang ?? 'en', fullIo.cwd, writeError);
      case 'parity': return await withDraftReader(read => parityCommand(command.left, command.right, command.format, command.lang, fullIo.cwd, read, write), command.lang ?? 'en', fullIo.cwd, writeError);
      case 'lint': return await lintCommand(command.options, fullIo, write, writeError);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    writeError(`resolint: ${error.message}\nsee resolint --help\n`);
    return 2;
  }
}

export function main(): void {
  // A reader that stops early (resolint . | head) closes the pipe: the run ends there, quietly, with the
  // status of an output error, instead of a stack trace for an unhandled 'error' event.
  process.stdout.on('error', error => {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(2);
    throw error;
  });
  run(process.argv.slice(2), text => process.stdout.write(text), text => process.stderr.write(text), {
    stdoutIsTTY: !!process.stdout.isTTY, stderrIsTTY: !!process.stderr.isTTY,
  }).then(code => { process.exitCode = code; }, error => {
    process.stderr.write(`resolint: ${error instanceof Error ? error.stack : error}\n`);
    process.exitCode = 2;
  });
}

// dist/cli.js is also the script of its worker threads.
if (!serveAsWorker() && require.main === module) main();
