// The workspace glossary (.resolution-terms.json) of a draft, found upward from its folder. Shared by
// the language server and resolint.
import { builtinGlossary, GLOSSARY_FILE_NAME, mergeGlossary, parseGlossaryFile, type Glossary, type GlossaryFileProblem } from './core';
import { WorkspaceFiles, type LoadedFile } from './workspaceFiles';

export type LoadedGlossaryFile = LoadedFile<{
  readonly problems: readonly GlossaryFileProblem[];
  /** The built-in glossary with the file's entries over it; the built-in one alone when the file is broken. */
  readonly glossary: Glossary;
}>;

function readGlossary(text: string) {
  const parsed = parseGlossaryFile(text, GLOSSARY_FILE_NAME);
  return { problems: parsed.problems, glossary: mergeGlossary(builtinGlossary(), parsed.entries) };
}

export class WorkspaceGlossaries extends WorkspaceFiles<Omit<LoadedGlossaryFile, 'path' | 'text'>> {
  /** onLoad is told each time a glossary file is read anew, to report its problems. */
  constructor(onLoad?: (file: LoadedGlossaryFile) => void) {
    super(GLOSSARY_FILE_NAME, readGlossary, onLoad);
  }

  glossaryFor(draftPath: string): Glossary {
    return this.fileFor(draftPath)?.glossary ?? builtinGlossary();
  }
}
