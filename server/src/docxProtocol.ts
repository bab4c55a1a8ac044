// The request by which the editor asks the server for the text of a Word draft, shared by the
// client and the server. The editor shows the answer as a read-only document of its own scheme.

/** unResolution/docxText: params { uri } of a .docx on disk; the answer is its text, or why it cannot be read. */
export const DOCX_TEXT_REQUEST = 'unResolution/docxText';

export interface DocxTextParams {
  /** A file: URI. */
  readonly uri: string;
}

export type DocxTextResult =
  | { readonly text: string }
  | { readonly problem: string };

/**
 * The scheme of the read-only view of a Word draft: the .docx's file URI with this scheme instead
 * of file:, so that the server finds the draft's folder (and its workspace glossary) from it.
 */
export const DOCX_VIEW_SCHEME = 'un-resolution-docx';

/** The file: URI of the .docx a view shows, or undefined for any other URI. */
export function docxFileOfView(uri: string): string | undefined {
  return uri.startsWith(`${DOCX_VIEW_SCHEME}:`) ? `file:${uri.slice(DOCX_VIEW_SCHEME.length + 1)}` : undefined;
}
