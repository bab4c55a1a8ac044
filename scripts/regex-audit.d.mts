// Types of scripts/regex-audit.mjs, for the test that imports it.
export interface RegexLiteral {
  /** file:line under the repository. */
  readonly where: string;
  /** The literal as written, /source/flags: the key of its verdict. */
  readonly key: string;
  readonly source: string;
  readonly flags: string;
}
export const VERDICTS_FILE: string;
export function regexLiterals(root?: string): RegexLiteral[];
export function verdictOf(literal: Pick<RegexLiteral, 'source' | 'flags'>): string;
export function recordedVerdicts(): Record<string, string>;
export function constructedExpressions(root?: string): { sites: string[]; expressions: RegexLiteral[] };
