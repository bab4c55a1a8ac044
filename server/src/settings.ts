import type { Connection } from 'vscode-languageserver';
import type { DraftDetection, DraftStage } from './core';
import { DEFAULT_MAX_FILE_SIZE_MB } from './core/limits';

export interface ResolutionSettings {
  draftDetection: DraftDetection;
  /** MB of UTF-8 above which a file is not parsed (see FileGuard); 0 or less: no limit. */
  maxFileSize: number;
  /** negotiating or final: how loud brackets and proposal tags left in a draft are. */
  stage: DraftStage;
  /** Inlay hints PP1, OP3(a) before paragraphs. */
  paragraphLabels: boolean;
}

const DEFAULTS: ResolutionSettings = { draftDetection: 'auto', maxFileSize: DEFAULT_MAX_FILE_SIZE_MB, stage: 'negotiating', paragraphLabels: true };

function valid(value: unknown): ResolutionSettings {
  const detection = (value as Partial<ResolutionSettings> | null)?.draftDetection;
  const maxFileSize = (value as Partial<ResolutionSettings> | null)?.maxFileSize;
  // The stage will also come from .resolintrc.json (another branch): its value should win over the default only.
  const stage = (value as { stage?: unknown } | null)?.stage;
  const labels = (value as { inlayHints?: { paragraphLabels?: unknown } } | null)?.inlayHints?.paragraphLabels;
  return {
    stage: stage === 'final' ? 'final' : 'negotiating',
    paragraphLabels: labels !== false,
    draftDetection: detection === 'always' || detection === 'off' || detection === 'auto' ? detection : DEFAULTS.draftDetection,
    maxFileSize: typeof maxFileSize !== 'number' || Number.isNaN(maxFileSize) ? DEFAULTS.maxFileSize : maxFileSize > 0 ? maxFileSize : Infinity,
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
