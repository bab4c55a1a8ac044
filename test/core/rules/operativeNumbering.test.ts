import { strict as assert } from 'node:assert';
import { applyFix, diagnose, fixture } from '../../helpers';
import { WELL_FORMED_ZH } from './structureRules.fixtures';

const RULE = 'operative-numbering';

const draft = (numbers: number[], extra = '') => [
  '安全理事会，', '回顾其以往各项决议，',
  ...numbers.map((n, i) => `${n}. ${i === numbers.length - 1 ? '决定继续积极处理此案。' : `请秘书长提出第${i + 1}份报告；`}`),
  extra,
].join('\n');

describe(RULE, () => {
  it('finds a gap, a duplicate, disorder and a wrong start', () => {
    assert.deepEqual(diagnose(draft([1, 2, 4, 5]), RULE).map(d => [d.covered, d.message]), [['4', '执行段落编号从2跳到4，中间有缺号。']]);
    assert.deepEqual(diagnose(draft([1, 2, 2, 3]), RULE).map(d => d.covered), ['2']);
    assert.match(diagnose(draft([1, 3, 2]), RULE, 'en').map(d => d.message).join(' / '), /comes after 3: out of order/);
    assert.match(diagnose(draft([2, 3]), RULE)[0].message, /应编为1/);
  });

  it('renumbers as its fix, and rewrites the references to moved paragraphs', () => {
    const text = draft([1, 2, 4, 5, 6], '7. 又请秘书长按上文第4段和第5段的要求提出报告；');
    const renumbered = applyFix(text, diagnose(text, RULE)[0]);
    assert.deepEqual(renumbered.split('\n').filter(l => /^\d/.test(l)).map(l => l.split(' ')[0]), ['1.', '2.', '3.', '4.', '5.', '6.']);
    assert.match(renumbered, /按上文第3段和第4段的要求/);
    assert.deepEqual(diagnose(renumbered, RULE), []);
  });

  it('leaves references to other resolutions alone when renumbering', () => {
    const text = draft([1, 3], '').replace('回顾其以往各项决议，', '回顾第2322(2016)号决议第3段，');
    assert.match(applyFix(text, diagnose(text, RULE)[0]), /第2322\(2016\)号决议第3段/);
  });

  it('is silent on well-formed resolutions and on the corpus', () => {
    for (const text of [WELL_FORMED_ZH, fixture('resolution-zh.unres'), fixture('resolution-en.unres'), fixture('corpus-003.txt')]) {
      assert.deepEqual(diagnose(text, RULE), []);
    }
  });
});
