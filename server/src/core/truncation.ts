// What a document publishes at most: the editor gets the most severe unResolution.maxDiagnostics
// of a draft's findings (or of a workspace file's problems) and one notice of how many were left
// out; resolint lists them all. Here, below features/ and data/, because both cut their lists.
import type { Diagnostic } from 'vscode-languageserver-types';
import { DIAGNOSTIC_SOURCE, type DraftLanguage } from './types';

/** The code of the information diagnostic that says how many diagnostics were left out. */
export const TRUNCATED_CODE = 'diagnostics-truncated';

/** The default of unResolution.maxDiagnostics: what a document publishes at most. */
export const DEFAULT_MAX_DIAGNOSTICS = 1000;

export const LSP_SEVERITY = { error: 1, warning: 2, information: 3, hint: 4 } as const;

const truncatedMessage: Record<DraftLanguage, (omitted: number, max: number) => string> = {
  zh: (omitted, max) => `另有 ${omitted} 个问题未在此显示（编辑器最多显示 ${max} 个，按严重程度选取；见设置 unResolution.maxDiagnostics）。resolint 命令行会列出全部问题。`,
  en: (omitted, max) => `${omitted} more problems are not shown here (the editor shows the ${max} most severe; setting unResolution.maxDiagnostics). The resolint command line lists them all.`,
};

/** The information diagnostic at the start of a document whose diagnostics were cut to max. */
export function truncationNotice(omitted: number, max: number, { messageLanguage }: { messageLanguage: DraftLanguage }): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: LSP_SEVERITY.information,
    code: TRUNCATED_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: truncatedMessage[messageLanguage](omitted, max),
  };
}
