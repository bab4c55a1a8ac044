// Hover text for a cited General Assembly resolution. The shared data holds the Assembly's
// resolutions adopted by a recorded vote and four curated ones; a resolution adopted without a vote is
// usually missing, and the hover says so rather than guess.
import { generalAssemblyRecord } from '../data/gaRecord';
import { formatDate, undocsUrl } from '../format';
import type { ResolutionDocument } from '../parse/document';
import type { CitationItem, DraftLanguage } from '../types';
import { sourceLine } from './citationHover';

const LABELS = {
  zh: {
    organ: '大会决议',
    adopted: '通过日期',
    titleNote: '（标题为联合国数字图书馆的英文说明）',
    notInRecord: (last: string) => `数据中没有此决议。数据只收有记录表决通过的大会决议（至 ${last}）和四项反恐决议；未经表决通过的决议大多缺失。`,
    noSymbol: '无法确定文号：请写出届会，如“第71/291号决议”，1976年以前的决议如“第1514(XV)号决议”。',
  },
  en: {
    organ: 'General Assembly resolution',
    adopted: 'Adopted',
    titleNote: '',
    notInRecord: (last: string) => `Not in the data, which holds the Assembly's resolutions adopted by a recorded vote (to ${last}) and four counter-terrorism resolutions; most adopted without a vote are missing.`,
    noSymbol: 'The symbol cannot be told without the session: write resolution 71/291, or 1514 (XV) before 1976.',
  },
} as const;

/** The hover text for one cited Assembly resolution, in Markdown. */
export function describeAssemblyItem(item: CitationItem, document: ResolutionDocument, messageLanguage: DraftLanguage): string {
  const labels = LABELS[messageLanguage];
  const symbol = item.assemblySymbol;
  if (!symbol) return `**${item.number}** · ${labels.organ}\n\n${labels.noSymbol}`;
  const record = generalAssemblyRecord();
  const recorded = record.get(symbol);
  const link = undocsUrl(symbol, document.language);
  const lines = [`**${symbol}** · ${labels.organ}`];
  if (recorded) {
    lines.push(`${labels.adopted}: ${formatDate(recorded.adopted, document.language)}`);
    lines.push(recorded.titleEn + (document.language === 'zh' ? labels.titleNote : ''));
  } else {
    lines.push(labels.notInRecord(formatDate(record.lastDate, messageLanguage)));
  }
  lines.push(`[${link}](${link})`);
  if (recorded) lines.push(sourceLine(recorded.source, messageLanguage));
  return lines.join('\n\n');
}
