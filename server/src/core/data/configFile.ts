// The configuration file, `.resolintrc.json` or `.resolintrc.jsonc` (comments and trailing commas
// allowed), shared by the editor and resolint (schemas/resolintrc.schema.json). The nearest file above a
// draft applies, whole: files do not cascade, a file builds on another only through `extends`. A file
// with any problem is not used at all (the drafts get the defaults), and every problem is reported
// where it is.
import { getNodeValue } from 'jsonc-parser/lib/esm/main';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { DraftDetection } from '../applicability';
import type { RuleLevels } from '../rules/rule';
import type { DraftLanguage, OffsetRange } from '../types';
import type { JsonLimitProblem } from './jsonLimits';
import { fileProblemDiagnostics, parseJsonTree, problem, schemaProblems, type FileLabel, type FileProblem } from './jsonFile';
import { configuration as validateConfiguration } from './schemaValidators.generated';

export const CONFIG_FILE_NAMES = ['.resolintrc.json', '.resolintrc.jsonc'] as const;
/** The code of the diagnostics on a broken configuration file. */
export const CONFIG_DIAGNOSTIC_CODE = 'config-invalid';

export type NegotiationStage = 'final' | 'negotiating';

/** One file's settings, as written; paths are relative to the file. */
export interface ConfigFileSettings {
  readonly extends?: string;
  readonly rules?: RuleLevels;
  readonly draftLanguage?: 'auto' | DraftLanguage;
  readonly draftDetection?: DraftDetection;
  readonly glossary?: string;
  readonly record?: string;
  readonly stage?: NegotiationStage;
}

export interface ConfigFile {
  /** Undefined when the file has problems. */
  readonly settings?: ConfigFileSettings;
  readonly problems: readonly FileProblem[];
  /** Where `extends` names its file, for a problem with that file (missing, broken, a cycle). */
  readonly extendsRange?: OffsetRange;
}

/**
 * The configuration that applies to a draft: the nearest file with what it extends, paths made
 * absolute. `record` and `stage` are read, checked and passed on here for the features that use them
 * (a record file of the drafter's own; the negotiation stage).
 */
export interface ResolvedConfiguration {
  /** The file that applies; undefined: none (the defaults, or the editor's settings). */
  readonly file?: string;
  readonly rules: RuleLevels;
  readonly draftLanguage: 'auto' | DraftLanguage;
  /** Undefined: as the editor's setting or resolint's --draft-detection say. */
  readonly draftDetection?: DraftDetection;
  /** Absolute paths. */
  readonly glossary?: string;
  readonly record?: string;
  readonly stage?: NegotiationStage;
}

export const DEFAULT_CONFIGURATION: ResolvedConfiguration = { rules: {}, draftLanguage: 'auto' };

function label(fileName: string): FileLabel {
  return { zh: `配置文件 ${fileName}：`, en: `Configuration ${fileName}: ` };
}

/**
 * Parses and validates one configuration file; `fileName` is how its messages name it. limit: the
 * file was over a limit before it was read (its size), and text is empty.
 */
export function parseConfigFile(text: string, fileName: string, limit?: JsonLimitProblem): ConfigFile {
  const fileLabel = label(fileName);
  const { root, problems } = parseJsonTree(text, fileLabel, { comments: fileName.endsWith('.jsonc'), limit });
  if (!root) return { problems };
  const extendsNode = root.type === 'object' ? root.children?.find(p => p.children?.[0].value === 'extends')?.children?.[1] : undefined;
  const extendsRange = extendsNode && { start: extendsNode.offset, end: extendsNode.offset + extendsNode.length };
  const schema = schemaProblems(root, validateConfiguration, fileLabel);
  if (schema.length > 0) return { problems: schema, extendsRange };
  const { $schema: _, rules, ...settings } = getNodeValue(root) as ConfigFileSettings & { $schema?: string };
  return { settings: { ...settings, ...rules && { rules: { ...rules } } }, problems: [], extendsRange };
}

/** A problem with the file that `extends` names, placed on `extends`. */
export function extendsProblem(file: ConfigFile, fileName: string, kind: 'cycle' | 'unreadable' | 'broken', target: string): FileProblem {
  const at = file.extendsRange ?? { start: 0, end: 0 };
  const [zh, en] = {
    cycle: [`“extends”形成循环：${target} 又回到本文件`, `"extends" makes a cycle: ${target} leads back to this file`],
    unreadable: [`无法读取“extends”指向的文件 ${target}`, `cannot read ${target}, which "extends" names`],
    broken: [`“extends”指向的文件 ${target} 有错误`, `${target}, which "extends" names, has problems`],
  }[kind];
  return problem({ offset: at.start, length: at.end - at.start }, label(fileName), zh, en);
}

/** A file's settings over those it extends: each key of the file wins; rules are merged rule by rule. */
export function mergeSettings(base: ConfigFileSettings, over: ConfigFileSettings): ConfigFileSettings {
  return { ...base, ...over, rules: { ...base.rules, ...over.rules } };
}

/** The configuration of settings whose paths are already absolute. */
export function resolvedConfiguration(file: string | undefined, settings: ConfigFileSettings): ResolvedConfiguration {
  const { rules = {}, draftLanguage = 'auto', draftDetection, glossary, record, stage } = settings;
  return { file, rules, draftLanguage, draftDetection, glossary, record, stage };
}

/** The problems of a configuration file as error diagnostics on the file itself. */
export function configFileDiagnostics(text: string, problems: readonly FileProblem[], language: DraftLanguage): Diagnostic[] {
  return fileProblemDiagnostics(text, problems, CONFIG_DIAGNOSTIC_CODE, language);
}
