// A strict parser for the VS Code snippet body syntax
// (https://code.visualstudio.com/docs/editor/userdefinedsnippets#_grammar).
// VS Code itself silently treats malformed syntax as literal text, so a typo such as "${1:text"
// would ship unnoticed; this parser rejects it instead: every "$" starts a tab stop, placeholder,
// choice or known variable unless escaped, and every "}" closes something unless escaped.

export type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number }
  | { kind: 'placeholder'; index: number; children: SnippetNode[] }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children: SnippetNode[] };

export class SnippetSyntaxError extends Error {}

// Variables VS Code resolves; an unknown name is almost always a "$" meant literally.
const VARIABLES = new Set([
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER', 'TM_FILENAME',
  'TM_FILENAME_BASE', 'TM_DIRECTORY', 'TM_FILEPATH', 'RELATIVE_FILEPATH', 'CLIPBOARD', 'WORKSPACE_NAME',
  'WORKSPACE_FOLDER', 'CURSOR_INDEX', 'CURSOR_NUMBER', 'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH',
  'CURRENT_MONTH_NAME', 'CURRENT_MONTH_NAME_SHORT', 'CURRENT_DATE', 'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT',
  'CURRENT_HOUR', 'CURRENT_MINUTE', 'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX', 'CURRENT_TIMEZONE_OFFSET', 'RANDOM',
  'RANDOM_HEX', 'UUID', 'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END', 'LINE_COMMENT',
]);

export function parseSnippet(body: string): SnippetNode[] {
  let pos = 0;
  // A function declaration (not an arrow) so that TypeScript narrows after a call to it.
  function fail(message: string): never {
    throw new SnippetSyntaxError(`${message} at offset ${pos} in ${JSON.stringify(body)}`);
  }
  const readInt = (): number | undefined => {
    const m = /^\d+/.exec(body.slice(pos));
    if (!m) return undefined;
    pos += m[0].length;
    return Number(m[0]);
  };
  const readName = (): string | undefined => {
    const m = /^[_A-Za-z][_A-Za-z0-9]*/.exec(body.slice(pos));
    if (!m) return undefined;
    pos += m[0].length;
    return m[0];
  };
  const expect = (token: string) => {
    if (!body.startsWith(token, pos)) fail(`expected "${token}"`);
    pos += token.length;
  };
  /** Text up to one of `stops`; a backslash escapes "$", "}", "\" and any stop character. */
  const readEscaped = (stops: string): string => {
    let value = '';
    while (pos < body.length && !stops.includes(body[pos])) {
      if (body[pos] === '\\' && pos + 1 < body.length && ('$}\\' + stops).includes(body[pos + 1])) pos++;
      value += body[pos++];
    }
    return value;
  };

  const parseChoice = (index: number): SnippetNode => {
    const options = [readEscaped(',|')];
    while (body[pos] === ',') {
      pos++;
      options.push(readEscaped(',|'));
    }
    expect('|}');
    if (options.some(o => o === '')) fail('empty choice option');
    return { kind: 'choice', index, options };
  };

  const parseDollar = (): SnippetNode => {
    pos++; // "$"
    const index = readInt();
    if (index !== undefined) return { kind: 'tabstop', index };
    if (body[pos] !== '{') {
      const name = readName();
      if (name === undefined || !VARIABLES.has(name)) fail('unescaped "$" (write \\$ for a dollar sign)');
      return { kind: 'variable', name, children: [] };
    }
    pos++; // "{"
    const braceIndex = readInt();
    const next = body[pos++];
    if (braceIndex !== undefined) {
      if (next === '}') return { kind: 'tabstop', index: braceIndex };
      if (next === ':') return { kind: 'placeholder', index: braceIndex, children: parseNodes(true) };
      if (next === '|') return parseChoice(braceIndex);
      fail('expected "}", ":" or "|" after tab stop number');
    }
    pos--;
    const name = readName();
    if (name === undefined || !VARIABLES.has(name)) fail('expected a tab stop number or a known variable name');
    const afterName = body[pos++];
    if (afterName === '}') return { kind: 'variable', name, children: [] };
    if (afterName === ':') return { kind: 'variable', name, children: parseNodes(true) };
    if (afterName !== '/') fail('expected "}", ":" or "/" after variable name');
    // ${NAME/regex/format/options}: only checked for shape, never used by these snippets
    readEscaped('/');
    expect('/');
    readEscaped('/');
    expect('/');
    const options = /^[gimsuy]*\}/.exec(body.slice(pos));
    if (!options) fail('bad transform options');
    pos += options[0].length;
    return { kind: 'variable', name, children: [] };
  };

  /** Nodes up to the "}" closing the current placeholder (consumed) or to the end at top level. */
  function parseNodes(nested: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    while (pos < body.length) {
      const c = body[pos];
      if (c === '}') {
        if (!nested) fail('unbalanced "}" (write \\} for a literal brace)');
        pos++;
        return nodes;
      }
      if (c === '$') {
        nodes.push(parseDollar());
        continue;
      }
      const value = readEscaped('$}');
      const last = nodes[nodes.length - 1];
      if (last?.kind === 'text') last.value += value;
      else nodes.push({ kind: 'text', value });
    }
    if (nested) fail('unclosed "${"');
    return nodes;
  }
  return parseNodes(false);
}

/** The text VS Code inserts before the user types anything: placeholders show their default,
 *  a choice its first option, a variable its default. */
export function expandSnippet(nodes: SnippetNode[]): string {
  return nodes.map(node => {
    switch (node.kind) {
      case 'text': return node.value;
      case 'tabstop': return '';
      case 'choice': return node.options[0];
      case 'placeholder':
      case 'variable': return expandSnippet(node.children);
    }
  }).join('');
}

/** Every tab stop index used, nested ones included. */
export function tabStopIndices(nodes: SnippetNode[]): number[] {
  return nodes.flatMap(node => {
    switch (node.kind) {
      case 'text': return [];
      case 'variable': return tabStopIndices(node.children);
      case 'placeholder': return [node.index, ...tabStopIndices(node.children)];
      case 'tabstop':
      case 'choice': return [node.index];
    }
  });
}
