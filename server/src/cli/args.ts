// resolint's command line: node:util parseArgs, then each value checked, so that a usage error is one
// line naming what is wrong.
import { parseArgs } from 'node:util';
import type { DraftDetection, DraftLanguage, DraftStage, RuleLevel, RuleLevels } from '../core';
import { RULES } from '../core/rules';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'junit'] as const;
export type Format = typeof FORMATS[number];
/** The formats of --compare; --brackets and --data print text or json. */
export const COMPARE_FORMATS = ['text', 'json', 'markdown'] as const;
export type CompareFormat = typeof COMPARE_FORMATS[number];
const LEVELS: readonly RuleLevel[] = ['off', 'error', 'warning', 'information', 'hint'];

export const USAGE = `Usage: resolint [options] PATH...
       resolint --compare REV1 REV2 [--format text|json|markdown] [--lang zh|en]
       resolint --brackets FILE... [--format text|json] [--lang zh|en]
       resolint --parity ZH EN [--format text|json] [--lang zh|en]
       resolint --data [PATH] [--format text|json] [--lang zh|en]

Checks UN resolution drafts: files, folders (searched for *.unres, *.txt, *.md and *.docx), quoted globs
("drafts/**/*.unres"), or - for standard input. A .unres file, or a file named explicitly with another
extension, is always checked; .txt, .md and .docx files found in a folder are checked when they read
like UN texts. A Word draft (.docx) is checked one paragraph a line, each finding with an excerpt of its
paragraph; one that cannot be read (password, damage, not Word) is a docx-unreadable error.

Output:
  --format text|json|sarif|github|junit   output format (default text)
  --lang zh|en                 language of messages (default: each draft's own language)
  --quiet                      report errors only
  --hints                      also report hints (term-undefined), which the editor shows faintly
  --max-warnings N             exit 1 when more than N warnings are reported
  --exit-zero                  exit 0 even when errors are found (not on usage, configuration or I/O errors)

Rules and configuration:
  --config PATH                use this configuration file for every draft
  --no-config                  use no configuration file (.resolintrc.json is looked for above each draft)
  --rule ID=LEVEL              set a rule's level: off, error, warning, information, hint (repeatable)
  --draft-detection auto|always|off   which .txt/.md/.docx files are checked (default: the configuration's, or auto)
  --final                      the drafts are final: brackets and proposal tags left are warnings
                               (default: the configuration's stage, or negotiating)
  --report-unused-disable      report resolint-disable comments that silence nothing (unused-disable)
  --print-config FILE          print the configuration that applies to FILE, and exit

Fixing:
  --fix                        apply the safe fixes (citation-form, punctuation-width, preamble-punctuation,
                               operative-punctuation, operative-numbering) and write the files; with -,
                               print the fixed text; a .docx is never written (a note says so)
  --fix-dry-run                print the fixes as a unified diff instead of writing them

Inputs and speed:
  --stdin-filename NAME        the name of the text read from - (for its configuration and kind)
  --concurrency N              worker threads for many files (default: half the cores; one thread on 2)
  --cache                      keep results of unchanged files in .resolintcache
  --cache-location PATH        where the cache is kept

Drafts under negotiation:
  --compare REV1 REV2          what changed from revision REV1 to REV2, paragraph by paragraph (added,
                               deleted, moved, renumbered, changed, with an inline diff) and the citations
                               added or removed; exit status 0 whatever changed
  --brackets FILE...           every bracketed span and Option block still open, one line each with its
                               paragraph label (PP2, OP3(a)), for the chair's summary
  --parity ZH EN               whether the Chinese and English texts of a draft say the same: paragraphs
                               paired by content, then per pair the resolutions cited with their years,
                               document symbols, figures, dates and sub-items; a line per mismatch with
                               both places; exit status 1 when they differ

Information:
  --rules                      list every code resolint can report: code, default severity, what it finds
  --explain RULE               what a rule checks and why, with a wrong and a right example
  --data [PATH]                how current the record of resolutions is: per source (the built-in Security
                               Council and General Assembly data, the workspace record file of PATH,
                               default the current folder) the count and the newest resolution
  --version                    print the version
  -h, --help                   show this help

Each draft is checked with its workspace glossary (.resolution-terms.json) and record
(.resolution-record.json), the nearest above it unless its configuration names others. A broken one is
reported as errors on that file, and the built-in one is used instead.

Files and folders listed in .resolintignore (gitignore syntax, in the current folder) are skipped
when found in a folder or by a glob. A binary file, or one that is not UTF-8, is skipped with a note
on stderr. A path that cannot be read is reported on stderr; the others are still checked.

Exit status: 0 clean; 1 an error found, or more warnings than --max-warnings; 2 a usage,
configuration or I/O error, a broken workspace glossary or record (2 wins over 1).`;

export class UsageError extends Error {}

export interface Options {
  format: Format;
  lang?: DraftLanguage;
  /** Undefined: each draft's configuration decides, else auto. */
  detection?: DraftDetection;
  exitZero: boolean;
  hints: boolean;
  quiet: boolean;
  maxWarnings?: number;
  config?: string;
  noConfig: boolean;
  rules: RuleLevels;
  reportUnusedDisable: boolean;
  /** --final; undefined: each draft's configuration decides, else negotiating. */
  stage?: DraftStage;
  fix: boolean;
  fixDryRun: boolean;
  stdinFilename?: string;
  concurrency?: number;
  cache: boolean;
  cacheLocation?: string;
  paths: string[];
}

export type Command =
  | { kind: 'lint'; options: Options }
  | { kind: 'help' } | { kind: 'version' } | { kind: 'rules' }
  | { kind: 'explain'; rule: string; lang?: DraftLanguage }
  | { kind: 'printConfig'; file: string; options: Options }
  /** --data: the currency of the record in effect at path (a draft or a folder). */
  | { kind: 'data'; path: string; options: Options }
  | { kind: 'compare'; earlier: string; later: string; format: CompareFormat; lang?: DraftLanguage }
  | { kind: 'brackets'; files: string[]; format: 'text' | 'json'; lang?: DraftLanguage }
  | { kind: 'parity'; left: string; right: string; format: 'text' | 'json'; lang?: DraftLanguage };

type Values = { [Name in keyof typeof SPEC]?: typeof SPEC[Name] extends { multiple: true } ? string[] : typeof SPEC[Name] extends { type: 'string' } ? string : boolean };

const SPEC = {
  format: { type: 'string' }, lang: { type: 'string' }, 'draft-detection': { type: 'string' },
  'exit-zero': { type: 'boolean' }, hints: { type: 'boolean' }, quiet: { type: 'boolean' }, 'max-warnings': { type: 'string' },
  config: { type: 'string' }, 'no-config': { type: 'boolean' }, rule: { type: 'string', multiple: true },
  'report-unused-disable': { type: 'boolean' }, 'print-config': { type: 'string' }, final: { type: 'boolean' },
  fix: { type: 'boolean' }, 'fix-dry-run': { type: 'boolean' },
  'stdin-filename': { type: 'string' }, concurrency: { type: 'string' }, cache: { type: 'boolean' }, 'cache-location': { type: 'string' },
  compare: { type: 'boolean' }, brackets: { type: 'boolean' }, parity: { type: 'boolean' }, data: { type: 'boolean' },
  rules: { type: 'boolean' }, explain: { type: 'string' }, version: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
} as const;

/** The commands that are no check of drafts, and the only options each takes (--lang: of messages, such as why a .docx cannot be read). */
const OWN_OPTIONS = { compare: ['format', 'lang'], brackets: ['format', 'lang'], parity: ['format', 'lang'], data: ['format', 'lang', 'config', 'no-config'] } as const;

/** Values some options take; a missing or other value is named in the usage error. */
const CHOICES: Record<string, readonly string[]> = { format: FORMATS, lang: ['zh', 'en'], 'draft-detection': ['auto', 'always', 'off'] };

function choice<T extends string>(name: string, value: string | undefined, choices = CHOICES[name], command = ''): T | undefined {
  if (value === undefined) return undefined;
  if (!choices.includes(value)) throw new UsageError(`${command}--${name} takes one of: ${choices.join(', ')}`);
  return value as T;
}

function count(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`--${name} takes a whole number${min > 0 ? ` of at least ${min}` : ''}, not ${value}`);
  return Number(value);
}

function ruleLevels(given: readonly string[] = []): RuleLevels {
  const known = new Set(RULES.map(rule => rule.id));
  const levels: Record<string, RuleLevel> = {};
  for (const each of given) {
    const [id, level] = each.split('=', 2);
    if (!known.has(id)) throw new UsageError(`--rule ${each}: no rule ${id} (resolint --rules lists them)`);
    if (!LEVELS.includes(level as RuleLevel)) throw new UsageError(`--rule ${each}: the level is one of ${LEVELS.join(', ')}`);
    levels[id] = level as RuleLevel;
  }
  return levels;
}

/** parseArgs' own errors, as one short line. */
function parseError(error: { code?: string; message: string }, args: readonly string[]): UsageError {
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(error.message)?.[1] ?? '';
    return new UsageError(`unknown option ${option.split('=')[0]}`);
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = /--([a-z-]+)/.exec(error.message)?.[1] ?? '';
    return new UsageError(CHOICES[name] ? `--${name} takes one of: ${CHOICES[name].join(', ')}` : `--${name} needs a value`);
  }
  return new UsageError(`${error.message} (${args.join(' ')})`);
}

export function parseCommand(args: readonly string[]): Command {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options: SPEC, allowPositionals: true, strict: true });
  } catch (error) {
    throw parseError(error as { code?: string; message: string }, args);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { kind: 'help' };
  if (v.version) return { kind: 'version' };
  if (v.rules) return { kind: 'rules' };
  const lang = choice<DraftLanguage>('lang', v.lang);
  if (v.explain !== undefined) return { kind: 'explain', rule: v.explain, lang };
  const negotiation = negotiationCommand(v, positionals, lang);
  if (negotiation) return negotiation;
  const options: Options = {
    format: choice<Format>('format', v.format) ?? 'text',
    lang,
    detection: choice<DraftDetection>('draft-detection', v['draft-detection']),
    exitZero: !!v['exit-zero'], hints: !!v.hints, quiet: !!v.quiet,
    maxWarnings: count('max-warnings', v['max-warnings'], 0),
    config: v.config, noConfig: !!v['no-config'],
    rules: ruleLevels(v.rule),
    reportUnusedDisable: !!v['report-unused-disable'],
    stage: v.final ? 'final' : undefined,
    fix: !!v.fix, fixDryRun: !!v['fix-dry-run'],
    stdinFilename: v['stdin-filename'],
    concurrency: count('concurrency', v.concurrency, 1),
    cache: !!v.cache, cacheLocation: v['cache-location'],
    paths: positionals,
  };
  if (options.config !== undefined && options.noConfig) throw new UsageError('--config and --no-config exclude each other');
  if (v['print-config'] !== undefined) return { kind: 'printConfig', file: v['print-config'], options };
  if (v.data) {
    onlyOwnOptions(v, 'data');
    if (options.paths.length > 1) throw new UsageError('--data takes one PATH at most');
    if (options.format !== 'text' && options.format !== 'json') throw new UsageError('--data --format takes one of: text, json');
    return { kind: 'data', path: options.paths[0] ?? '.', options };
  }
  if (options.paths.length === 0) throw new UsageError('no PATH given');
  if (options.paths.includes('-') && options.paths.length > 1) throw new UsageError('- (standard input) is checked alone');
  return { kind: 'lint', options };
}


/** --compare, --brackets and --parity: their files and format; undefined when none is given. */
function negotiationCommand(v: Values, positionals: string[], lang: DraftLanguage | undefined): Command | undefined {
  const given = (['compare', 'brackets', 'parity'] as const).filter(name => v[name]);
  if (given.length > 1) throw new UsageError(`--${given[0]} and --${given[1]} exclude each other`);
  const name = given[0];
  if (!name) return undefined;
  onlyOwnOptions(v, name);
  if (name === 'parity') {
    if (positionals.length !== 2) throw new UsageError('--parity takes two files: the Chinese text, then the English');
    return { kind: 'parity', left: positionals[0], right: positionals[1], format: choice<'text' | 'json'>('format', v.format, ['text', 'json'], '--parity ') ?? 'text', lang };
  }
  if (name === 'compare') {
    if (positionals.length !== 2) throw new UsageError('--compare takes two files: the earlier revision, then the later');
    const format = choice<CompareFormat>('format', v.format, COMPARE_FORMATS, '--compare ') ?? 'text';
    return { kind: 'compare', earlier: positionals[0], later: positionals[1], format, lang };
  }
  if (positionals.length === 0) throw new UsageError('--brackets takes one or more files');
  return { kind: 'brackets', files: positionals, format: choice<'text' | 'json'>('format', v.format, ['text', 'json'], '--brackets ') ?? 'text', lang };
}

/** A command that is no check of drafts takes none of the checking options: naming one is a usage error, not silence. */
function onlyOwnOptions(v: Values, command: keyof typeof OWN_OPTIONS): void {
  const allowed: readonly string[] = [command, ...OWN_OPTIONS[command]];
  const other = Object.keys(v).find(name => !allowed.includes(name));
  if (other) throw new UsageError(`--${command} does not take --${other}`);
}
