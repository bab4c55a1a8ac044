// The opening words of paragraphs of official Chinese resolution texts (zh.wikisource and zhonghuashu
// copies of S/RES texts): every one must be recognized, or the opener rules would raise false alarms.
import { strict as assert } from 'node:assert';
import { operativeOpener, preambularOpener } from '../../server/src/core/parse/openers';

const PREAMBULAR: Record<string, string[]> = {
  'S/RES/1985 (2011)': ['回顾其以往各项相关决议', '就此指出，按照专家小组的任务规定', '认定核武器、化学武器和生物武器', '根据《联合国宪章》第七章采取行动'],
  'S/RES/2394 (2017)': ['关切地注意到中东局势紧张', '审议了秘书长2017年12月6日', '又重申其2000年7月17日', '强调指出双方必须遵守', '同意秘书长的结论',
    '对所有违反《部队脱离接触协定》的行为表示严重关切', '强烈谴责隔离区内继续发生交战', '谴责叙利亚武装部队', '赞同秘书长向叙利亚国内冲突各方', '重申安理会准备考虑'],
  'S/RES/2399 (2018)': ['回顾中非共和国负有保护', '表示关切，由于武装团体之间冲突不断', '强调包括政治进程在内', '促请中非共和国当局继续努力'],
  'S/RES/2446 (2018)': ['表示注意到秘书长2018年10月15日的报告', '认定中非共和国局势继续'],
  'S/RES/2505 (2020)': ['回顾其关于也门的', '审议了分别于', '重申赞同也门政府和胡塞武装组织'],
  'S/RES/2660 (2022)': ['重申以往有关阿卜耶伊', '重申坚定致力于苏丹和南苏丹的主权', '认识到阿卜耶伊以及苏丹与南苏丹边界沿线'],
  'S/RES/2693 (2023)': ['欢迎中非共和国当局与区域和国际伙伴协调', '重申执行《中非共和国和平与和解政治协议》'],
  'S/RES/2745 (2024)': ['重点指出安理会在本决议中', '表示尤为关切据报非法跨国贩运网络', '谴责跨境犯罪活动', '表示关切苏丹危机'],
  'S/RES/2774 (2025)': ['哀悼整个俄罗斯联邦-乌克兰冲突期间', '重申《联合国宪章》所表达的'],
};

const OPERATIVE: Record<string, string[]> = {
  'S/RES/1985 (2011)': ['决定把第1874(2009)号决议第26段', '请专家小组最迟于2011年11月12日'],
  'S/RES/2505 (2020)': ['决定把联合国支助荷台达协议特派团', '还决定，为支持各方'],
  'S/RES/2660 (2022)': ['决定将第1990(2011)号决议第2段', '维持2609(2021)号决议第4和5段', '敦促苏丹政府和南苏丹政府'],
};

describe('paragraph openers of official Chinese resolution texts', () => {
  for (const [symbol, openings] of Object.entries(PREAMBULAR)) {
    it(`recognizes the preambular openers of ${symbol}`, () => {
      for (const opening of openings) assert.ok(preambularOpener(opening, 'zh'), opening);
    });
  }
  for (const [symbol, openings] of Object.entries(OPERATIVE)) {
    it(`recognizes the operative verbs of ${symbol}`, () => {
      for (const opening of openings) assert.ok(operativeOpener(opening, 'zh'), opening);
    });
  }

  it('does not take a noun or a subject for an opener', () => {
    for (const opening of ['秘书长的报告已经提交', '安理会成员国认为', '中非共和国局势']) {
      assert.equal(preambularOpener(opening, 'zh'), undefined, opening);
    }
  });
});
