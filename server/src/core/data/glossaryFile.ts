// The workspace glossary file, `.resolution-terms.json`: its entries have the fields of the built-in
// ones (schemas/resolution-terms.schema.json). A file with any problem is not used at all, and every
// problem is reported where it is, so the drafter can put it right.
import { findNodeAtLocation, getNodeValue, modify, parseTree, printParseErrorCode, type JSONPath, type ParseError } from 'jsonc-parser/lib/esm/main';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DIAGNOSTIC_SOURCE, truncationNotice } from '../features/diagnostics';
import { LineIndex } from '../text/lineIndex';
import type { DraftLanguage, OffsetRange } from '../types';
import type { GlossaryEntry, GlossaryEntryData } from './glossary';
import { jsonLimitMessage, jsonLimitProblem, type JsonLimitProblem } from './jsonLimits';

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

const SYNTAX: Record<string, [zh: string, en: string]> = {
  CommaExpected: ['缺少逗号', 'a comma is missing'],
  ColonExpected: ['缺少冒号', 'a colon is missing'],
  PropertyNameExpected: ['应为带引号的属性名', 'a property name in double quotes is expected'],
  ValueExpected: ['缺少值', 'a value is missing'],
  CloseBraceExpected: ['缺少右花括号 }', 'a closing } is missing'],
  CloseBracketExpected: ['缺少右方括号 ]', 'a closing ] is missing'],
  EndOfFileExpected: ['文件应在此结束', 'the file should end here'],
  InvalidCommentToken: ['JSON 不允许注释', 'JSON allows no comments'],
  UnexpectedEndOfString: ['字符串没有结束引号', 'a string has no closing quote'],
};

const NAME_FIELDS = ['zhFull', 'zhShort', 'enFull', 'enShort'] as const;
const LIST_FIELDS = [...NAME_FIELDS, 'source', 'evidence'] as const;

function problem(node: { offset: number; length: number }, zh: string, en: string): GlossaryFileProblem {
  return { range: { start: node.offset, end: node.offset + Math.max(1, node.length) }, message: { zh: `术语表 ${GLOSSARY_FILE_NAME}：${zh}`, en: `Glossary ${GLOSSARY_FILE_NAME}: ${en}` } };
}

/**
 * A problem found in the parsed value, at its path in the file ("terms", entry index, field):
 * located in the text only when there is one, so that a good file is read by the native JSON.parse.
 */
interface FoundProblem {
  readonly path: JSONPath;
  /** At the field's name rather than its value (an unknown field). */
  readonly atKey?: boolean;
  readonly zh: string;
  readonly en: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A string, or a list of strings, as a list; undefined when the value is neither. */
function stringList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) && value.every(item => typeof item === 'string') ? value : undefined;
}

function readEntry(value: unknown, index: number, file: string | undefined, problems: FoundProblem[]): GlossaryEntry | undefined {
  const path = ['terms', index];
  if (!isObject(value)) {
    problems.push({ path, zh: `第 ${index + 1} 项应为对象`, en: `entry ${index + 1} must be an object` });
    return undefined;
  }
  const fields: Record<string, string[]> = {};
  let instrument = false;
  for (const [name, field] of Object.entries(value)) {
    if (name === 'instrument') {
      if (typeof field !== 'boolean') problems.push({ path: [...path, name], zh: '“instrument”应为 true 或 false', en: '"instrument" must be true or false' });
      instrument = field === true;
    } else if ((LIST_FIELDS as readonly string[]).includes(name)) {
      const list = stringList(field);
      if (!list || list.some(s => !s.trim())) problems.push({ path: [...path, name], zh: `“${name}”应为非空字符串或字符串数组`, en: `"${name}" must be a non-empty string or a list of them` });
      else fields[name] = list.map(s => s.trim());
    } else {
      problems.push({ path: [...path, name], atKey: true, zh: `未知字段“${name}”（可用：${[...LIST_FIELDS, 'instrument'].join(', ')}）`, en: `unknown field "${name}" (fields: ${[...LIST_FIELDS, 'instrument'].join(', ')})` });
    }
  }
  if (!fields.zhFull?.length && !fields.enFull?.length) {
    problems.push({ path, zh: `第 ${index + 1} 项缺少全称（zhFull 或 enFull）`, en: `entry ${index + 1} has no full name (zhFull or enFull)` });
  }
  if (!fields.source?.length) {
    problems.push({ path, zh: `第 ${index + 1} 项缺少来源（source）：没有来源的条目不予使用`, en: `entry ${index + 1} has no "source": an entry must name the text that attests it` });
  }
  const source = fields.source ?? [];
  return {
    zhFull: fields.zhFull ?? [], zhShort: fields.zhShort ?? [], enFull: fields.enFull ?? [], enShort: fields.enShort ?? [],
    source, evidence: source.map((_, i) => fields.evidence?.[i] ?? ''),
    ...(instrument ? { instrument } : {}),
    origin: 'workspace', file,
  };
}

/** The problems of a file that parses, located in its text. */
function locate(text: string, found: readonly FoundProblem[]): GlossaryFileProblem[] {
  if (found.length === 0) return [];
  const root = parseTree(text)!;
  return found.map(({ path, atKey, zh, en }) => {
    const node = findNodeAtLocation(root, path) ?? root;
    return problem((atKey && node.parent?.children?.[0]) || node, zh, en);
  });
}

/** The syntax errors of a file JSON.parse rejected, or its value when jsonc-parser reads it after all. */
function syntax(text: string): { problems: GlossaryFileProblem[]; value?: unknown } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length === 0 && root) return { problems: [], value: getNodeValue(root) };
  return {
    problems: errors.map(e => {
      const [zh, en] = SYNTAX[printParseErrorCode(e.error)] ?? ['JSON 语法错误', `invalid JSON (${printParseErrorCode(e.error)})`];
      return problem(e, `JSON 语法错误：${zh}`, `invalid JSON: ${en}`);
    }),
  };
}

/**
 * Parses and validates a workspace glossary; `file` is how hovers name it. A file nested too deep
 * or too large (JSON_LIMITS) is not parsed: that is its one problem.
 */
export function parseGlossaryFile(text: string, file?: string): GlossaryFile {
  if (!text.trim()) return { entries: [], problems: [problem({ offset: 0, length: 0 }, '文件为空', 'the file is empty')] };
  const limit = jsonLimitProblem(text);
  if (limit) return { entries: [], problems: [glossaryLimitProblem(limit)] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const read = syntax(text);
    if (read.problems.length > 0) return { entries: [], problems: read.problems };
    value = read.value;
  }
  const found: FoundProblem[] = [];
  const terms = isObject(value) ? value.terms : undefined;
  if (!Array.isArray(terms)) {
    found.push({ path: terms === undefined ? [] : ['terms'], zh: '应为 { "terms": [ ... ] }', en: 'expected { "terms": [ ... ] }' });
    return { entries: [], problems: locate(text, found) };
  }
  const entries = terms.map((entry, i) => readEntry(entry, i, file, found)).filter(e => e !== undefined);
  return found.length > 0 ? { entries: [], problems: locate(text, found) } : { entries, problems: [] };
}

/** A glossary file over a limit of JSON_LIMITS, reported at the bracket too deep or at the start. */
export function glossaryLimitProblem(limit: JsonLimitProblem): GlossaryFileProblem {
  const at = limit.kind === 'tooDeep' ? { offset: limit.offset, length: 1 } : { offset: 0, length: 0 };
  return problem(at, jsonLimitMessage(limit, 'zh'), jsonLimitMessage(limit, 'en'));
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
  const lines = new LineIndex(text);
  const shown = problems.slice(0, max).map((p): Diagnostic => ({ range: lines.rangeOf(p.range), severity: 1, code: GLOSSARY_DIAGNOSTIC_CODE, source: DIAGNOSTIC_SOURCE, message: p.message[language] }));
  return problems.length > max ? [...shown, truncationNotice(problems.length - max, max, { messageLanguage: language })] : shown;
}
