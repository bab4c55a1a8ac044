// The server's answer to unResolution/docxText: it reads the .docx (server/src/docx.ts) and returns
// its text, one paragraph a line, or why it cannot be read, in the editor's language.
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import type { DraftLanguage } from './core';
import { DocxUnreadable, docxUnreadableMessage, readDocx } from './docx';
import { DOCX_TEXT_REQUEST, type DocxTextParams, type DocxTextResult } from './docxProtocol';

export function listenForDocxText(connection: Connection, messageLanguage: () => DraftLanguage | undefined): void {
  connection.onRequest(DOCX_TEXT_REQUEST, async ({ uri }: DocxTextParams): Promise<DocxTextResult> => {
    const language = messageLanguage() ?? 'en';
    // A file of a virtual workspace (no file: URI) is not on disk, where the server reads.
    if (!uri.startsWith('file:')) return { problem: language === 'zh' ? '只能读取磁盘上的Word草案。' : 'Only Word drafts on disk can be read.' };
    try {
      return { text: (await readDocx(fileURLToPath(uri))).text };
    } catch (error) {
      if (error instanceof DocxUnreadable) return { problem: docxUnreadableMessage(error, language) };
      const { code, message } = error as NodeJS.ErrnoException;
      return { problem: code === 'ENOENT' ? (language === 'zh' ? '找不到该文件。' : 'The file does not exist.') : message };
    }
  });
}
