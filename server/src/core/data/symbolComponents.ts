// What the components of a UN document symbol mean, for the hover on a symbol (S/PRST/2017/1,
// A/C.6/72/L.10, S/2017/1064/Add.1). Written by hand from two sources, each row naming its own:
// - `conventions`: /work/shared/data/conventions.md, section 4 (the Dag Hammarskjöld Library's Chinese
//   research guide, http://www.un.org/Depts/dhl/dhlchi/resguidc/symbol.htm): A/ S/ E/ ST/, RES, PRST, PV,
//   SR, L, Add, CRP, INF, WP, in Chinese.
// - `guide`: the UN Library's research guide to document symbols, the current form of that page, as
//   stored: https://research.un.org/zh/docs/symbols (Chinese) and http://research.un.org/en/docs/symbols
//   (English; its final components Add. and Amend. read in the copy at https://guides.lib.uwo.ca/unitednationssymbols).
//   The English labels of Corr., Rev., Summary and * were not in the stored English excerpts: they are the
//   plain English of the Chinese page's 更正, 修订, 摘要版 and 由于技术原因重新印发.
// English labels of the `conventions` rows come from the `guide`'s English page. Nothing here is
// inferred from symbols themselves: a component not listed (COMM, HRC, ES-) is shown unexplained.
import type { DraftLanguage } from '../types';

/** Where a component stands and what it says: the organ, a subsidiary body, the kind of document, a change to it. */
export type ComponentKind = 'organ' | 'body' | 'series' | 'suffix';

export interface SymbolComponent {
  readonly kind: ComponentKind;
  readonly label: Readonly<Record<DraftLanguage, string>>;
  readonly source: 'conventions' | 'guide';
}

const row = (kind: ComponentKind, zh: string, en: string, source: SymbolComponent['source']): SymbolComponent => ({ kind, label: { zh, en }, source });

/** By the component as a symbol writes it, without its number: PV for PV.8180, Add for Add.1. */
export const SYMBOL_COMPONENTS: Readonly<Record<string, SymbolComponent>> = {
  A: row('organ', '大会', 'General Assembly', 'conventions'),
  S: row('organ', '安全理事会', 'Security Council', 'conventions'),
  E: row('organ', '经济及社会理事会', 'Economic and Social Council', 'conventions'),
  ST: row('organ', '秘书处', 'Secretariat', 'conventions'),

  AC: row('body', '特设委员会', 'Ad hoc committee', 'guide'),
  C: row('body', '常务、常设或主要委员会', 'Standing, permanent or main committee', 'guide'),
  CN: row('body', '委员会', 'Commission', 'guide'),
  CONF: row('body', '会议', 'Conference', 'guide'),
  GC: row('body', '理事会', 'Governing council', 'guide'),
  PC: row('body', '筹备委员会', 'Preparatory committee', 'guide'),
  SC: row('body', '小组委员会', 'Subcommittee', 'guide'),
  Sub: row('body', '小组委员会', 'Subcommission', 'guide'),
  WG: row('body', '工作组', 'Working group', 'guide'),

  RES: row('series', '决议', 'Resolution', 'conventions'),
  PRST: row('series', '安全理事会主席的声明', 'Statement by the President of the Security Council', 'conventions'),
  PV: row('series', '会议逐字记录', 'Verbatim record of a meeting', 'conventions'),
  SR: row('series', '会议简要记录', 'Summary record of a meeting', 'conventions'),
  L: row('series', '限制分发（一般是文件草案）', 'Limited distribution (generally a draft)', 'conventions'),
  CRP: row('series', '会议室文件', 'Conference room paper', 'conventions'),
  INF: row('series', '资料性系列', 'Information series', 'conventions'),
  WP: row('series', '工作文件', 'Working paper', 'conventions'),
  NGO: row('series', '非政府组织的陈述', 'Statement by non-governmental organizations', 'guide'),
  PET: row('series', '请愿书', 'Petition', 'guide'),
  R: row('series', '限制分发或调阅', 'Restricted distribution or access', 'guide'),

  Add: row('suffix', '增编', 'Addendum', 'conventions'),
  Amend: row('suffix', '修正', 'Amendment', 'guide'),
  Corr: row('suffix', '更正', 'Corrigendum', 'guide'),
  Rev: row('suffix', '修订', 'Revision', 'guide'),
  Summary: row('suffix', '摘要版', 'Summary version', 'guide'),
};

/** The asterisk after a symbol (S/1996/636*), from the `guide`. */
export const REISSUED: SymbolComponent = row('suffix', '由于技术原因重新印发', 'Reissued for technical reasons', 'guide');

/**
 * Since when a symbol carries the year or session after its organ, from the `guide`: the Security
 * Council's S/1994/99, the Economic and Social Council's E/1978/99, the General Assembly's session from
 * its 31st (1976), A/31/99. Before, a document was numbered in one series (S/12333, A/520).
 */
export const YEAR_IN_SYMBOL_SINCE: Readonly<Record<'S' | 'E', number>> = { S: 1994, E: 1978 };
export const SESSION_IN_SYMBOL_SINCE = 31;
