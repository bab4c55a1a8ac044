import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ResolutionDocument, ResolutionService } from './core';

/** Parsed models of open documents, one per (uri, version): each version is parsed once. */
export class ModelCache {
  private readonly models = new Map<string, { version: number; model: ResolutionDocument }>();

  constructor(private readonly service: ResolutionService) {}

  get(document: TextDocument): ResolutionDocument {
    const cached = this.models.get(document.uri);
    if (cached && cached.version === document.version) return cached.model;
    const model = this.service.parse(document.getText());
    this.models.set(document.uri, { version: document.version, model });
    return model;
  }

  forget(uri: string): void {
    this.models.delete(uri);
  }
}
