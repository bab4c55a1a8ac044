import { strict as assert } from 'node:assert';
import { allLabels, labeledParagraphs, paragraphAt } from '../../../server/src/core/negotiation/labels';
import { negotiationMarkup, type NegotiationMarkup } from '../../../server/src/core/negotiation/markup';
import { fixture, service } from '../../helpers';

const labels = (text: string) => [...allLabels(service.parse(text))].map(l => l.label);

describe('paragraph labels', () => {
  it('labels preambular paragraphs PP1… and operative ones by their printed numbers, sub-items OP3(a)(ii)', () => {
    const found = labels(fixture('resolution-zh.unres'));
    assert.deepEqual(found.filter(l => l.startsWith('PP')), Array.from({ length: 13 }, (_, i) => `PP${i + 1}`));
    assert.deepEqual(found.filter(l => l.startsWith('OP2')), ['OP2', 'OP2(a)', 'OP2(b)', 'OP2(b)(i)', 'OP2(b)(ii)', 'OP2(c)']);
    assert.equal(found[found.length - 1], 'OP8');
  });

  it('uses the printed number: 1, 2, 4 are OP1, OP2, OP4', () => {
    assert.deepEqual(labels('The Security Council,\nRecalling its resolutions,\n1. Decides;\n2. Requests;\n4. Decides to remain seized.'), ['PP1', 'OP1', 'OP2', 'OP4']);
  });

  it('counts the alternatives of one paragraph as one paragraph, in both languages', () => {
    for (const name of ['negotiation/brackets-en.unres', 'negotiation/brackets-zh.unres']) {
      const document = service.parse(fixture(name));
      const paragraphs = labeledParagraphs(document);
      assert.deepEqual(paragraphs.filter(p => p.kind === 'PP').map(p => [p.label, p.parts.length]), [['PP1', 1], ['PP2', 2], ['PP3', 1]], name);
      const pp2 = paragraphs[1];
      assert.match(document.text.slice(pp2.range.start, pp2.range.end), /^\[(Alt\. 1|备选案文1)[\s\S]*\]$/);
    }
  });

  it('counts an Option block as one paragraph, its header lines as none', () => {
    const document = service.parse(fixture('negotiation/brackets-en.unres'));
    const op6 = labeledParagraphs(document).filter(p => p.label === 'OP6');
    assert.equal(op6.length, 1);
    assert.ok(document.text.slice(op6[0].range.start, op6[0].range.end).endsWith('Decides to remain seized of the matter.'));
    const preambleOptions = 'The Security Council,\nOption 1\nRecalling its resolutions,\nOption 2\nRecalling its earlier resolutions,\nNoting the report,\n1. Decides to remain seized.';
    assert.deepEqual(labels(preambleOptions), ['PP1', 'PP2', 'OP1']);
  });
});

describe('paragraph labels and the outline on a long draft', () => {
  /** Reads of the elements of a markup list, counted. */
  function counted<T>(list: readonly T[], reads: { count: number }): readonly T[] {
    return new Proxy(list, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads.count++;
        return Reflect.get(target, key, receiver);
      },
    });
  }

  it('reads the brackets, headers and blocks of the markup a bounded number of times per paragraph, not once per pair of them', () => {
    for (const count of [400, 1600]) {
      const paragraphs = Array.from({ length: count }, (_, i) => (i % 3 === 2 ? `Option ${i % 2 + 1}\n` : '') + `${i + 1}. 决定[甲]（美国）；`);
      const document = service.parse(`安全理事会，\n回顾其各项决议，\n${paragraphs.join('\n')}`);
      const markup = negotiationMarkup(document) as { -readonly [K in keyof NegotiationMarkup]: NegotiationMarkup[K] };
      assert.ok(markup.spans.length >= count && markup.optionHeaders.length >= Math.floor(count / 3), 'the draft has its brackets and headers');
      const reads = { count: 0 };
      markup.spans = counted(markup.spans, reads);
      markup.optionHeaders = counted(markup.optionHeaders, reads);
      markup.groups = counted(markup.groups, reads);
      const labeled = labeledParagraphs(document);
      // What a scan finds, the first paragraph holding the offset (an Option block's first paragraph holds those under its later headers).
      for (const { bodyStart } of labeled) assert.equal(paragraphAt(document, bodyStart), labeled.find(p => p.range.start <= bodyStart && bodyStart <= p.range.end));
      assert.ok(labeled.length >= count / 3, `${labeled.length} paragraphs labeled`);
      assert.ok(reads.count <= 10 * count, `${reads.count} reads of the markup for ${count} paragraphs`);
    }
  });

  it('marks the bracketed paragraphs of the outline reading each bracket a bounded number of times', () => {
    for (const count of [400, 1600]) {
      // The brackets stand in the first paragraph, the others hold none: each of them once looked at all.
      const document = service.parse(`安全理事会，\n回顾${'[甲]、'.repeat(count)}，\n${'回顾甲，\n'.repeat(count)}1. 决定甲。`);
      const markup = negotiationMarkup(document) as { -readonly [K in keyof NegotiationMarkup]: NegotiationMarkup[K] };
      const reads = { count: 0 };
      markup.spans = counted(markup.spans, reads);
      const preamble = service.getDocumentSymbols(document)[0].children!;
      assert.equal(preamble.length, count + 1);
      assert.deepEqual(preamble.filter(symbol => symbol.detail).map(symbol => symbol.name.slice(0, 3)), ['PP1']);
      assert.ok(reads.count <= 10 * count, `${reads.count} reads of the brackets for ${count} paragraphs`);
    }
  });
});
