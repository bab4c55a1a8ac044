import { strict as assert } from 'node:assert';
import type { TextDocumentEdit, TextEdit } from 'vscode-languageserver-types';
import { parseGlossaryFile } from '../../server/src/core';
import { service } from '../helpers';

const WHOLE_LINE = { start: { line: 0, character: 0 }, end: { line: 0, character: 200 } };
const target = (text?: string) => ({ uri: 'file:///ws/.resolution-terms.json', text, draftName: 'drafts/a.unres' });

function apply(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

describe('add a definition of the draft to the workspace glossary', () => {
  it('creates .resolution-terms.json with a new entity and where the draft defines it', () => {
    const document = service.parse('欧亚反洗钱和打击资助恐怖主义行为工作组(欧亚工作组)成立');
    const [action, ...rest] = service.getGlossaryActions(document, WHOLE_LINE, target());
    assert.equal(rest.length, 0);
    assert.equal(action.title, '将“欧亚工作组”加入工作区术语表');
    assert.equal(action.kind, 'quickfix');
    const [create, write] = action.edit!.documentChanges!;
    assert.deepEqual(create, { kind: 'create', uri: 'file:///ws/.resolution-terms.json', options: { ignoreIfExists: true } });
    const file = parseGlossaryFile(apply('', (write as TextDocumentEdit).edits as TextEdit[]));
    assert.deepEqual(file.problems, []);
    assert.deepEqual([file.entries[0].zhFull, file.entries[0].zhShort, file.entries[0].source], [
      ['欧亚反洗钱和打击资助恐怖主义行为工作组'], ['欧亚工作组'], ['drafts/a.unres, line 1: 欧亚反洗钱和打击资助恐怖主义行为工作组(欧亚工作组)'],
    ]);
  });

  it('adds a new short form of a known entity to an existing file, keeping its known forms', () => {
    const existing = '{\n  "terms": []\n}\n';
    const document = service.parse('The United Nations Development Programme (UNDEP) and UNDEP');
    const [action] = service.getGlossaryActions(document, WHOLE_LINE, target(existing), { messageLanguage: 'en' });
    assert.equal(action.title, 'Add “UNDEP” to the workspace glossary');
    const file = parseGlossaryFile(apply(existing, action.edit!.changes!['file:///ws/.resolution-terms.json']));
    assert.deepEqual([file.entries[0].enFull, file.entries[0].enShort, file.entries[0].zhFull], [['United Nations Development Programme'], ['UNDP', 'UNDEP'], []]);
  });

  it('offers nothing for definitions every glossary has, off the definition, or when the file is broken', () => {
    assert.deepEqual(service.getGlossaryActions(service.parse('东南亚国家联盟(东盟)'), WHOLE_LINE, target()), []);
    const document = service.parse('甲\n欧亚反洗钱和打击资助恐怖主义行为工作组(欧亚工作组)');
    assert.deepEqual(service.getGlossaryActions(document, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, target()), []);
    assert.deepEqual(service.getGlossaryActions(document, { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, target('{"terms": [')), []);
  });
});
