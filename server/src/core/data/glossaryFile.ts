// The workspace glossary file, `.resolution-terms.json`: its entries have the fields of the built-in
// ones (schemas/resolution-terms.schema.json). A file with any problem is not used at all, and every
// problem is reported where it is, so the drafter can put it right.
import { getNodeValue, modify } from 'jsonc-parser/lib/esm/main';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { DraftLanguage, OffsetRange } from '../types';
import { glossaryEntry, type GlossaryEntry, type GlossaryEntryData } from './glossary';
import type { JsonLimitProblem } from './jsonLimits';
import { fileProblemDiagnostics, parseJsonTree, quickValue, schemaProblems, type DescribeError, type FileLabel, type FileProblem } from './jsonFile';
import { glossary as validateGlossary } from './schemaValidators.generated';

export const GLOSSARY_FILE_NAME = '.resolution-terms.json';
/** The code of the diagnostics on a broken glossary file. */
export const GLOSSARY_DIAGNOSTIC_CODE = 'glossary-invalid';

export type GlossaryFileProblem = FileProblem;

export interface GlossaryFile {
  /** Empty when the file has problems. */
  readonly entries: readonly GlossaryEntry[];
  readonly problems: readonly GlossaryFileProblem[];
}

const NAME_FIELDS = ['zhFull', 'zhShort', 'enFull', 'enShort'] as const;
const LIST_FIELDS = [...NAME_FIELDS, 'source', 'evidence'] as const;
const LABEL: FileLabel = { zh: `术语表 ${GLOSSARY_FILE_NAME}：`, en: `Glossary ${GLOSSARY_FILE_NAME}: ` };

/** Messages that say more than the schema's: what an entry lacks, and why a source is required. */
const describe: DescribeError = (error, path) => {
  const entry = path.length === 2 && path[0] === 'terms' && typeof path[1] === 'number' ? path[1] + 1 : undefined;
  if (path.length === 0 && (error.keyword === 'type' || error.keyword === 'required')) return ['应为 { "terms": [ ... ] }', 'expected { "terms": [ ... ] }'];
  if (entry === undefined) return undefined;
  if (error.keyword === 'type') return [`第 ${entry} 项应为对象`, `entry ${entry} must be an object`];
  if (error.keyword === 'anyOf') return [`第 ${entry} 项缺少全称（zhFull 或 enFull）`, `entry ${entry} has no full name (zhFull or enFull)`];
  if (error.keyword === 'required' && error.params.missingProperty === 'source') {
    return [`第 ${entry} 项缺少来源（source）：没有来源的条目不予使用`, `entry ${entry} has no "source": an entry must name the text that attests it`];
  }
  return undefined;
};

function isTrimmedStrings(list: unknown[]): list is string[] {
  for (const item of list) if (typeof item !== 'string' || item !== item.trim()) return false;
  return true;
}

/** An absent field, shared: most entries of a large file lack some (no new array for each). */
const NONE: readonly string[] = Object.freeze([]);

/** A field as a list of trimmed names; a list that already is one is kept (50,000 entries have 300,000). */
function asList(value: unknown): readonly string[] {
  if (value === undefined) return NONE;
  if (Array.isArray(value) && isTrimmedStrings(value)) return value;
  return (Array.isArray(value) ? value : [value]).map(s => String(s).trim());
}

/**
 * Parses and validates a workspace glossary; `file` is how hovers name it. limit: the file was over
 * a limit before it was read (its size), and text is empty.
 */
export function parseGlossaryFile(text: string, file?: string, limit?: JsonLimitProblem): GlossaryFile {
  const options = { comments: false, limit };
  let value = quickValue(text, options);
  if (value === undefined || !validateGlossary(value)) {
    const { root, problems } = parseJsonTree(text, LABEL, options);
    if (!root) return { entries: [], problems };
    const schema = schemaProblems(root, validateGlossary, LABEL, describe);
    if (schema.length > 0) return { entries: [], problems: schema };
    value = getNodeValue(root);
  }
  const terms = (value as { terms: Record<string, unknown>[] }).terms;
  const entries = terms.map((fields): GlossaryEntry => {
    const source = asList(fields.source);
    const evidence = asList(fields.evidence);
    return glossaryEntry({
      zhFull: asList(fields.zhFull), zhShort: asList(fields.zhShort), enFull: asList(fields.enFull), enShort: asList(fields.enShort),
      // Evidence for each source, '' where the file gives none.
      source, evidence: evidence.length === source.length ? evidence : source.map((_, i) => evidence[i] ?? ''),
      instrument: fields.instrument === true ? true : undefined,
    }, 'workspace', file);
  });
  return { entries, problems: [] };
}

/** An entry as the file writes it: only the fields it has, names as lists. */
export function entryJson(entry: GlossaryEntryData): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  for (const field of LIST_FIELDS) if (entry[field].some(v => v)) json[field] = entry[field];
  if (entry.instrument) json.instrument = true;
  return json;
}

/**
 * The edits that add one entry to the file: appended to an existing file (its formatting kept), or
 * the whole text of a new file when there is none. undefined when the existing file is broken: it
 * must be put right first.
 */
export function glossaryEditsForEntry(existing: string | undefined, entry: GlossaryEntryData): { range: OffsetRange; newText: string }[] | undefined {
  if (existing === undefined || !existing.trim()) {
    return [{ range: { start: 0, end: existing?.length ?? 0 }, newText: JSON.stringify({ terms: [entryJson(entry)] }, null, 2) + '\n' }];
  }
  if (parseGlossaryFile(existing).problems.length > 0) return undefined;
  const edits = modify(existing, ['terms', -1], entryJson(entry), { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' }, isArrayInsertion: true });
  return edits.map(e => ({ range: { start: e.offset, end: e.offset + e.length }, newText: e.content }));
}

/**
 * The problems of a glossary file as error diagnostics on the file itself; with max, the first max
 * and a notice of how many more (a file of 50,000 entries without a source has 50,000 problems).
 */
export function glossaryFileDiagnostics(text: string, problems: readonly GlossaryFileProblem[], language: DraftLanguage, max = Infinity): Diagnostic[] {
  return fileProblemDiagnostics(text, problems, GLOSSARY_DIAGNOSTIC_CODE, language, max);
}
