// The configuration of each draft: the nearest .resolintrc.json / .resolintrc.jsonc above it (or the
// file resolint's --config names), with the files it extends. Shared by the language server and
// resolint, so that both check a draft alike.
import { basename, dirname, resolve } from 'node:path';
import {
  CONFIG_FILE_NAMES, DEFAULT_CONFIGURATION, extendsProblem, mergeSettings, parseConfigFile, resolvedConfiguration,
  type ConfigFile, type ConfigFileSettings, type FileProblem, type ResolvedConfiguration,
} from './core';
import { WorkspaceFiles } from './workspaceFiles';

/** A configuration file of a draft's chain, with all its problems: its own and those of what it extends. */
export interface ConfigFileReport {
  readonly path: string;
  readonly text: string;
  readonly problems: readonly FileProblem[];
}

export interface DraftConfiguration {
  /** The defaults while any file of the chain is broken or unreadable. */
  readonly configuration: ResolvedConfiguration;
  /** Every file of the chain that could be read, nearest first. */
  readonly files: readonly ConfigFileReport[];
  /** A file that applies but cannot be read (the nearest one, or the one --config names). */
  readonly unreadable?: string;
  /** True when the configuration is sound: the defaults are not standing in for it. */
  readonly ok: boolean;
}

const NO_FILE: DraftConfiguration = { configuration: DEFAULT_CONFIGURATION, files: [], ok: true };

/** Relative paths of a file's settings, made absolute from the file's folder. */
function absolutePaths(settings: ConfigFileSettings, folder: string): ConfigFileSettings {
  const absolute: Record<string, unknown> = { ...settings };
  for (const key of ['extends', 'glossary', 'record'] as const) if (settings[key] !== undefined) absolute[key] = resolve(folder, settings[key]);
  return absolute;
}

export class ConfigFiles extends WorkspaceFiles<ConfigFile> {
  constructor() {
    super(CONFIG_FILE_NAMES, (path, text, limit) => parseConfigFile(text, basename(path), limit));
  }

  /** The configuration of a draft; `explicit`: the file that applies to every draft (resolint --config). */
  forDraft(draftPath: string, explicit?: string): DraftConfiguration {
    const path = explicit ?? this.nearest.find(dirname(draftPath));
    return path ? this.resolve(path) : NO_FILE;
  }

  /** A configuration file with what it extends, following `extends` until a file extends nothing. */
  resolve(path: string): DraftConfiguration {
    const chain: { path: string; text: string; problems: FileProblem[]; settings?: ConfigFileSettings }[] = [];
    for (let current: string | undefined = path; current !== undefined;) {
      const loaded = this.files.get(current);
      const referrer = chain[chain.length - 1];
      if (!loaded) {
        if (!referrer) return { ...NO_FILE, unreadable: path, ok: false };
        referrer.problems.push(extendsProblem(this.files.get(referrer.path)!.value, basename(referrer.path), 'unreadable', current));
        break;
      }
      const { settings, problems } = loaded.value;
      const absolute: ConfigFileSettings | undefined = settings && absolutePaths(settings, dirname(current));
      chain.push({ path: current, text: loaded.text, problems: [...problems], settings: absolute });
      const next: string | undefined = absolute?.extends;
      if (next !== undefined && (next === current || chain.some(link => link.path === next))) {
        chain[chain.length - 1].problems.push(extendsProblem(loaded.value, basename(current), 'cycle', next));
        break;
      }
      current = next;
    }
    // A file whose base is broken is reported at its `extends` too, so the nearest file shows why.
    for (let i = chain.length - 2; i >= 0; i--) {
      if (chain[i + 1].problems.length > 0 && chain[i].problems.length === 0) {
        chain[i].problems.push(extendsProblem(this.files.get(chain[i].path)!.value, basename(chain[i].path), 'broken', chain[i + 1].path));
      }
    }
    const files = chain.map(({ path: file, text, problems }) => ({ path: file, text, problems }));
    if (chain.some(link => link.problems.length > 0 || !link.settings)) return { configuration: DEFAULT_CONFIGURATION, files, ok: false };
    const settings = chain.reduceRight<ConfigFileSettings>((base, link) => mergeSettings(base, link.settings!), {});
    return { configuration: resolvedConfiguration(path, settings), files, ok: true };
  }
}
