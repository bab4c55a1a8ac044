import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Glossary, ResolutionDocument, ResolutionService } from './core';

/** Parsed models of open documents, one per (uri, version): each version is parsed once. */
export class ModelCache {
  private readonly models = new Map<string, { version: number; glossary?: Glossary; model: ResolutionDocument }>();

  /**
   * skip: documents not to parse (binary, or over the size limit), which get the model of an empty text.
   * glossaryOf: the glossary of a document's workspace; a model is parsed again when it changes.
   */
  constructor(
    private readonly service: ResolutionService,
    private readonly skip?: (document: TextDocument) => boolean,
    private readonly glossaryOf?: (uri: string) => Glossary,
  ) {}

  get(document: TextDocument): ResolutionDocument {
    const cached = this.models.get(document.uri);
    const glossary = this.glossaryOf?.(document.uri);
    if (cached && cached.version === document.version && cached.glossary === glossary) return cached.model;
    const model = this.service.parse(this.skip?.(document) ? '' : document.getText(), { glossary });
    this.models.set(document.uri, { version: document.version, glossary, model });
    return model;
  }

  forget(uri: string): void {
    this.models.delete(uri);
  }
}
