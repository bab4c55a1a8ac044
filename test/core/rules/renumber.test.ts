// The renumbering behind operative-numbering's fix and the editor's command: each paragraph gets its
// place, and each reference to a paragraph follows it (a number written twice: its first paragraph).
import { strict as assert } from 'node:assert';
import { renumberEdits } from '../../../server/src/core/rules/renumber';
import { service } from '../../helpers';

/** Each edit as the text it replaces, its offset and the new text, in the order given. */
function edits(text: string): [string, number, string][] {
  return renumberEdits(service.parse(text)).map(e => [text.slice(e.range.start, e.range.end), e.range.start, e.newText]);
}

describe('renumbering operative paragraphs', () => {
  const draft = [
    '安全理事会，', '回顾其以往各项决议，',
    '1. 决定甲；', '1. 决定乙；', '4. 决定按上文第4段行事；', '3. 又决定按上文第1段和第9段行事。', '',
  ].join('\n');

  it('numbers the paragraphs 1, 2, 3… and moves the references with them, in text order', () => {
    const at = (needle: string, from = 0) => draft.indexOf(needle, from);
    const second = at('1. 决定乙');
    const third = at('4. 决定按');
    const fourth = at('3. 又决定');
    assert.deepEqual(edits(draft), [
      ['1', second, '2'],
      ['4', third, '3'],
      ['4', at('第4段', third) + 1, '3'],
      ['3', fourth, '4'],
    ]);
  });

  it('leaves a reference to a number no paragraph has, and one whose paragraph keeps its number', () => {
    const touched = new Set(edits(draft).map(([, offset]) => offset));
    assert.ok(!touched.has(draft.indexOf('第1段') + 1), '第1段: the first paragraph stays 1');
    assert.ok(!touched.has(draft.indexOf('第9段') + 1), '第9段: no such paragraph');
  });

  it('makes no edit when the numbering is right', () => {
    assert.deepEqual(edits('安全理事会，\n回顾其以往各项决议，\n1. 决定甲；\n2. 决定按上文第1段行事。\n'), []);
  });
});
