import { strict as assert } from 'node:assert';
import { cursor, fixture, service } from '../helpers';

function complete(marked: string): string[] {
  const { text, offset } = cursor(marked);
  const document = service.parse(text);
  return service.doComplete(document, document.lines.positionAt(offset)).map(item => item.label);
}

describe('completion', () => {
  it('offers the recorded year after 第2341( and in lists', () => {
    assert.deepEqual(complete('重申第2341(|'), ['2017)号决议']);
    assert.deepEqual(complete('重申第2341（|'), ['2017）号决议']);
    assert.deepEqual(complete('第1373(2001)、2178(|'), ['2014)号决议']);
  });

  it('offers the year after resolution 2341 ( and S/RES/2341(', () => {
    assert.deepEqual(complete('Reaffirming resolution 2341 (|'), ['2017)']);
    assert.deepEqual(complete('see S/RES/2341(|'), ['2017)']);
  });

  it('offers nothing for a number the record lacks', () => {
    assert.deepEqual(complete('第9999(|'), []);
  });

  it('offers preambular openers in the preamble and operative verbs in the operative part', () => {
    const preamble = complete('安全理事会，\n回顾其决议，\n|');
    assert.ok(preamble.includes('回顾') && preamble.includes('表示关切') && !preamble.includes('决定'));
    const operative = complete('安全理事会，\n回顾其决议，\n1. 决定延长；\n2. |');
    assert.ok(operative.includes('决定') && operative.includes('请') && !operative.includes('又回顾'));
    const english = complete('The Security Council,\n|');
    assert.ok(english.includes('Recalling') && english.includes('Deeply concerned'));
  });

  it('offers glossary names for the characters typed, and the definition form on first use', () => {
    const items = complete('请会员国执行反恐|');
    assert.ok(items.includes('反恐执行局'));
    assert.ok(items.includes('反恐怖主义委员会执行局(反恐执行局)'));
    const later = complete('反恐怖主义委员会执行局(反恐执行局)开展评估。请反恐|');
    assert.ok(later.includes('反恐执行局') && !later.includes('反恐怖主义委员会执行局(反恐执行局)'));
    assert.deepEqual(complete('《联合国宪|'), ['《联合国宪章》']);
    assert.ok(complete('Requests CTE|').includes('CTED'));
  });

  it('offers no openers in the middle of a sentence or outside a resolution', () => {
    assert.ok(!complete('安全理事会，\n回顾其决议，并|').includes('回顾'));
    assert.deepEqual(complete(fixture('corpus-003.txt').slice(0, 200) + '|'), []);
  });
});
