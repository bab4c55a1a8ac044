// How current the data is: for each source (the built-in Security Council record, the built-in
// General Assembly record, the workspace record file) how many resolutions it holds and the newest,
// and what is still missing. The editor's "Show data currency" and `resolint --data` print it.
import { generalAssemblyRecord } from '../data/gaRecord';
import type { RecordSource, ResolutionRecord } from '../data/record';
import { RECORD_FILE_NAME } from '../data/recordFile';
import { formatDate, resolutionSymbol } from '../format';
import type { CalendarDate, DraftLanguage } from '../types';

export interface DataSourceCurrency {
  readonly kind: 'securityCouncil' | 'generalAssembly' | 'workspace';
  /** The workspace record file. */
  readonly file?: string;
  readonly count: number;
  /** S/RES/2821 (2026), A/RES/80/4; undefined for a workspace file without entries. */
  readonly lastSymbol?: string;
  readonly lastDate?: CalendarDate;
  /** The built-in Security Council data: the date of its latest revision (ISO). */
  readonly revised?: string;
  /** A workspace file that is not well formed: none of its entries is used. */
  readonly broken?: boolean;
  /** Numbers below the last that this source lacks, as ranges. */
  readonly gaps?: readonly (readonly [number, number])[];
}

export interface DataCurrency {
  readonly sources: readonly DataSourceCurrency[];
  /** How many resolutions came from the workspace record file (0 without one). */
  readonly workspaceEntries: number;
  /** Numbers below the last that neither the built-in data nor the workspace file has. */
  readonly missing: readonly (readonly [number, number])[];
}

function securityCouncilSource(source: RecordSource, gaps: DataSourceCurrency['gaps']): DataSourceCurrency {
  const last = source.last;
  return {
    kind: source.kind === 'builtin' ? 'securityCouncil' : 'workspace',
    ...(source.file !== undefined ? { file: source.file } : {}),
    count: source.count,
    ...(last ? { lastSymbol: resolutionSymbol(last.number, last.adopted.year), lastDate: last.adopted } : {}),
    ...(source.revised !== undefined ? { revised: source.revised } : {}),
    ...(source.broken ? { broken: true } : {}),
    ...(gaps ? { gaps } : {}),
  };
}

export function getDataCurrency(record: ResolutionRecord, builtIn: ResolutionRecord): DataCurrency {
  const assembly = generalAssemblyRecord();
  const [securityCouncil, ...workspace] = record.sources;
  return {
    sources: [
      securityCouncilSource(securityCouncil, builtIn.gaps),
      { kind: 'generalAssembly', count: assembly.count, lastSymbol: assembly.lastSymbol, lastDate: assembly.lastDate },
      ...workspace.map(source => securityCouncilSource(source, undefined)),
    ],
    workspaceEntries: workspace.reduce((sum, source) => sum + source.count, 0),
    missing: record.gaps,
  };
}

const resolutions = (count: number) => `${count} resolution${count === 1 ? '' : 's'}`;
const ranges = (gaps: readonly (readonly [number, number])[], separator: string) =>
  gaps.map(([first, last]) => (first === last ? `${first}` : `${first}–${last}`)).join(separator);

const TEXT = {
  zh: {
    last: (source: DataSourceCurrency) => source.lastSymbol ? `，最后一项 ${source.lastSymbol}，${formatDate(source.lastDate!, 'zh')}通过` : '',
    securityCouncil: (s: DataSourceCurrency) => `安全理事会决议，内置数据（${s.revised} 修订）：${s.count} 项${TEXT.zh.last(s)}${s.gaps?.length ? `；其中缺 ${ranges(s.gaps, '、')}` : ''}。`,
    generalAssembly: (s: DataSourceCurrency) => `大会决议，内置数据：${s.count} 项（经记录表决通过的决议及四项反恐决议；未经表决通过的大多缺失）${TEXT.zh.last(s)}。`,
    workspace: (s: DataSourceCurrency) => (s.broken ? `工作区记录文件 ${s.file} 有错误，未予使用（见该文件上的问题）。` : `工作区记录文件 ${s.file}：${s.count} 项${TEXT.zh.last(s)}。`),
    noWorkspace: `没有工作区记录文件（${RECORD_FILE_NAME}）。`,
    fromWorkspace: (count: number) => `来自工作区的决议：${count} 项。`,
    missing: (gaps: DataCurrency['missing']) => (gaps.length ? `安理会决议中仍缺：${ranges(gaps, '、')}。` : '安理会决议至最后一项均已齐全。'),
  },
  en: {
    last: (source: DataSourceCurrency) => source.lastSymbol ? `, the last ${source.lastSymbol} of ${formatDate(source.lastDate!, 'en')}` : '',
    securityCouncil: (s: DataSourceCurrency) => `Security Council, built-in data (revised ${s.revised}): ${resolutions(s.count)}${TEXT.en.last(s)}${s.gaps?.length ? `; missing: ${ranges(s.gaps, ', ')}` : ''}.`,
    generalAssembly: (s: DataSourceCurrency) => `General Assembly, built-in data: ${resolutions(s.count)} (those adopted by a recorded vote and four counter-terrorism ones; most adopted without a vote are missing)${TEXT.en.last(s)}.`,
    workspace: (s: DataSourceCurrency) => (s.broken ? `Workspace record file ${s.file}: broken, not used (see the problems on the file).` : `Workspace record file ${s.file}: ${resolutions(s.count)}${TEXT.en.last(s)}.`),
    noWorkspace: `No workspace record file (${RECORD_FILE_NAME}).`,
    fromWorkspace: (count: number) => `Resolutions from the workspace: ${count}.`,
    missing: (gaps: DataCurrency['missing']) => (gaps.length ? `Security Council resolutions still missing: ${ranges(gaps, ', ')}.` : 'No Security Council resolution is missing up to the last.'),
  },
} as const;

/** The currency as lines of text, one per source, then the workspace's share and what it leaves missing. */
export function formatDataCurrency(currency: DataCurrency, language: DraftLanguage): string {
  const text = TEXT[language];
  const lines = currency.sources.map(source => text[source.kind](source));
  if (currency.sources.some(source => source.kind === 'workspace')) {
    lines.push(text.fromWorkspace(currency.workspaceEntries), text.missing(currency.missing));
  } else {
    lines.push(text.noWorkspace);
  }
  return lines.join('\n');
}
