// What resolint found in one file, as every output format reads it.
import type { Diagnostic } from 'vscode-languageserver-types';

/** A diagnostic as resolint reports it; one of a Word draft has the excerpt of its paragraph (its line). */
export type Finding = Diagnostic & { readonly excerpt?: string };

export interface FileResult {
  /** As printed: the path as given. */
  readonly file: string;
  /** What is reported (after --quiet and --hints). */
  readonly diagnostics: readonly Finding[];
  readonly skipped?: 'binary';
  /** Why the path could not be read; then there are no diagnostics. */
  readonly error?: string;
  /** The lines the diagnostics start on, by 0-based number: the source lines of the text format. */
  readonly sourceLines?: Readonly<Record<number, string>>;
  /** --fix: the fixes applied, by rule id. */
  readonly fixed?: Readonly<Record<string, number>>;
  /**
   * The text format's lines for the file, written where it was checked (a worker thread), and how many
   * findings of each severity they hold; diagnostics is then empty.
   */
  readonly rendered?: RenderedFile;
}

export type SeverityCounts = Record<typeof SEVERITY_NAMES[1 | 2 | 3 | 4], number>;

export interface RenderedFile {
  readonly text: string;
  readonly counts: SeverityCounts;
}

/** Findings by severity: of its diagnostics, or those it was rendered with. */
export function severityCounts(result: FileResult): SeverityCounts {
  if (result.rendered) return result.rendered.counts;
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const d of result.diagnostics) counts[severityName(d)]++;
  return counts;
}

/** What --hints and --quiet leave of the findings: hints only with --hints, errors only with --quiet. */
export interface Reporting {
  readonly hints: boolean;
  readonly quiet: boolean;
}

export function reported<T extends Diagnostic>(diagnostics: readonly T[], { hints, quiet }: Reporting): T[] {
  return diagnostics.filter(d => (hints || d.severity !== 4) && (!quiet || d.severity === 1));
}

export interface FormatContext {
  /** ANSI colours (text format on a terminal). */
  readonly color: boolean;
  readonly cwd: string;
  readonly version: string;
  readonly messageLanguage: 'zh' | 'en';
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;

export const SEVERITY_NAMES = ['', 'error', 'warning', 'information', 'hint'] as const;

export function severityName(diagnostic: Diagnostic): typeof SEVERITY_NAMES[1 | 2 | 3 | 4] {
  return SEVERITY_NAMES[diagnostic.severity ?? 1] as typeof SEVERITY_NAMES[1 | 2 | 3 | 4];
}
