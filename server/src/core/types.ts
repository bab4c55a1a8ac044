// Domain types of the pure core. Offsets are UTF-16 code units into the document text, which is
// what JavaScript strings index and what LSP positions count by default.

export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/** The language a draft is written in; it decides date formats and the undocs link language. */
export type DraftLanguage = 'zh' | 'en';

/** The body that adopted a cited resolution. Only Security Council citations are checked here. */
export type Organ = 'securityCouncil' | 'generalAssembly' | 'economicAndSocialCouncil' | 'humanRightsCouncil';

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A date written next to a citation: 2001年9月28日第1373(2001)号决议, resolution 1373 (2001) of 28 September 2001. */
export interface WrittenDate {
  readonly date: CalendarDate;
  readonly range: OffsetRange;
  readonly language: DraftLanguage;
}

/** One resolution named in a citation; a list citation has several. */
export interface CitationItem {
  readonly number: number;
  readonly numberRange: OffsetRange;
  readonly year?: number;
  readonly yearRange?: OffsetRange;
  /** From the number to the closing bracket of the year (or the number alone). */
  readonly range: OffsetRange;
  readonly writtenDate?: WrittenDate;
  /** A General Assembly resolution: its symbol, A/RES/71/291 or A/RES/2625(XXV). */
  readonly assemblySymbol?: string;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** The source every diagnostic of ours carries, in the editor and in resolint. */
export const DIAGNOSTIC_SOURCE = 'resolint';

/** An edit of the original text. */
export interface TextEdit {
  readonly range: OffsetRange;
  readonly newText: string;
}

/** A malformed part of a citation, with the edits that put it right. */
export interface FormIssue {
  readonly kind: FormIssueKind;
  /** Where the finding is shown. */
  readonly range: OffsetRange;
  /** Never deleting what the normalized view left out (a line break, page furniture); empty when no fix is certain. */
  readonly edits: readonly TextEdit[];
  /** The citation as it reads once mended, without the line breaks of PDF extraction. */
  readonly fixed: string;
  /** Set when the issue is less than the rule's default (a separator lost by a web copy). */
  readonly severity?: Severity;
}

export type FormIssueKind =
  | 'missingHao'          // 第2341(2017)决议
  | 'yearAfterHao'        // 第2341号(2017)决议
  | 'mismatchedBrackets'  // 第2341(2017）号决议
  | 'listSeparator'       // 第1373(2001),1624(2005)号决议
  | 'missingListSeparator' // 第2161(2014)2170(2014)号决议 (a web copy lost the 、)
  | 'lastListSeparator'   // 第1373(2001)、1624(2005)号决议 (adopted texts write it so; drafting guides join the last item by 和)
  | 'missingSpace'        // resolution 2341(2017)
  | 'missingYearBrackets' // resolution 775 1992 of 28 August 1992 (a scan lost them)
  | 'fullWidthBrackets';  // resolution 2341 （2017）

export type CitationStyle = 'zh' | 'en' | 'symbol';

export interface Citation {
  readonly organ: Organ;
  readonly style: CitationStyle;
  /**
   * Marked as a resolution: 第…号决议, …号决议, `resolution`, S/RES/. A bare `1267 (1999)` (the 1267 (1999)
   * Committee) is hovered but not checked: a law or a decree may be numbered so.
   */
  readonly marked: boolean;
  readonly range: OffsetRange;
  readonly items: readonly CitationItem[];
  readonly formIssues: readonly FormIssue[];
}
