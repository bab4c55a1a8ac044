// Workspace JSON files (the glossary, the configuration, the record): parsed with their positions, validated by a
// standalone schema validator, and every problem placed where it is, in the two interface languages,
// so that a diagnostic on the file itself shows the drafter what to put right.
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main';
import type { Diagnostic } from 'vscode-languageserver-types';
import { LineIndex } from '../text/lineIndex';
import { DIAGNOSTIC_SOURCE, type DraftLanguage, type OffsetRange } from '../types';
import { truncationNotice } from '../truncation';
import { jsonLimitMessage, jsonLimitProblem, type JsonLimitProblem } from './jsonLimits';
import type { SchemaError, SchemaValidator } from './schemaValidators.generated';

export type Message = Readonly<Record<DraftLanguage, string>>;

export interface FileProblem {
  readonly range: OffsetRange;
  readonly message: Message;
  /** Set where a file has problems of more than one kind (record-invalid, record-contradiction). */
  readonly code?: string;
}

/** How a file's problems are introduced: 术语表 .resolution-terms.json：… / Glossary .resolution-terms.json: … */
export type FileLabel = Message;

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

const TYPE_NAMES: Record<string, [zh: string, en: string]> = {
  string: ['字符串', 'a string'],
  array: ['数组', 'a list'],
  object: ['对象', 'an object'],
  boolean: ['true 或 false', 'true or false'],
  number: ['数字', 'a number'],
  integer: ['整数', 'a whole number'],
};

/** A node's range, at least one character long so that an editor shows it. */
export function rangeOfNode(node: { offset: number; length: number }): OffsetRange {
  return { start: node.offset, end: node.offset + Math.max(1, node.length) };
}

export function problem(node: { offset: number; length: number }, label: FileLabel, zh: string, en: string): FileProblem {
  return { range: rangeOfNode(node), message: { zh: `${label.zh}${zh}`, en: `${label.en}${en}` } };
}

/** A file over a limit of JSON_LIMITS, reported at the bracket one level too deep or at the start. */
export function limitProblem(limit: JsonLimitProblem, label: FileLabel): FileProblem {
  const at = limit.kind === 'tooDeep' ? { offset: limit.offset, length: 1 } : { offset: 0, length: 0 };
  return problem(at, label, jsonLimitMessage(limit, 'zh'), jsonLimitMessage(limit, 'en'));
}

export interface JsonTreeOptions {
  /** JSON with comments and trailing commas (.jsonc). */
  readonly comments: boolean;
  /** Found before the file was read (its size): the file is not parsed, this is its problem. */
  readonly limit?: JsonLimitProblem;
}

/**
 * The value of a JSON file by the native parser, when the file is within the limits and plain JSON:
 * a good file is read so (a 50,000-entry glossary in a fraction of the tree's time), and only a file
 * with problems is parsed again as a tree to place them. undefined: parse it as a tree.
 */
export function quickValue(text: string, options: JsonTreeOptions): unknown {
  if (options.limit || jsonLimitProblem(text)) return undefined;
  try {
    // A byte-order mark (editors on Windows write one) is white space to the tree parser, not to JSON.parse.
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
}

/**
 * The text of a JSON file as a tree with positions, or its syntax problems. A file nested deeper or
 * larger than JSON_LIMITS is not parsed (the parser recurses per level): that is its one problem.
 */
export function parseJsonTree(text: string, label: FileLabel, options: JsonTreeOptions): { root?: Node; problems: FileProblem[] } {
  const limit = options.limit ?? jsonLimitProblem(text);
  if (limit) return { problems: [limitProblem(limit, label)] };
  if (!text.trim()) return { problems: [problem({ offset: 0, length: 0 }, label, '文件为空', 'the file is empty')] };
  const errors: ParseError[] = [];
  // A byte-order mark (editors on Windows write one) becomes a space: JSON allows that, and offsets stay.
  const unmarked = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const root = parseTree(unmarked, errors, { allowTrailingComma: options.comments, disallowComments: !options.comments });
  // parseTree gives a root for any text that is not empty, so without a root there is an error here.
  if (errors.length > 0 || !root) {
    return {
      problems: errors.map(e => {
        const [zh, en] = SYNTAX[printParseErrorCode(e.error)] ?? ['JSON 语法错误', `invalid JSON (${printParseErrorCode(e.error)})`];
        return problem(e, label, `JSON 语法错误：${zh}`, `invalid JSON: ${en}`);
      }),
    };
  }
  return { root, problems: [] };
}

function pathOf(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath.slice(1).split('/').map(s => s.replace(/~1/g, '/').replace(/~0/g, '~')).map(s => /^\d+$/.test(s) ? Number(s) : s);
}

/** How a problem's place is named: "zhShort", item 3 of "zhShort". */
function fieldName(path: readonly (string | number)[]): [zh: string, en: string] {
  const last = path[path.length - 1];
  if (last === undefined) return ['文件', 'the file'];
  if (typeof last === 'string') return [`“${last}”`, `"${last}"`];
  const list = path[path.length - 2];
  return typeof list === 'string' ? [`“${list}”的第 ${last + 1} 项`, `item ${last + 1} of "${list}"`] : [`第 ${last + 1} 项`, `item ${last + 1}`];
}

/** What a schema asks for, in words: a non-empty string, a list of non-empty strings, "zhFull". */
function describeSchema(schema: Record<string, unknown>): [zh: string, en: string] {
  if (Array.isArray(schema.required) && schema.required.length === 1) return [`“${schema.required[0]}”`, `"${schema.required[0]}"`];
  // A name is a string or a list of them: one type at a time, each with the keywords of its own.
  if (Array.isArray(schema.type)) return joinAlternatives(schema.type.map(type => describeSchema({ ...schema, type })));
  const nonEmpty = schema.pattern === '\\S';
  if (schema.type === 'array') {
    const items = (schema.items ?? {}) as Record<string, unknown>;
    const [zh, en] = describeSchema(items);
    return [`${zh}的列表`, `a list of ${en.replace(/^an? /, '')}s`];
  }
  const [zh, en] = TYPE_NAMES[String(schema.type)] ?? ['某个值', 'a value'];
  return nonEmpty ? [`非空${zh}`, `a non-empty ${en.replace(/^an? /, '')}`] : [zh, en];
}

/** Alternatives in words: a non-empty string or a list of non-empty strings. */
function joinAlternatives(alternatives: readonly [zh: string, en: string][]): [zh: string, en: string] {
  return [alternatives.map(a => a[0]).join('或'), alternatives.map(a => a[1]).join(' or ')];
}

/** The generic message of one schema error; `field` names its place. */
function describeError(error: SchemaError, field: [string, string]): [zh: string, en: string] {
  const params = error.params;
  switch (error.keyword) {
    case 'required': return [`缺少“${params.missingProperty}”`, `"${params.missingProperty}" is missing`];
    case 'additionalProperties': {
      const known = Object.keys((error.parentSchema?.properties ?? {}) as object).filter(k => k !== '$schema');
      return [`未知字段“${params.additionalProperty}”（可用：${known.join(', ')}）`, `unknown field "${params.additionalProperty}" (fields: ${known.join(', ')})`];
    }
    case 'type': {
      const [zh, en] = error.parentSchema && Array.isArray(error.parentSchema.type)
        ? describeSchema(error.parentSchema)
        : TYPE_NAMES[String(params.type)] ?? [String(params.type), String(params.type)];
      return [`${field[0]}应为${zh}`, `${field[1]} must be ${en}`];
    }
    case 'enum': {
      const values = (params.allowedValues as unknown[]).map(String).join(', ');
      return [`${field[0]}应为以下之一：${values}`, `${field[1]} must be one of: ${values}`];
    }
    case 'pattern': return [`${field[0]}不能为空`, `${field[1]} must not be empty`];
    case 'oneOf': case 'anyOf': {
      const [zh, en] = joinAlternatives((error.schema as Record<string, unknown>[]).map(describeSchema));
      return [`${field[0]}应为${zh}`, `${field[1]} must be ${en}`];
    }
    default: return [`${field[0]}不符合格式`, `${field[1]} does not fit the schema (${error.keyword})`];
  }
}

/** A message of a file's own for an error, where the generic one would say less; undefined: the generic one. */
export type DescribeError = (error: SchemaError, path: readonly (string | number)[]) => [zh: string, en: string] | undefined;

/**
 * The schema problems of a parsed file, each at its place: an unknown field at its name, a wrong
 * value at the value, a missing field at the object that lacks it. Errors inside the branches of a
 * oneOf/anyOf are left out: the oneOf/anyOf says what was wanted. In the order of the text.
 */
export function schemaProblems(root: Node, validate: SchemaValidator, label: FileLabel, describe?: DescribeError): FileProblem[] {
  if (validate(getNodeValue(root))) return [];
  const errors = validate.errors ?? [];
  const alternatives = errors.filter(e => e.keyword === 'oneOf' || e.keyword === 'anyOf').map(e => `${e.schemaPath}/`);
  const problems: FileProblem[] = [];
  for (const error of errors) {
    if (alternatives.some(prefix => error.schemaPath.startsWith(prefix))) continue;
    const path = pathOf(error.instancePath);
    let node = findNodeAtLocation(root, path) ?? root;
    if (error.keyword === 'additionalProperties') {
      node = node.children?.find(p => p.children?.[0].value === error.params.additionalProperty)?.children?.[0] ?? node;
    }
    const [zh, en] = describe?.(error, path) ?? describeError(error, fieldName(path));
    problems.push(problem(node, label, zh, en));
  }
  // In the order of the text, as the drafter reads the file.
  return problems.sort((a, b) => a.range.start - b.range.start);
}

/**
 * The problems of a file as error diagnostics on the file itself; with max, the first max and a
 * notice of how many more (a glossary of 50,000 entries without a source has 50,000 problems).
 */
export function fileProblemDiagnostics(text: string, problems: readonly FileProblem[], code: string, language: DraftLanguage, max = Infinity): Diagnostic[] {
  const lines = new LineIndex(text);
  const shown = problems.slice(0, max).map((p): Diagnostic => ({ range: lines.rangeOf(p.range), severity: 1, code: p.code ?? code, source: DIAGNOSTIC_SOURCE, message: p.message[language] }));
  return problems.length > max ? [...shown, truncationNotice(problems.length - max, max, { messageLanguage: language })] : shown;
}
