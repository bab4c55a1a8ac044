import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Glossary, DraftLanguage, ResolutionDocument, ResolutionService } from './core';
import { runInSlices } from './slices';

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
    const options = this.optionsOf?.(document.uri) ?? {};
    return this.cached(document, options) ?? this.store(document, this.service.parse(this.textOf(document), options), options);
  }

  /**
   * The same model, parsed in slices (see slices.ts) so that requests on other documents are answered
   * meanwhile; undefined when stale() turns true before the parse ends. A request on this document in
   * the meantime parses it at once, and the slices end with the model it made.
   */
  async getInSlices(document: TextDocument, stale: () => boolean): Promise<ResolutionDocument | undefined> {
    const options = this.optionsOf?.(document.uri) ?? {};
    const known = this.cached(document, options);
    if (known) return known;
    // The document object is updated in place by later edits: the model is of the version parsed.
    const { version } = document;
    const model = await runInSlices(this.service.parseInSteps(this.textOf(document), options), stale);
    if (!model || stale() || document.version !== version) return undefined;
    return this.cached(document, options) ?? this.store(document, model, options);
  }

  private textOf(document: TextDocument): string {
    return this.skip?.(document) ? '' : document.getText();
  }

  private cached(document: TextDocument, options: ModelOptions): ResolutionDocument | undefined {
    const cached = this.models.get(document.uri);
    if (cached && cached.version === document.version && cached.options.glossary === options.glossary && cached.options.language === options.language) return cached.model;
    return undefined;
  }

  private store(document: TextDocument, model: ResolutionDocument, options: ModelOptions): ResolutionDocument {
    this.models.set(document.uri, { version: document.version, options, model });
    return model;
  }

  forget(uri: string): void {
    this.models.delete(uri);
  }
}
