// Loads the TextMate grammar the way VS Code does (vscode-textmate on the Oniguruma WASM build)
// and tokenizes text line by line, carrying the rule stack across lines.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const grammarPath = path.join(repoRoot, 'syntaxes', 'un-resolution.tmLanguage.json');
export const SCOPE_NAME = 'text.un-resolution';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Scopes from outermost to innermost, root scope included. */
  scopes: string[];
}

let grammarPromise: Promise<vsctm.IGrammar> | undefined;

/** loadWASM may run only once per process, so the grammar is loaded once and shared. */
export function loadGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = fs.readFileSync(path.join(repoRoot, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM({ data: wasm });
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === SCOPE_NAME ? vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath) : null,
    });
    const grammar = await registry.loadGrammar(SCOPE_NAME);
    if (!grammar) throw new Error(`grammar ${SCOPE_NAME} did not load`);
    return grammar;
  })();
  return grammarPromise;
}

/** Tokenizes every line; a rule left open at the end of a line continues on the next, as in the editor. */
export function tokenizeLines(grammar: vsctm.IGrammar, lines: string[]): Token[][] {
  let state = vsctm.INITIAL;
  return lines.map(line => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map(t => ({
      text: line.slice(t.startIndex, t.endIndex),
      start: t.startIndex,
      end: t.endIndex,
      scopes: t.scopes,
    }));
  });
}

export function readFixtureLines(name: string): string[] {
  const text = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', name), 'utf8');
  return text.replace(/\n$/, '').split(/\r?\n/);
}
