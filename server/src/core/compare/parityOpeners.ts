// The opening formulas of paragraphs that a Chinese and an English text share, from the parallel
// rows of shared/data/phrases.tsv (Recalling 回顾, Decides to remain actively seized of the matter
// 决定继续积极处理此案, Requests 请…): the same formula on both sides helps pair two paragraphs that
// have nothing else in common. Each formula is one key for both languages.

/** [key, Chinese openings, English openings], the longer formulas first where one opens another. */
const FORMULAS: readonly [string, readonly string[], readonly string[]][] = [
  ['seized', ['决定继续积极处理此案', '决定继续处理此案'], ['Decides to remain actively seized of the matter', 'Decides to remain seized of the matter']],
  ['recall', ['回顾', '又回顾', '还回顾'], ['Recalling']],
  ['reaffirm', ['重申'], ['Reaffirming', 'Reaffirms']],
  ['takeNote', ['表示注意到'], ['Taking note of']],
  ['welcome', ['欢迎'], ['Welcoming']],
  ['noteWithAppreciation', ['赞赏地注意到'], ['Noting with appreciation']],
  ['underscore', ['强调'], ['Underscoring']],
  ['underline', ['再次着重指出'], ['Underlining once again']],
  ['gravestConcern', ['表示最严重地关切'], ['Expressing its gravest concern']],
  ['determine', ['认定'], ['Determining']],
  ['chapterVII', ['根据《联合国宪章》第七章采取行动'], ['Acting under Chapter VII of the Charter of the United Nations']],
  ['decide', ['决定'], ['Decides']],
  ['request', ['请'], ['Requests']],
  ['callUpon', ['促请', '吁请'], ['Calls upon']],
  ['stronglyUrge', ['强烈敦促'], ['Strongly urges']],
  ['condemnStrongest', ['最强烈地谴责'], ['Condemns in the strongest terms']],
  ['stronglyCondemn', ['强烈谴责'], ['Strongly condemns']],
  ['authorize', ['授权'], ['Authorizes']],
];

const OPENINGS: readonly [string, string][] = FORMULAS
  .flatMap(([key, zh, en]) => [...zh, ...en].map(opening => [opening, key] as [string, string]))
  .sort((a, b) => b[0].length - a[0].length);

/** The formula a paragraph's words open with, as one key for both languages; undefined for none of these. */
export function openingFormula(words: string): string | undefined {
  return OPENINGS.find(([opening]) => words.startsWith(opening))?.[1];
}
