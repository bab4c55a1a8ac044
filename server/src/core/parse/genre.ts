// What kind of text a document is, which decides what the rules ask of it:
//   resolution or draft   a title line (安全理事会， / The Security Council,)   all rules
//   verbatim record       an S/PV. symbol at the top, or speakers' headings       citations; terms per statement; no structure
//   letter, report, other the rest                                                citations and terms
// In a verbatim record every speaker defines names afresh (反恐怖主义委员会执行局(反恐执行局)): each
// statement is a scope of its own for the term rules.
import type { OffsetRange } from '../types';

export type Genre = 'resolution' | 'verbatimRecord' | 'other';

/** A verbatim record's symbol near its top: S/PV.8180, A/72/PV.12. */
const PV_SYMBOL = /\b(?:S|A\/\d{1,2}|A\/ES-\d{1,2})\/PV\.\d{1,5}/;
const HEAD = 3000;

/**
 * A speaker's heading at the start of a line: 主席（以英语发言）：, 涅边贾先生（俄罗斯联邦）（以俄语发言）：,
 * The President:, Mr. Nebenzia (Russian Federation) (spoke in Russian):.
 */
const SPEAKER = /^[ \t\u3000]*(?:主席|[^\s，。：:、（(]{1,20}?(?:先生|女士|夫人|阁下|殿下|大使))(?:[ \t]*[（(][^）)\n]{1,40}[）)]){0,2}[ \t]*[：:]|^[ \t]*(?:The (?:President|Acting President|Secretary-General)|(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][^\n:(]{0,40}|Dame [A-Z][^\n:(]{0,40}|Sir [A-Z][^\n:(]{0,40})(?:[ \t]*\([^)\n]{1,60}\)){0,2}[ \t]*:/gm;

export interface GenreReading {
  readonly genre: Genre;
  /** The statements of a verbatim record, each from its speaker's heading; empty otherwise. */
  readonly statements: readonly OffsetRange[];
}

/** The genre of a text and, for a verbatim record, where each statement begins and ends. */
export function readGenre(text: string, hasTitle: boolean): GenreReading {
  const headings: number[] = [];
  SPEAKER.lastIndex = 0;
  for (let match = SPEAKER.exec(text); match; match = SPEAKER.exec(text)) headings.push(match.index);
  const verbatim = headings.length >= 2 || (headings.length >= 1 && PV_SYMBOL.test(text.slice(0, HEAD)));
  if (!verbatim) return { genre: hasTitle ? 'resolution' : 'other', statements: [] };
  const starts = headings[0] > 0 ? [0, ...headings] : headings;
  return { genre: 'verbatimRecord', statements: starts.map((start, i) => ({ start, end: starts[i + 1] ?? text.length })) };
}
