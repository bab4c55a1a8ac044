import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Glossary, DraftLanguage, ResolutionDocument, ResolutionService } from './core';

/** What a document is parsed with: its workspace's glossary, and its language when its configuration names it. */
export interface ModelOptions {
  readonly glossary?: Glossary;
  readonly language?: DraftLanguage;
}

/** Parsed models of open documents, one per (uri, version): each version is parsed once. */
export class ModelCache {
  private readonly models = new Map<string, { version: number; options: ModelOptions; model: ResolutionDocument }>();

  /**
   * skip: documents not to parse (binary, or over the size limit), which get the model of an empty text.
   * optionsOf: the glossary and language of a document; a model is parsed again when they change.
   */
  constructor(
    private readonly service: ResolutionService,
    private readonly skip?: (document: TextDocument) => boolean,
    private readonly optionsOf?: (uri: string) => ModelOptions,
  ) {}

  get(document: TextDocument): ResolutionDocument {
    const cached = this.models.get(document.uri);
    const options = this.optionsOf?.(document.uri) ?? {};
    if (cached && cached.version === document.version && cached.options.glossary === options.glossary && cached.options.language === options.language) return cached.model;
    const model = this.service.parse(this.skip?.(document) ? '' : document.getText(), options);
    this.models.set(document.uri, { version: document.version, options, model });
    return model;
  }

  forget(uri: string): void {
    this.models.delete(uri);
  }
}
