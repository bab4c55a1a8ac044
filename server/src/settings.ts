import type { Connection } from 'vscode-languageserver';
import type { DraftDetection, DraftStage, RuleLevel, RuleLevels } from './core';
import { DEFAULT_MAX_DIAGNOSTICS } from './core/features/diagnostics';
import { DEFAULT_MAX_FILE_SIZE_MB } from './core/limits';

export interface ResolutionSettings {
  draftDetection: DraftDetection;
  /** MB of UTF-8 above which a file is not parsed (see FileGuard); 0 or less: no limit. */
  maxFileSize: number;
  /** negotiating or final: how loud brackets and proposal tags left in a draft are. */
  stage: DraftStage;
  /** Inlay hints PP1, OP3(a) before paragraphs. */
  paragraphLabels: boolean;
  /** unResolution.rules: levels by rule id, for drafts that no configuration file covers. */
  rules: RuleLevels;
  /** unResolution.parityPairs: [Chinese, English] paths of drafts whose parity is checked (parityFeatures.ts). */
  parityPairs: readonly (readonly [string, string])[];
  /** Diagnostics a document publishes at most (the most severe), with a notice of how many more. */
  maxDiagnostics: number;
}

const DEFAULTS: ResolutionSettings = { draftDetection: 'auto', maxFileSize: DEFAULT_MAX_FILE_SIZE_MB, stage: 'negotiating', paragraphLabels: true, rules: {}, parityPairs: [], maxDiagnostics: DEFAULT_MAX_DIAGNOSTICS };
const LEVELS: readonly string[] = ['off', 'error', 'warning', 'information', 'hint'] satisfies RuleLevel[];

/** The entries of unResolution.rules whose level is one of the levels; the editor marks the others. */
function validRules(value: unknown): RuleLevels {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter(([, level]) => LEVELS.includes(level as string)));
}

/** The entries of unResolution.parityPairs that are two paths; the editor marks the others. */
function validPairs(value: unknown): readonly (readonly [string, string])[] {
  if (!Array.isArray(value)) return [];
  return value.filter((pair): pair is [string, string] => Array.isArray(pair) && pair.length === 2 && pair.every(path => typeof path === 'string' && path !== ''));
}

function valid(value: unknown): ResolutionSettings {
  const detection = (value as Partial<ResolutionSettings> | null)?.draftDetection;
  const maxFileSize = (value as Partial<ResolutionSettings> | null)?.maxFileSize;
  // The stage will also come from .resolintrc.json (another branch): its value should win over the default only.
  const stage = (value as { stage?: unknown } | null)?.stage;
  const labels = (value as { inlayHints?: { paragraphLabels?: unknown } } | null)?.inlayHints?.paragraphLabels;
  const maxDiagnostics = (value as Partial<ResolutionSettings> | null)?.maxDiagnostics;
  return {
    stage: stage === 'final' ? 'final' : 'negotiating',
    paragraphLabels: labels !== false,
    rules: validRules((value as Partial<ResolutionSettings> | null)?.rules),
    parityPairs: validPairs((value as { parityPairs?: unknown } | null)?.parityPairs),
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
