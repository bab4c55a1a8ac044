// The glossary of UN bodies and instruments: the built-in entries (generated from shared data),
// merged with a workspace's own entries, compiled once into one matcher over every name.
import { normalizeName, TermMatcher } from '../text/termMatcher';
import type { DraftLanguage } from '../types';
import { BUILTIN_GLOSSARY } from './glossary.generated';

/** One entity, as the generated data and `.resolution-terms.json` write it. */
export interface GlossaryEntryData {
  readonly zhFull: readonly string[];
  /** Every accepted Chinese short form. */
  readonly zhShort: readonly string[];
  readonly enFull: readonly string[];
  /** English acronyms and short names (CTED, the Charter). */
  readonly enShort: readonly string[];
  /** The texts that attest the names; an entry without one is not shipped. */
  readonly source: readonly string[];
  /** How each source attests the Chinese side (un-parallel, un-text, other (...)), when known. */
  readonly evidence: readonly string[];
  /** Instruments are written in 《》 in Chinese (《联合国宪章》). */
  readonly instrument?: boolean;
  /**
   * Short forms that are other names of the entity rather than variants (伊黎伊斯兰国, 又称达伊沙; ISIL,
   * also known as Da'esh): a text may use both.
   */
  readonly alias?: readonly string[];
}

/** Where an entry comes from: the built-in data, a workspace file, or a definition in the draft. */
export type GlossaryOrigin = 'builtin' | 'workspace' | 'draft';

export interface GlossaryEntry extends GlossaryEntryData {
  readonly origin: GlossaryOrigin;
  /** The workspace glossary file, for entries from one. */
  readonly file?: string;
}

export type TermKind = 'full' | 'short';

/** What one written name may stand for. */
export interface TermSense {
  readonly entry: GlossaryEntry;
  readonly kind: TermKind;
  readonly language: DraftLanguage;
  /**
   * An anaphoric short form refers back to a name written earlier: the head of its full name
   * (宪章 for 联合国宪章, 监测组, 移民组织), or a short form several entities share (专家小组).
   */
  readonly anaphoric: boolean;
}

export interface GlossaryPattern {
  /** The normalized name (see normalizeName). */
  readonly text: string;
  readonly senses: readonly TermSense[];
}

export interface Glossary {
  readonly entries: readonly GlossaryEntry[];
  /** Every distinct name, indexed as the matcher reports them. */
  readonly patterns: readonly GlossaryPattern[];
  readonly matcher: TermMatcher;
  /** The pattern of a name, by normalized text. */
  patternOf(name: string): GlossaryPattern | undefined;
}

const FORM_FIELDS = [['zhFull', 'full', 'zh'], ['zhShort', 'short', 'zh'], ['enFull', 'full', 'en'], ['enShort', 'short', 'en']] as const;

/** Every (name, kind, language) of an entry, names normalized. */
export function entryForms(entry: GlossaryEntryData): { text: string; kind: TermKind; language: DraftLanguage }[] {
  return FORM_FIELDS.flatMap(([field, kind, language]) => entry[field].map(name => ({ text: normalizeName(name), kind, language })));
}

/**
 * A short form that is its full name without the qualifiers: 宪章 of 联合国宪章, 移民组织 of 国际移民组织,
 * `the Charter` of `Charter of the United Nations`. It names a kind of body or text, not one.
 */
function isHeadOfFullName(short: string, entry: GlossaryEntryData): boolean {
  if (entry.zhFull.some(full => normalizeName(full) !== short && normalizeName(full).endsWith(short))) return true;
  const words = short.replace(/^the /, '');
  return !isAcronym(short) && entry.enFull.some(full => full !== words && ` ${full} `.includes(` ${words} `));
}

export function createGlossary(entries: readonly GlossaryEntry[]): Glossary {
  const byText = new Map<string, { entry: GlossaryEntry; kind: TermKind; language: DraftLanguage }[]>();
  for (const entry of entries) {
    for (const form of entryForms(entry)) {
      if (!form.text) continue;
      const senses = byText.get(form.text) ?? [];
      if (!senses.some(s => s.entry === entry)) senses.push({ entry, kind: form.kind, language: form.language });
      byText.set(form.text, senses);
    }
  }
  const patterns: GlossaryPattern[] = [...byText].map(([text, senses]) => ({
    text,
    senses: senses.map(sense => ({
      ...sense,
      anaphoric: sense.kind === 'short' && (senses.length > 1 || isHeadOfFullName(text, sense.entry)),
    })),
  }));
  const index = new Map(patterns.map(p => [p.text, p]));
  let matcher: TermMatcher | undefined;
  return {
    entries,
    patterns,
    // Compiled on first use: a workspace glossary is merged, then compiled once.
    get matcher() { return (matcher ??= new TermMatcher(patterns.map(p => p.text))); },
    patternOf: name => index.get(normalizeName(name)),
  };
}

let builtin: Glossary | undefined;

/** The built-in glossary, compiled once per process. */
export function builtinGlossary(): Glossary {
  return (builtin ??= createGlossary(BUILTIN_GLOSSARY.map(data => ({ ...data, origin: 'builtin' as const }))));
}

/** Two entries name one entity when they share a Chinese full name, an English full name or an acronym. */
function sameEntity(a: GlossaryEntryData, b: GlossaryEntryData): boolean {
  const shared = (x: readonly string[], y: readonly string[]) => x.some(n => y.includes(n));
  return shared(a.zhFull, b.zhFull) || shared(a.enFull, b.enFull) || shared(a.enShort.filter(isAcronym), b.enShort.filter(isAcronym));
}

/** CTED, UN-Women, Da'esh; not `the Charter`. */
export function isAcronym(name: string): boolean {
  return /^[A-Z][A-Za-z0-9'’&-]{1,14}$/.test(name) && (name.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

/** An override's names over the entry's (a name field it leaves empty keeps the entry's); sources add up. */
function mergeEntry(entry: GlossaryEntry, override: GlossaryEntry): GlossaryEntry {
  const pick = (field: 'zhFull' | 'zhShort' | 'enFull' | 'enShort') => (override[field].length > 0 ? override[field] : entry[field]);
  return {
    zhFull: pick('zhFull'), zhShort: pick('zhShort'), enFull: pick('enFull'), enShort: pick('enShort'),
    source: [...override.source, ...entry.source],
    evidence: [...override.source.map((_, i) => override.evidence[i] ?? ''), ...entry.evidence],
    instrument: override.instrument ?? entry.instrument,
    ...(entry.alias || override.alias ? { alias: [...new Set([...(override.alias ?? []), ...(entry.alias ?? [])])] } : {}),
    origin: override.origin,
    file: override.file,
  };
}

/**
 * Entries of a workspace file over a glossary: a workspace entry naming the same entity as
 * built-in ones replaces them, its names over theirs; the sources of both are kept.
 */
export function mergeGlossary(base: Glossary, overrides: readonly GlossaryEntry[]): Glossary {
  if (overrides.length === 0) return base;
  const entries = [...base.entries];
  for (const override of overrides) {
    const same = entries.filter(entry => sameEntity(entry, override));
    const merged = same.reduce((acc, entry) => mergeEntry(entry, acc), override);
    const at = same.length > 0 ? entries.indexOf(same[0]) : entries.length;
    for (const entry of same) entries.splice(entries.indexOf(entry), 1);
    entries.splice(Math.min(at, entries.length), 0, merged);
  }
  return createGlossary(entries);
}
