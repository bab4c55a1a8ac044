// Finds the workspace glossary (.resolution-terms.json) of a draft by walking up from its folder, or
// takes the one its configuration names; reads it once and keeps it until told it changed. Shared by
// the language server and resolint.
import { dirname } from 'node:path';
import { builtinGlossary, GLOSSARY_FILE_NAME, mergeGlossary, parseGlossaryFile, type Glossary, type GlossaryFileProblem } from './core';
import { WorkspaceFiles } from './workspaceFiles';

export interface LoadedGlossaryFile {
  readonly path: string;
  readonly text: string;
  readonly problems: readonly GlossaryFileProblem[];
  /** The built-in glossary with the file's entries over it; the built-in one alone when the file is broken. */
  readonly glossary: Glossary;
}

export class WorkspaceGlossaries extends WorkspaceFiles<{ problems: readonly GlossaryFileProblem[]; glossary: Glossary }> {
  /** onLoad is told each time a glossary file is read anew, to report its problems. */
  constructor(onLoad: (file: LoadedGlossaryFile) => void = () => undefined) {
    super([GLOSSARY_FILE_NAME], (_, text, limit) => {
      const parsed = parseGlossaryFile(text, GLOSSARY_FILE_NAME, limit);
      return { problems: parsed.problems, glossary: mergeGlossary(builtinGlossary(), parsed.entries) };
    }, file => onLoad(loaded(file)));
  }

  /**
   * The glossary file in effect for a draft, or undefined when there is none above it.
   * configured: the path the draft's configuration gives (`glossary`), which wins over the search.
   */
  fileFor(draftPath: string, configured?: string): LoadedGlossaryFile | undefined {
    const path = configured ?? this.nearest.find(dirname(draftPath));
    const file = path ? this.files.get(path) : undefined;
    return file && loaded(file);
  }

  glossaryFor(draftPath: string, configured?: string): Glossary {
    return this.fileFor(draftPath, configured)?.glossary ?? builtinGlossary();
  }
}

function loaded(file: { path: string; text: string; value: { problems: readonly GlossaryFileProblem[]; glossary: Glossary } }): LoadedGlossaryFile {
  return { path: file.path, text: file.text, problems: file.value.problems, glossary: file.value.glossary };
}
