import type { Connection } from 'vscode-languageserver';
import type { DraftDetection } from './core';
import { DEFAULT_MAX_DIAGNOSTICS } from './core/features/diagnostics';
import { DEFAULT_MAX_FILE_SIZE_MB } from './core/limits';

export interface ResolutionSettings {
  draftDetection: DraftDetection;
  /** MB of UTF-8 above which a file is not parsed (see FileGuard); 0 or less: no limit. */
  maxFileSize: number;
  /** Diagnostics a document publishes at most (the most severe), with a notice of how many more. */
  maxDiagnostics: number;
}

const DEFAULTS: ResolutionSettings = { draftDetection: 'auto', maxFileSize: DEFAULT_MAX_FILE_SIZE_MB, maxDiagnostics: DEFAULT_MAX_DIAGNOSTICS };

function valid(value: unknown): ResolutionSettings {
  const detection = (value as Partial<ResolutionSettings> | null)?.draftDetection;
  const maxFileSize = (value as Partial<ResolutionSettings> | null)?.maxFileSize;
  const maxDiagnostics = (value as Partial<ResolutionSettings> | null)?.maxDiagnostics;
  return {
    draftDetection: detection === 'always' || detection === 'off' || detection === 'auto' ? detection : DEFAULTS.draftDetection,
    maxFileSize: typeof maxFileSize !== 'number' || Number.isNaN(maxFileSize) ? DEFAULTS.maxFileSize : maxFileSize > 0 ? maxFileSize : Infinity,
    // A whole number of at least 1; anything else is the default (there is no "no limit": resolint lists everything).
    maxDiagnostics: typeof maxDiagnostics === 'number' && maxDiagnostics >= 1 ? Math.floor(maxDiagnostics) : DEFAULTS.maxDiagnostics,
  };
}

/** Settings per document, asked of the client once and kept until the configuration changes. */
export class SettingsCache {
  private readonly byUri = new Map<string, Promise<ResolutionSettings>>();
  supported = false;

  constructor(private readonly connection: Connection) {}

  get(uri: string): Promise<ResolutionSettings> {
    if (!this.supported) return Promise.resolve(DEFAULTS);
    let settings = this.byUri.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'unResolution' })
        .then(valid, () => DEFAULTS);
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  forget(uri?: string): void {
    if (uri) this.byUri.delete(uri); else this.byUri.clear();
  }
}
