// Which open documents the server declines to parse: binary files and files over
// unResolution.maxFileSize. Decided once per (uri, version) and synchronously, so that every
// handler, hover included, can ask before it parses; the limit comes from the settings read by the
// last validation (the default until then).
import type { Diagnostic } from 'vscode-languageserver';
import { DEFAULT_MAX_FILE_SIZE_MB, SKIP_CODES, skipMessage, skipReason, type SkipReason } from './core/limits';
import { shouldCheck, type DraftDetection, type DraftLanguage, type FileKind, type ResolutionService } from './core';

const SAMPLE = 64 * 1024;

interface Versioned {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

export class FileGuard {
  private readonly limits = new Map<string, number>();
  private readonly reasons = new Map<string, { version: number; limit: number; reason: SkipReason | undefined }>();

  /** The limit in MB for uri, from its settings; true when it changed. */
  setLimit(uri: string, maxFileSizeMb: number): boolean {
    const changed = (this.limits.get(uri) ?? DEFAULT_MAX_FILE_SIZE_MB) !== maxFileSizeMb;
    this.limits.set(uri, maxFileSizeMb);
    return changed;
  }

  /** Why the document is not parsed, or undefined when it is. */
  reason(document: Versioned): SkipReason | undefined {
    const limit = this.limits.get(document.uri) ?? DEFAULT_MAX_FILE_SIZE_MB;
    const cached = this.reasons.get(document.uri);
    if (cached && cached.version === document.version && cached.limit === limit) return cached.reason;
    const reason = skipReason(document.getText(), limit);
    this.reasons.set(document.uri, { version: document.version, limit, reason });
    return reason;
  }

  forget(uri: string): void {
    this.limits.delete(uri);
    this.reasons.delete(uri);
  }
}

/** The one information diagnostic of a skipped file, at its start. */
export function skipDiagnostic(reason: SkipReason, language: DraftLanguage): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 3,
    code: SKIP_CODES[reason.kind],
    source: 'resolint',
    message: skipMessage(reason, language),
  };
}

/**
 * The diagnostics of a skipped file: the notice when the file would have been checked (a .unres
 * file, or a .txt/.md file that reads like a UN text by its first 64K characters), else none.
 */
export function skipNotice(
  service: ResolutionService, text: string, reason: SkipReason, kind: FileKind, detection: DraftDetection, messageLanguage?: DraftLanguage,
): Diagnostic[] {
  const sample = service.parse(text.slice(0, SAMPLE));
  return shouldCheck(sample, kind, detection) ? [skipDiagnostic(reason, messageLanguage ?? sample.language)] : [];
}
