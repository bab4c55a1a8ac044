// The glossary of UN bodies and instruments: the built-in entries (generated from shared data),
// merged with a workspace's own entries, compiled once into one matcher over every name.
import { MAX_NAME_LENGTH, normalizeName, TermMatcher } from '../text/termMatcher';
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

/**
 * Every entry is written with all its fields, in the order of glossaryEntry's, absent ones undefined:
 * entries of one shape are read faster than entries of several (a 50,000-entry glossary reads each
 * entry's names a few times over).
 */
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

/** A sense while its pattern is made: whether it is anaphoric is known once all the pattern's senses are. */
type MutableSense = { -readonly [K in keyof TermSense]: TermSense[K] };

export interface GlossaryPattern {
  /** The normalized name (see normalizeName). */
  readonly text: string;
  readonly senses: readonly TermSense[];
}

export interface Glossary {
  readonly entries: readonly GlossaryEntry[];
  /** The names the matcher holds, numbered 0 to patternCount - 1 as it reports them. */
  readonly patternCount: number;
  /** The pattern of a name by its number (names written alike share one), made when first asked for. */
  pattern(index: number): GlossaryPattern;
  readonly matcher: TermMatcher;
  /** The pattern of a name, by normalized text. */
  patternOf(name: string): GlossaryPattern | undefined;
}

/** The name fields of an entry: what kind of name each holds, in which language. */
const FORM_FIELDS = [['zhFull', 'full', 'zh'], ['zhShort', 'short', 'zh'], ['enFull', 'full', 'en'], ['enShort', 'short', 'en']] as const;

/**
 * A short form that is its full name without the qualifiers: 宪章 of 联合国宪章, 移民组织 of 国际移民组织,
 * `the Charter` of `Charter of the United Nations`. It names a kind of body or text, not one.
 */
function isHeadOfFullName(short: string, entry: GlossaryEntryData): boolean {
  if (entry.zhFull.some(full => normalizeName(full) !== short && normalizeName(full).endsWith(short))) return true;
  const words = short.startsWith('the ') ? short.slice(4) : short;
  return !isAcronym(short) && entry.enFull.some(full => full !== words && hasWords(full, words));
}

/** Whether words stand in text between spaces or its ends; no string is built (a glossary asks 100,000 times). */
function hasWords(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const end = at + words.length;
    if ((at === 0 || text.charCodeAt(at - 1) === 32) && (end === text.length || text.charCodeAt(end) === 32)) return true;
  }
  return false;
}

export function createGlossary(entries: readonly GlossaryEntry[]): Glossary {
  // Every name, in the order of the entries, with the entry and field it comes from. The matcher
  // built over them is also the index of names, and a name's pattern is made when a draft first
  // needs it: a 50,000-entry glossary has 200,000 names, and a Map of them and an object for each
  // cost as much again as the matcher.
  let count = 0;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index];
    count += entry.zhFull.length + entry.zhShort.length + entry.enFull.length + entry.enShort.length;
  }
  const names: string[] = new Array(count);
  const entryOf = new Int32Array(count);
  const fieldOf = new Uint8Array(count);
  count = 0;
  for (let index = 0; index < entries.length; index++) {
    for (let field = 0; field < FORM_FIELDS.length; field++) {
      const written = entries[index][FORM_FIELDS[field][0]];
      for (let k = 0; k < written.length; k++) {
        const text = normalizeName(written[k]);
        // A name the matcher cannot hold (see MAX_NAME_LENGTH) could not be found in a text either.
        if (!text || text.length > MAX_NAME_LENGTH) continue;
        names[count] = text;
        entryOf[count] = index;
        fieldOf[count] = field;
        count++;
      }
    }
  }
  names.length = count;
  const matcher = new TermMatcher(names);
  // The names written alike, linked in order from the first, which is the one the matcher reports.
  const nextAlike = new Int32Array(names.length).fill(-1);
  const lastAlike = new Int32Array(names.length);
  for (let i = 0; i < names.length; i++) {
    const first = matcher.firstPatternLike(i);
    if (first === i) { lastAlike[i] = i; continue; }
    nextAlike[lastAlike[first]] = i;
    lastAlike[first] = i;
  }
  // By the number the matcher reports: every match of a draft asks, so it is an array, not a Map.
  const made: (GlossaryPattern | undefined)[] = new Array(names.length);
  const pattern = (index: number): GlossaryPattern => made[index] ?? (made[index] = makePattern(matcher.firstPatternLike(index)));
  const makePattern = (first: number): GlossaryPattern => {
    if (made[first]) return made[first];
    const senses: MutableSense[] = [];
    for (let i = first; i >= 0; i = nextAlike[i]) {
      const entry = entries[entryOf[i]];
      // An entry's forms come one after another: a name it already has is its last sense.
      if (senses.length > 0 && senses[senses.length - 1].entry === entry) continue;
      const [, kind, language] = FORM_FIELDS[fieldOf[i]];
      senses.push({ entry, kind, language, anaphoric: false });
    }
    for (const sense of senses) sense.anaphoric = sense.kind === 'short' && (senses.length > 1 || isHeadOfFullName(names[first], sense.entry));
    return (made[first] = { text: names[first], senses });
  };
  return {
    entries,
    patternCount: names.length,
    pattern,
    matcher,
    patternOf: name => {
      const index = matcher.lookup(normalizeName(name));
      return index < 0 ? undefined : pattern(index);
    },
  };
}

/** An entry with every field written, in one order (see GlossaryEntry). */
export function glossaryEntry(data: GlossaryEntryData, origin: GlossaryOrigin, file?: string): GlossaryEntry {
  return {
    zhFull: data.zhFull, zhShort: data.zhShort, enFull: data.enFull, enShort: data.enShort, source: data.source, evidence: data.evidence,
    instrument: data.instrument, alias: data.alias, origin, file,
  };
}

let builtin: Glossary | undefined;

/** The built-in glossary, compiled once per process. */
export function builtinGlossary(): Glossary {
  return (builtin ??= createGlossary(BUILTIN_GLOSSARY.map(data => glossaryEntry(data, 'builtin'))));
}

/**
 * Slots of entries by one kind of name (a Chinese full name, an English full name, an acronym): what
 * makes two entries one entity. Most names belong to one entry, whose slot is kept unboxed.
 */
class SlotsByName {
  private readonly slots = new Map<string, number | number[]>();

  add(name: string, slot: number): void {
    const known = this.slots.get(name);
    if (known === undefined) this.slots.set(name, slot);
    else if (typeof known === 'number') { if (known !== slot) this.slots.set(name, [known, slot]); }
    else if (!known.includes(slot)) known.push(slot);
  }

  remove(name: string, slot: number): void {
    const known = this.slots.get(name);
    if (known === slot) this.slots.delete(name);
    else if (Array.isArray(known) && known.includes(slot)) this.slots.set(name, known.filter(s => s !== slot));
  }

  /** Indexes a name no entry has yet (two of one entry's names may be the same). */
  set(name: string, slot: number): void {
    this.slots.set(name, slot);
  }

  collect(name: string, into: number[]): void {
    const known = this.slots.get(name);
    if (typeof known === 'number') into.push(known);
    else if (known) for (const slot of known) into.push(slot);
  }
}

/** The slots of a glossary's entries by the names that make two of them one entity. */
class EntityIndex {
  private readonly zhFull = new SlotsByName();
  private readonly enFull = new SlotsByName();
  private readonly acronyms = new SlotsByName();

  /** Each name of entry that makes two entries one entity, with the slots of its kind. */
  private visit(entry: GlossaryEntryData, visit: (slots: SlotsByName, name: string) => void): void {
    for (let i = 0; i < entry.zhFull.length; i++) visit(this.zhFull, entry.zhFull[i]);
    for (let i = 0; i < entry.enFull.length; i++) visit(this.enFull, entry.enFull[i]);
    for (let i = 0; i < entry.enShort.length; i++) if (isAcronym(entry.enShort[i])) visit(this.acronyms, entry.enShort[i]);
  }

  add(entry: GlossaryEntryData, slot: number): void {
    this.visit(entry, (slots, name) => slots.add(name, slot));
  }

  remove(entry: GlossaryEntryData, slot: number): void {
    this.visit(entry, (slots, name) => slots.remove(name, slot));
  }

  /**
   * Adds an entry none of whose names is indexed yet (sameEntity found none): a name is set
   * without being looked up first, which most entries of a large glossary are.
   */
  addUnknown(entry: GlossaryEntryData, slot: number): void {
    this.visit(entry, (slots, name) => slots.set(name, slot));
  }

  /** The slots of the entries naming the same entity as entry, in order. */
  sameEntity(entry: GlossaryEntryData): number[] {
    const found: number[] = [];
    this.visit(entry, (slots, name) => slots.collect(name, found));
    return found.length < 2 ? found : [...new Set(found)].sort((a, b) => a - b);
  }
}

/** CTED, UN-Women, ISIL: two capitals at least; not `the Charter`, nor Da'esh. */
export function isAcronym(name: string): boolean {
  if (!/^[A-Z][A-Za-z0-9'’&-]{1,14}$/.test(name)) return false;
  // Two capitals at least, counted without a list of matches: a 50,000-entry glossary asks 200,000 times.
  for (let i = 1; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code >= 65 && code <= 90) return true;
  }
  return false;
}

/**
 * An override's names over those of the entries it replaces (a name field it leaves empty takes the
 * first of theirs that has one); sources and evidence add up, the override's first.
 */
function mergeEntries(override: GlossaryEntry, replaced: readonly GlossaryEntry[]): GlossaryEntry {
  const all = [override, ...replaced];
  const pick = (field: 'zhFull' | 'zhShort' | 'enFull' | 'enShort') => all.find(entry => entry[field].length > 0)?.[field] ?? override[field];
  const source: string[] = [];
  const evidence: string[] = [];
  const alias = new Set<string>();
  for (const entry of all) {
    entry.source.forEach((name, i) => { source.push(name); evidence.push(entry.evidence[i] ?? ''); });
    for (const name of entry.alias ?? []) alias.add(name);
  }
  return glossaryEntry({
    zhFull: pick('zhFull'), zhShort: pick('zhShort'), enFull: pick('enFull'), enShort: pick('enShort'), source, evidence,
    instrument: all.find(entry => entry.instrument !== undefined)?.instrument,
    alias: all.some(entry => entry.alias) ? [...alias] : undefined,
  }, override.origin, override.file);
}

/**
 * Entries of a workspace file over a glossary: a workspace entry naming the same entity as earlier
 * ones replaces them, in the place of the first, its names over theirs; the sources of all are
 * kept. Entries are looked up by their names in an index, so merging costs what the entries hold,
 * not their number squared (a 50,000-entry file once took minutes).
 */
export function mergeGlossary(base: Glossary, overrides: readonly GlossaryEntry[]): Glossary {
  if (overrides.length === 0) return base;
  // Slots keep the order: a merged entry takes the slot of the first entry it replaces.
  const slots: (GlossaryEntry | undefined)[] = [...base.entries];
  const index = new EntityIndex();
  slots.forEach((entry, slot) => index.add(entry!, slot));
  for (let i = 0; i < overrides.length; i++) {
    const override = overrides[i];
    const replaced = index.sameEntity(override);
    if (replaced.length === 0) {
      index.addUnknown(override, slots.length);
      slots.push(override);
      continue;
    }
    for (const slot of replaced) index.remove(slots[slot]!, slot);
    const merged = mergeEntries(override, replaced.map(slot => slots[slot]!));
    for (const slot of replaced) slots[slot] = undefined;
    slots[replaced[0]] = merged;
    index.add(merged, replaced[0]);
  }
  return createGlossary(slots.filter(entry => entry !== undefined));
}
