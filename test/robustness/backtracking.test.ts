// Drafts made of the shapes that once made a regular expression backtrack in time squared or worse
// (issue 9: a huge or hostile file freezes nothing). Each took from half a minute to hours; the
// test's timeout is the bound. regexComplexity.test.ts keeps new expressions from bringing them back.
import * as assert from 'node:assert/strict';
import { paragraphLabelOf } from '../../server/src/core/features/paragraphNavigation';
import { findParagraphReferencesInSteps } from '../../server/src/core/parse/paragraphReferences';
import { runToEnd } from '../../server/src/core/steps';
import { createView } from '../../server/src/core/text/viewBuilder';
import { service } from '../helpers';

const spaces = (count: number) => ' '.repeat(count);
const codes = (text: string) => (service.getDiagnostics(service.parse(text)) ?? []).map(d => d.code);

describe('drafts that made regular expressions backtrack', function () {
  this.timeout(20_000);

  it('an Option line with 20,000 spaces before a word is no Option header', () => {
    const found = codes(`安全理事会，\n回顾其各项决议，\n1. 决定甲；\nOption 1${spaces(20_000)}x\n2. 决定继续处理此案。`);
    assert.ok(!found.includes('bracket-unresolved'), found.join());
  });

  it('an operative paragraph with 300,000 spaces inside ends with its own mark', () => {
    const found = codes(`安全理事会，\n回顾其各项决议，\n1. 决定${spaces(300_000)}甲；\n2. 决定继续处理此案。`);
    assert.ok(!found.includes('operative-punctuation'), found.join());
  });

  it('a number after 。 followed by 400,000 spaces is read', () => {
    const document = service.parse(`安全理事会，\n回顾其各项决议。1${spaces(400_000)}x`);
    assert.ok(document.view.text.length < 100);
  });

  it('a list of 100,000 paragraph numbers without 段 is no paragraph reference', () => {
    const view = createView(`回顾${'、第0'.repeat(100_000)}，又回顾第3段`);
    assert.deepEqual(runToEnd(findParagraphReferencesInSteps(view, 0, [])).map(r => r.number), [3]);
  });

  it('a Markdown link never closed, 300,000 slashes long, is read as text', () => {
    assert.ok(Array.isArray(codes(`安全理事会，\n回顾[x](${'/'.repeat(300_000)}，\n1. 决定继续处理此案。`)));
  });

  it('an English opener followed by 300,000 commas is quoted without them', () => {
    const found = service.getDiagnostics(service.parse(`The Security Council,\nRecalling${','.repeat(300_000)}x,\n1. Decides to remain seized of the matter.`));
    assert.ok((found ?? []).every(d => d.message.length < 1000));
  });

  it('a last paragraph of 300,000 closing quotes before a word is read', () => {
    assert.ok(Array.isArray(codes(`安全理事会，\n回顾其各项决议，\n注意到${'”'.repeat(300_000)}x。`)));
  });

  it('40,000 resolint comments never closed are no directives', () => {
    assert.equal(service.parse(`安全理事会，\n${'<!-- resolint-disable '.repeat(40_000)}`).directives.length, 0);
  });

  it('a query of 40 sub-item labels and a stray letter names no paragraph', () => {
    assert.equal(paragraphLabelOf(`OP1${'(i)'.repeat(40)}x`), undefined);
    assert.equal(paragraphLabelOf('OP3(a)(ii)'), 'OP3(a)(ii)');
    assert.equal(paragraphLabelOf('执行部分第3段(a)'), 'OP3(a)');
  });
});
