// The workspace's JSON files (.resolution-terms.json, .resolution-record.json) read as a tree with
// offsets, so that each problem is reported where it is, and syntax errors said in words a drafter
// can act on. Each file's reader adds its own name to the messages.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DIAGNOSTIC_SOURCE } from '../features/diagnostics';
import { LineIndex } from '../text/lineIndex';
import type { DraftLanguage, OffsetRange } from '../types';

export interface JsonProblem {
  readonly range: OffsetRange;
  readonly zh: string;
  readonly en: string;
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

/** A range of at least one character, so that an editor shows it. */
export function rangeOfNode(node: { offset: number; length: number }): OffsetRange {
  return { start: node.offset, end: node.offset + Math.max(1, node.length) };
}

/** The tree of a JSON text, or the problems that keep it from being one (an empty file is one). */
export function parseJsonFile(text: string): { root: Node; problems?: undefined } | { root?: undefined; problems: JsonProblem[] } {
  if (!text.trim()) return { problems: [{ range: rangeOfNode({ offset: 0, length: 0 }), zh: '文件为空', en: 'the file is empty' }] };
  const errors: ParseError[] = [];
  // LIMITS: the JSON parse limits (depth 64, 10 MB; server/src/core/data/jsonLimits.ts, on another
  // branch) belong here, before parseTree, so that both workspace files get them.
  // A byte-order mark (editors on Windows write one) becomes a space: JSON allows that, and offsets stay.
  let root: Node | undefined;
  try {
    root = parseTree(text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text, errors, { allowTrailingComma: false, disallowComments: true });
  } catch (error) {
    // The parser recurses per level: thousands of nested brackets exhaust the stack.
    if (!(error instanceof RangeError)) throw error;
    return { problems: [{ range: rangeOfNode({ offset: 0, length: 0 }), zh: 'JSON 嵌套过深', en: 'the JSON is nested too deeply' }] };
  }
  // parseTree gives a root for any text that is not empty, so there is an error when there is no root.
  if (errors.length === 0 && root) return { root };
  return {
    problems: errors.map(e => {
      const [zh, en] = SYNTAX[printParseErrorCode(e.error)] ?? ['JSON 语法错误', `invalid JSON (${printParseErrorCode(e.error)})`];
      return { range: rangeOfNode(e), zh: `JSON 语法错误：${zh}`, en: `invalid JSON: ${en}` };
    }),
  };
}

/** A problem of a workspace file, in both languages; its code, when it has one of its own. */
export interface FileProblem {
  readonly range: OffsetRange;
  readonly message: Readonly<Record<DraftLanguage, string>>;
  readonly code?: string;
}

/** The problems of a workspace file as error diagnostics on the file itself. */
export function fileProblemDiagnostics(text: string, problems: readonly FileProblem[], language: DraftLanguage, code: string): Diagnostic[] {
  const lines = new LineIndex(text);
  return problems.map(p => ({ range: lines.rangeOf(p.range), severity: 1, code: p.code ?? code, source: DIAGNOSTIC_SOURCE, message: p.message[language] }));
}
