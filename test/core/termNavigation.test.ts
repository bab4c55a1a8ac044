import { strict as assert } from 'node:assert';
import type { ResolutionDocument } from '../../server/src/core';
import { cursor, fixture, service } from '../helpers';

const DRAFT = [
  '安全理事会，',
  '欢迎国际民用航空组织(民航组织)的工作，',
  '请民航组织与 ICAO 理事会合作，',
  '又请民|航组织提交报告。',
].join('\n');

function at(marked: string): { document: ResolutionDocument; position: { line: number; character: number } } {
  const { text, offset } = cursor(marked);
  const document = service.parse(text);
  return { document, position: document.lines.positionAt(offset) };
}

/** The text each range covers. */
function covered(document: ResolutionDocument, ranges: { start: { line: number; character: number }; end: { line: number; character: number } }[]): string[] {
  return ranges.map(r => document.text.slice(document.lines.offsetAt(r.start), document.lines.offsetAt(r.end)));
}

describe('navigation over names of UN bodies', () => {
  it('goes from a short form to the draft\'s definition', () => {
    const { document, position } = at(DRAFT);
    assert.deepEqual(covered(document, service.findDefinition(document, position)), ['国际民用航空组织(民航组织)']);
  });

  it('goes to both definitions of a name defined twice, and nowhere for an undefined one', () => {
    const { document, position } = at('东南亚国家联盟(东盟)，东南亚国家联盟(东盟)，东|盟');
    assert.equal(service.findDefinition(document, position).length, 2);
    const undefinedName = at('反恐执|行局');
    assert.deepEqual(service.findDefinition(undefinedName.document, undefinedName.position), []);
  });

  it('finds every name of the entity, the acronym too; the definition only when asked', () => {
    const { document, position } = at(DRAFT);
    assert.deepEqual(covered(document, service.findReferences(document, position, true)), ['国际民用航空组织', '民航组织', '民航组织', 'ICAO', '民航组织']);
    assert.deepEqual(covered(document, service.findReferences(document, position, false)), ['民航组织', 'ICAO', '民航组织']);
  });

  it('highlights the names of the definition as written, the others as read', () => {
    const { document, position } = at(DRAFT);
    assert.deepEqual(service.getDocumentHighlights(document, position).map(h => h.kind), [3, 3, 2, 2, 2]);
  });

  it('answers nothing off a name', () => {
    const { document, position } = at('各会|员国');
    assert.deepEqual(service.findReferences(document, position, true), []);
    assert.deepEqual(service.getDocumentHighlights(document, position), []);
  });

  it('finds the references of 毒品和犯罪问题办公室 in corpus 003, across line breaks', () => {
    const text = fixture('corpus-003.txt');
    const document = service.parse(text);
    const offset = text.indexOf('毒品和犯罪问题办公室)');
    const references = covered(document, service.findReferences(document, document.lines.positionAt(offset), true)).map(t => t.replace(/\s/g, ''));
    assert.equal(references[0], '联合国毒品和犯罪问题办公室');
    assert.ok(references.length > 20 && references.slice(1).every(r => r === '毒品和犯罪问题办公室'), references.join());
    assert.deepEqual(covered(document, service.findDefinition(document, document.lines.positionAt(offset))).map(t => t.replace(/\s/g, '')), ['联合国毒品和犯罪问题办公室(毒品和犯罪问题办公室)']);
  });
});
