// The language server's side of parity (core/compare/parity.ts): which draft is the other language
// version of which, and the parity-mismatch diagnostics each gets, published with its own diagnostics.
// A draft's partner is the one picked with "Check parity with another draft…" (this session), else the
// one the setting unResolution.parityPairs names, else the one its name gives: name.zh.unres and
// name.en.unres (also .txt, .md), open or on disk. When a draft changes, its open partner is checked again.
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CancellationToken, Diagnostic, InitializeParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DraftLanguage, ResolutionDocument, ResolutionService } from './core';
import { DEFAULT_MAX_FILE_SIZE_MB } from './core/limits';
import { pathOfUri } from './watchedFiles';

/** Arguments [uri, other uri]: pairs two drafts for this session; the result: the number of mismatches and both texts' paragraph counts, or null. */
export const PARITY_COMMAND = 'unResolution.server.checkParity';

/** name.zh.unres and name.en.unres, also .txt and .md. */
const NAMED = /^(.*)\.(zh|en)\.(unres|txt|md)$/;
const EXTENSIONS = ['unres', 'txt', 'md'];

export interface ParityHost {
  /** The parsed model of an open draft. */
  modelOf(uri: string, token?: CancellationToken): ResolutionDocument | undefined;
  messageLanguage(): DraftLanguage | undefined;
  /** Checks an open draft again (its diagnostics are published anew). */
  revalidate(uri: string): void;
}

export class ParityFeatures {
  readonly commands = [PARITY_COMMAND];
  /** Pairs picked with the command, both ways. */
  private readonly chosen = new Map<string, string>();
  /** The partner each draft was last checked with. */
  private readonly partners = new Map<string, string>();
  private readonly onDisk = new Map<string, { mtimeMs: number; model: ResolutionDocument }>();
  private folders: string[] = [];

  constructor(private readonly service: ResolutionService, private readonly documents: TextDocuments<TextDocument>) {}

  initialize(params: InitializeParams): void {
    const roots = params.workspaceFolders?.map(f => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.folders = roots.flatMap(root => pathOfUri(root) ?? []);
  }

  /** The other language version of a draft, if it has one. pairs: unResolution.parityPairs. */
  partnerOf(uri: string, pairs: readonly (readonly [string, string])[]): string | undefined {
    const chosen = this.chosen.get(uri);
    if (chosen) return chosen;
    const candidates = [...this.namedBySetting(uri, pairs), ...this.namedByName(uri)];
    // A partner neither open nor on disk is none: the next is tried.
    return candidates.find(candidate => this.documents.get(candidate) !== undefined || this.fileOf(candidate) !== undefined);
  }

  private namedBySetting(uri: string, pairs: readonly (readonly [string, string])[]): string[] {
    const path = pathOfUri(uri);
    if (!path) return [];
    return pairs.flatMap(pair => {
      const [a, b] = [this.resolvePath(pair[0], path), this.resolvePath(pair[1], path)];
      return a === path && b !== path ? [pathToFileURL(b).href] : b === path && a !== path ? [pathToFileURL(a).href] : [];
    });
  }

  /** name.en.unres for name.zh.unres: the same extension first, then the others. */
  private namedByName(uri: string): string[] {
    const named = NAMED.exec(uri);
    if (!named) return [];
    const [, base, language, extension] = named;
    const other = language === 'zh' ? 'en' : 'zh';
    return [extension, ...EXTENSIONS.filter(e => e !== extension)].map(e => `${base}.${other}.${e}`);
  }

  /** The open partner a draft was last checked with: it is checked again when the draft changes or closes. */
  openPartner(uri: string): string | undefined {
    const partner = this.partners.get(uri);
    return partner && this.documents.get(partner) ? partner : undefined;
  }

  /** The draft's side of its parity with its partner; none without one (or when the partner cannot be read). */
  diagnosticsFor(uri: string, model: ResolutionDocument, pairs: readonly (readonly [string, string])[], host: ParityHost): Diagnostic[] {
    const partner = this.partnerOf(uri, pairs);
    if (!partner) {
      this.partners.delete(uri);
      return [];
    }
    this.partners.set(uri, partner);
    const other = this.modelOf(partner, host);
    if (!other) return [];
    const messageLanguage = host.messageLanguage() ?? model.language;
    return this.service.getParityDiagnostics(model, other, { leftUri: uri, rightUri: partner, messageLanguage }).left;
  }

  /** The command: pairs the two drafts, checks both again, and answers how many mismatches there are. */
  execute(args: unknown[] | undefined, host: ParityHost, token?: CancellationToken): { mismatches: number; counts: unknown } | null {
    const [left, right] = args ?? [];
    if (typeof left !== 'string' || typeof right !== 'string' || left === right) return null;
    const leftModel = host.modelOf(left, token);
    const rightModel = this.modelOf(right, host);
    if (!leftModel || !rightModel) return null;
    for (const uri of [left, right]) {
      const previous = this.chosen.get(uri);
      if (previous) this.chosen.delete(previous);
    }
    this.chosen.set(left, right);
    this.chosen.set(right, left);
    host.revalidate(left);
    if (this.documents.get(right)) host.revalidate(right);
    const { mismatches, counts } = this.service.compareParity(leftModel, rightModel);
    return { mismatches: mismatches.length, counts };
  }

  forget(uri: string): void {
    this.partners.delete(uri);
  }

  /** A path of the setting: absolute, or relative to the workspace folder that holds the draft. */
  private resolvePath(path: string, draft: string): string {
    if (isAbsolute(path)) return resolve(path);
    const folder = this.folders.find(f => draft === f || draft.startsWith(f.endsWith(sep) ? f : f + sep)) ?? dirname(draft);
    return resolve(folder, path);
  }

  private modelOf(uri: string, host: ParityHost): ResolutionDocument | undefined {
    return this.documents.get(uri) ? host.modelOf(uri) : this.fileOf(uri)?.model;
  }

  /** A partner that is not open, read from disk (again when it changed); none when it is missing, too large or binary. */
  private fileOf(uri: string): { model: ResolutionDocument } | undefined {
    const path = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
    if (!path) return undefined;
    try {
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat?.isFile() || stat.size > DEFAULT_MAX_FILE_SIZE_MB * 1024 * 1024) return undefined;
      const cached = this.onDisk.get(path);
      if (cached && cached.mtimeMs === stat.mtimeMs) return cached;
      const bytes = readFileSync(path);
      if (bytes.includes(0)) return undefined;
      const entry = { mtimeMs: stat.mtimeMs, model: this.service.parse(new TextDecoder().decode(bytes)) };
      this.onDisk.set(path, entry);
      return entry;
    } catch {
      return undefined;
    }
  }
}
