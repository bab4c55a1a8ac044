import type { Connection } from 'vscode-languageserver';
import type { DraftDetection } from './core';

export interface ResolutionSettings {
  draftDetection: DraftDetection;
}

const DEFAULTS: ResolutionSettings = { draftDetection: 'auto' };

function valid(value: unknown): ResolutionSettings {
  const detection = (value as Partial<ResolutionSettings> | null)?.draftDetection;
  return { draftDetection: detection === 'always' || detection === 'off' || detection === 'auto' ? detection : DEFAULTS.draftDetection };
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
