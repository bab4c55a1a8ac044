// A well-formed resolution, and one way to break it: each structure rule's test breaks one thing.
export const WELL_FORMED_ZH = [
  '安全理事会，',
  '回顾其以往各项决议，',
  '重申对会员国主权的承诺，',
  '1. 决定延长任务期限；',
  '2. 请秘书长提出报告；',
  '3. 决定继续积极处理此案。',
].join('\n');

export const WELL_FORMED_EN = [
  'The Security Council,',
  'Recalling its previous resolutions,',
  'Deeply concerned by the situation,',
  '1. Decides to extend the mandate;',
  '2. Requests the Secretary-General to report;',
  '3. Decides to remain actively seized of the matter.',
].join('\n');

/** The well-formed text with one line replaced. */
export function withLine(text: string, index: number, line: string): string {
  const lines = text.split('\n');
  lines[index] = line;
  return lines.join('\n');
}
