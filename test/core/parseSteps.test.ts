// The parse in steps (service.parseInSteps): the server runs it in slices so that a hover on another
// draft need not wait for a whole parse. Its steps are the readers, and its document is parse's.
import { strict as assert } from 'node:assert';
import { fixture, service } from '../helpers';
import { createView } from '../../server/src/core/text/viewBuilder';
import { findCitationsInSteps } from '../../server/src/core/parse/citations';
import { findParagraphReferencesInSteps } from '../../server/src/core/parse/paragraphReferences';

describe('the parse in steps', () => {
  for (const name of ['corpus-003.txt', 'corpus-004.txt']) {
    it(`gives the document parse gives (${name}), a reader at each step`, () => {
      const text = fixture(name);
      const steps = service.parseInSteps(text);
      let count = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) count++;
      assert.ok(count >= 4, `${count} steps`);
      const { view: _a, lines: _b, glossary: _c, ...stepped } = step.value;
      const { view: _d, lines: _e, glossary: _f, ...whole } = service.parse(text);
      assert.deepEqual(JSON.parse(JSON.stringify(stepped)), JSON.parse(JSON.stringify(whole)));
      assert.deepEqual(service.getDiagnostics(step.value), service.getDiagnostics(service.parse(text)));
    });
  }

  // Hostile drafts: the citations and the structure are read a few hundred citations or a few
  // thousand lines at a step, so that no step grows with the draft.
  const hostile: [string, string, number][] = [
    ['20,000 citations with a wrong year', `安全理事会，\n回顾${'第2195(2015)号决议，'.repeat(20_000)}`, 20_000 / 256],
    ['10,000 English citations in lists', `The Security Council,\nRecalling ${'resolution 2195(2015), '.repeat(10_000)}`, 10_000 / 512],
    ['20,000 one-line operative paragraphs', `安全理事会，\n${'1. 甲\n'.repeat(20_000)}`, (3 * 20_000) / 512],
  ];
  for (const [what, text, least] of hostile) {
    it(`reads ${what} in as many steps as its size asks, to the same document`, function () {
      this.timeout(20_000);
      const steps = service.parseInSteps(text);
      let count = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) count++;
      assert.ok(count >= least, `${count} steps, at least ${least} expected`);
      assert.deepEqual(
        JSON.parse(JSON.stringify({ ...step.value, view: 0, lines: 0, glossary: 0 })),
        JSON.parse(JSON.stringify({ ...service.parse(text), view: 0, lines: 0, glossary: 0 })),
      );
    });
  }

  it('reads paragraph references stretch by stretch without losing one at a stretch\'s end', () => {
    // Paragraphs made only of references (第N段 after 第N段), over five stretches of 65,536 characters:
    // a stretch cut inside a reference would cut it in two.
    const paragraphs = Array.from({ length: 4_000 }, (_, i) => `${i + 1}. 决定：${Array.from({ length: 20 }, (_, k) => `第${((i + k) % 900) + 1}段`).join('')}；`);
    const text = `安全理事会，\n回顾其以往各项决议，\n${paragraphs.join('\n')}\n`;
    const { paragraphReferences } = service.parse(text);
    assert.equal(paragraphReferences.length, 4_000 * 20);
    for (const reference of paragraphReferences) {
      assert.equal(text.slice(reference.numberRange.start - 1, reference.numberRange.end + 1), `第${reference.number}段`);
    }
  });

  it('reads paragraph references in stretches of a draft that has no 。 or ； at all', () => {
    const view = createView(`回顾${'第2195(2015)号决议，'.repeat(20_000)}又回顾第3和4段`);
    const steps = findParagraphReferencesInSteps(view, 0, []);
    let count = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) count++;
    assert.ok(count >= view.text.length / 65_536 - 1, `${count} steps for ${view.text.length} characters`);
    assert.deepEqual(step.value.map(reference => reference.number), [3, 4]);
  });

  it('takes the options parse takes: the draft language named by a configuration', () => {
    const steps = service.parseInSteps('安全理事会，\n回顾第2341(2017)号决议，\n', { language: 'en' });
    let step = steps.next();
    while (!step.done) step = steps.next();
    assert.equal(step.value.language, 'en');
  });

  it('pauses the citation reader every 65,536 characters of prose between citations, and no more often', () => {
    // 300 paragraphs of about a thousand characters, one citation each: too few citations to pause for.
    const paragraph = `回顾第2341(2017)号决议，${'强调必须加强国际合作，防止恐怖分子袭击关键基础设施。'.repeat(40)}\n`;
    const text = paragraph.repeat(300);
    const steps = findCitationsInSteps(createView(text));
    let count = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) count++;
    assert.equal(step.value.length, 300);
    const least = Math.floor(text.length / 65_536);
    assert.ok(count >= least && count <= least + 2, `${count} steps for ${text.length} characters`);
  });
});
