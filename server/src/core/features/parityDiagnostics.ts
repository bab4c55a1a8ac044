// The parity of a Chinese and an English text (compare/parity.ts) as diagnostics on both: each
// mismatch is a `parity-mismatch` warning on each text, at its paragraph, saying what the other text
// has instead, with a related-information link to the other text's place.
import type { Diagnostic } from 'vscode-languageserver-types';
import { formatDate } from '../format';
import type { SectionKind } from '../negotiation/labels';
import type { ResolutionDocument } from '../parse/document';
import type { DraftLanguage } from '../types';
import { DIAGNOSTIC_SOURCE } from '../types';
import type { ParityComparison, ParityKind, ParityMismatch, ParityPlace, SectionCounts } from '../compare/parity';
import type { Localized } from '../rules/rule';

export const PARITY_MISMATCH = 'parity-mismatch';

/** How --rules lists it: no rule of the table, as it compares two texts. */
export const PARITY_CODE = {
  id: PARITY_MISMATCH,
  defaultSeverity: 'warning',
  description: 'The Chinese and English texts of a draft differ (resolint --parity, or a pair of open drafts): a paragraph without counterpart, or other resolutions, symbols, figures, dates or sub-items.',
} as const;

export interface ParityDiagnosticOptions {
  /** The texts' uris, for the related information that links each to the other; without them, none is given. */
  readonly leftUri?: string;
  readonly rightUri?: string;
  /** Defaults to the left text's language. */
  readonly messageLanguage?: DraftLanguage;
}

const LANGUAGE_NAMES = { zh: { zh: '中文本', en: '英文本', other: '另一文本' }, en: { zh: 'the Chinese text', en: 'the English text', other: 'the other text' } } as const;
const SECTIONS: Record<DraftLanguage, Record<SectionKind, string>> = { zh: { PP: '序言部分', OP: '执行部分' }, en: { PP: 'preambular paragraphs', OP: 'operative paragraphs' } };

/** What each kind compares, in a sentence's subject. */
const WHAT: Localized<[ParityKind]> = {
  zh: kind => ({ paragraph: '段落', citations: '所引决议', symbols: '所引文号', figures: '数字', dates: '日期', subItems: '分项' })[kind],
  en: kind => ({ paragraph: 'has other paragraphs', citations: 'cites other resolutions', symbols: 'cites other document symbols', figures: 'has other figures', dates: 'has other dates', subItems: 'has other sub-items' })[kind],
};

const NONE = { zh: '无', en: 'none' } as const;

/** A date key (2001-09-28, a month 2017-12, a day --12-31) in the message language. */
function dateText(key: string, language: DraftLanguage): string {
  const match = /^(\d{4}|-)-(\d{2})(?:-(\d{2}))?$/.exec(key);
  if (!match) return key;
  const [, year, month, day] = match.map(Number);
  if (match[1] !== '-' && match[3] !== undefined) return formatDate({ year, month, day }, language);
  const monthName = formatDate({ year: 2000, month, day: 1 }, 'en').split(' ')[1];
  if (match[1] === '-') return language === 'zh' ? `${month}月${day}日` : `${day} ${monthName}`;
  return language === 'zh' ? `${year}年${month}月` : `${monthName} ${year}`;
}

function valuesText(kind: ParityKind, values: readonly string[], language: DraftLanguage): string {
  if (values.length === 0) return NONE[language];
  const shown = kind === 'dates' ? values.map(v => dateText(v, language)) : values;
  return shown.join(kind === 'subItems' ? '' : language === 'zh' ? '、' : ', ');
}

function countsText(language: DraftLanguage, section: SectionKind, here: SectionCounts, there: SectionCounts, other: string): string {
  return language === 'zh'
    ? `${SECTIONS.zh[section]}：本文本 ${here[section]} 段，${other} ${there[section]} 段`
    : `${SECTIONS.en[section]}: ${here[section]} here, ${there[section]} in ${other}`;
}

/** The message on one side, which names the other text by its language. */
function message(mismatch: ParityMismatch, here: ParityPlace, there: ParityPlace, counts: { here: SectionCounts; there: SectionCounts }, other: string, language: DraftLanguage): string {
  const { kind, section } = mismatch;
  const sizes = countsText(language, section, counts.here, counts.there, other);
  if (kind === 'paragraph') {
    if (here.label) {
      return language === 'zh' ? `${here.label} 在${other}中没有对应段落（${sizes}）。` : `${here.label} has no counterpart in ${other} (${sizes}).`;
    }
    const opening = there.values[0] ?? '';
    return language === 'zh'
      ? `${other}的 ${there.label} 在本文本中没有对应段落（${sizes}）：“${opening}”`
      : `${there.label} of ${other} has no counterpart here (${sizes}): “${opening}”`;
  }
  const mine = valuesText(kind, here.values, language);
  const theirs = valuesText(kind, there.values, language);
  return language === 'zh'
    ? `${here.label} 的${WHAT.zh(kind)}与${other} ${there.label} 不一致：本文本 ${mine}，${other} ${theirs}。`
    : `${here.label} ${WHAT.en(kind)} than ${there.label} of ${other}: here ${mine}; there ${theirs}.`;
}

function otherName(document: ResolutionDocument, other: ResolutionDocument, language: DraftLanguage): string {
  return LANGUAGE_NAMES[language][document.language === other.language ? 'other' : other.language];
}

function diagnostic(
  document: ResolutionDocument, other: ResolutionDocument, otherUri: string | undefined, mismatch: ParityMismatch, mine: 'left' | 'right',
  counts: { here: SectionCounts; there: SectionCounts }, language: DraftLanguage,
): Diagnostic {
  const here = mismatch[mine];
  const there = mismatch[mine === 'left' ? 'right' : 'left'];
  const name = otherName(document, other, language);
  const where = there.label ?? (language === 'zh' ? '应在此处' : 'where it would stand');
  return {
    range: document.lines.rangeOf(here.range),
    severity: 2,
    code: PARITY_MISMATCH,
    source: DIAGNOSTIC_SOURCE,
    message: message(mismatch, here, there, counts, name, language),
    ...(otherUri ? { relatedInformation: [{ location: { uri: otherUri, range: other.lines.rangeOf(there.range) }, message: `${name}${language === 'zh' ? '：' : ': '}${where}` }] } : {}),
  };
}

/** The mismatches as diagnostics of each text; the two lists run in the same order, one entry per mismatch. */
export function parityDiagnostics(comparison: ParityComparison, left: ResolutionDocument, right: ResolutionDocument, options: ParityDiagnosticOptions = {}): { left: Diagnostic[]; right: Diagnostic[] } {
  const { counts } = comparison;
  const language = options.messageLanguage ?? left.language;
  return {
    left: comparison.mismatches.map(m => diagnostic(left, right, options.rightUri, m, 'left', { here: counts.left, there: counts.right }, language)),
    right: comparison.mismatches.map(m => diagnostic(right, left, options.leftUri, m, 'right', { here: counts.right, there: counts.left }, language)),
  };
}
