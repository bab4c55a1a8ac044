// Which files are checked. A `.unres` file is a draft by definition. Drafters also keep drafts as
// `.txt` and `.md`: those are checked when their text reads like a UN text (isResolutionLike), so a
// draft needs no renaming while an unrelated README is left alone. The server and resolint decide
// with the same function.
import type { ResolutionDocument } from './parse/document';

export type DraftDetection = 'auto' | 'always' | 'off';
export type FileKind = 'draft' | 'text' | 'other';

/** From a language id (the editor) or a file name (resolint). */
export function fileKind(nameOrLanguageId: string): FileKind {
  const name = nameOrLanguageId.toLowerCase();
  if (name === 'un-resolution' || name.endsWith('.unres')) return 'draft';
  if (name === 'plaintext' || name === 'markdown' || /\.(txt|md|markdown)$/.test(name)) return 'text';
  return 'other';
}

export function shouldCheck(document: ResolutionDocument, kind: FileKind, detection: DraftDetection = 'auto'): boolean {
  if (kind === 'draft') return true;
  if (kind === 'other' || detection === 'off') return false;
  return detection === 'always' || document.resolutionLike;
}
