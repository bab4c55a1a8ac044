// The workspace glossary file, `.resolution-terms.json`: its entries have the fields of the built-in
// ones (schemas/resolution-terms.schema.json). A file with any problem is not used at all, and every
// problem is reported where it is, so the drafter can put it right.
import { modify, type Node } from 'jsonc-parser/lib/esm/main';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { DraftLanguage, OffsetRange } from '../types';
import type { GlossaryEntry, GlossaryEntryData } from './glossary';
import { fileProblemDiagnostics, parseJsonFile, rangeOfNode } from './jsonFile';

export const GLOSSARY_FILE_NAME = '.resolution-terms.json';
/** The code of the diagnostics on a broken glossary file. */
export const GLOSSARY_DIAGNOSTIC_CODE = 'glossary-invalid';

export interface GlossaryFileProblem {
  readonly range: OffsetRange;
  readonly message: Readonly<Record<DraftLanguage, string>>;
}

export interface GlossaryFile {
  /** Empty when the file has problems. */
  readonly entries: readonly GlossaryEntry[];
  readonly problems: readonly GlossaryFileProblem[];
}

const NAME_FIELDS = ['zhFull', 'zhShort', 'enFull', 'enShort'] as const;
const LIST_FIELDS = [...NAME_FIELDS, 'source', 'evidence'] as const;

function problem(node: { offset: number; length: number }, zh: string, en: string): GlossaryFileProblem {
  return { range: rangeOfNode(node), message: { zh: `术语表 ${GLOSSARY_FILE_NAME}：${zh}`, en: `Glossary ${GLOSSARY_FILE_NAME}: ${en}` } };
}

/** A string, or a list of strings, as a list; undefined when the value is neither. */
function stringList(node: Node): string[] | undefined {
  if (node.type === 'string') return [node.value as string];
  if (node.type !== 'array' || !node.children?.every(c => c.type === 'string')) return undefined;
  return node.children.map(c => c.value as string);
}

function readEntry(node: Node, index: number, file: string | undefined, problems: GlossaryFileProblem[]): GlossaryEntry | undefined {
  if (node.type !== 'object') {
    problems.push(problem(node, `第 ${index + 1} 项应为对象`, `entry ${index + 1} must be an object`));
    return undefined;
  }
  const fields: Record<string, string[]> = {};
  let instrument = false;
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    const name = key?.value as string;
    if (!value) continue;
    if (name === 'instrument') {
      if (value.type !== 'boolean') problems.push(problem(value, '“instrument”应为 true 或 false', '"instrument" must be true or false'));
      instrument = value.value === true;
    } else if ((LIST_FIELDS as readonly string[]).includes(name)) {
      const list = stringList(value);
      if (!list || list.some(s => !s.trim())) problems.push(problem(value, `“${name}”应为非空字符串或字符串数组`, `"${name}" must be a non-empty string or a list of them`));
      else fields[name] = list.map(s => s.trim());
    } else {
      problems.push(problem(key, `未知字段“${name}”（可用：${[...LIST_FIELDS, 'instrument'].join(', ')}）`, `unknown field "${name}" (fields: ${[...LIST_FIELDS, 'instrument'].join(', ')})`));
    }
  }
  if (!fields.zhFull?.length && !fields.enFull?.length) {
    problems.push(problem(node, `第 ${index + 1} 项缺少全称（zhFull 或 enFull）`, `entry ${index + 1} has no full name (zhFull or enFull)`));
  }
  if (!fields.source?.length) {
    problems.push(problem(node, `第 ${index + 1} 项缺少来源（source）：没有来源的条目不予使用`, `entry ${index + 1} has no "source": an entry must name the text that attests it`));
  }
  const source = fields.source ?? [];
  return {
    zhFull: fields.zhFull ?? [], zhShort: fields.zhShort ?? [], enFull: fields.enFull ?? [], enShort: fields.enShort ?? [],
    source, evidence: source.map((_, i) => fields.evidence?.[i] ?? ''),
    ...(instrument ? { instrument } : {}),
    origin: 'workspace', file,
  };
}

/** Parses and validates a workspace glossary; `file` is how hovers name it. */
export function parseGlossaryFile(text: string, file?: string): GlossaryFile {
  const { root, problems: syntax } = parseJsonFile(text);
  if (!root) return { entries: [], problems: syntax.map(p => ({ range: p.range, message: { zh: `术语表 ${GLOSSARY_FILE_NAME}：${p.zh}`, en: `Glossary ${GLOSSARY_FILE_NAME}: ${p.en}` } })) };
  const problems: GlossaryFileProblem[] = [];
  const terms = root.type === 'object' ? root.children?.find(p => p.children?.[0].value === 'terms')?.children?.[1] : undefined;
  if (!terms || terms.type !== 'array') {
    problems.push(problem(terms ?? root, '应为 { "terms": [ ... ] }', 'expected { "terms": [ ... ] }'));
    return { entries: [], problems };
  }
  const entries = (terms.children ?? []).map((node, i) => readEntry(node, i, file, problems)).filter(e => e !== undefined);
  return { entries: problems.length > 0 ? [] : entries, problems };
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

/** The problems of a glossary file as error diagnostics on the file itself. */
export function glossaryFileDiagnostics(text: string, problems: readonly GlossaryFileProblem[], language: DraftLanguage): Diagnostic[] {
  return fileProblemDiagnostics(text, problems, language, GLOSSARY_DIAGNOSTIC_CODE);
}
