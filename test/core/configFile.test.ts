// The configuration file: validated by the standalone validator, each problem at its place.
import { strict as assert } from 'node:assert';
import { mergeSettings, parseConfigFile } from '../../server/src/core';

/** Each problem as [the text it covers, its English message without the file name]. */
function problems(text: string, name = '.resolintrc.json'): [string, string][] {
  return parseConfigFile(text, name).problems.map(p => [text.slice(p.range.start, p.range.end), p.message.en.replace(/^Configuration \S+: /, '')]);
}

describe('configuration file (.resolintrc.json)', () => {
  it('reads every key', () => {
    const text = JSON.stringify({
      $schema: './schemas/resolintrc.schema.json', extends: '../base.json', rules: { 'term-undefined': 'off', 'citation-unknown': 'error' },
      draftLanguage: 'zh', draftDetection: 'always', glossary: 'terms.json', record: 'record.tsv', stage: 'negotiating',
    });
    const { settings, problems: found } = parseConfigFile(text, '.resolintrc.json');
    assert.deepEqual(found, []);
    assert.deepEqual(settings, {
      extends: '../base.json', rules: { 'term-undefined': 'off', 'citation-unknown': 'error' },
      draftLanguage: 'zh', draftDetection: 'always', glossary: 'terms.json', record: 'record.tsv', stage: 'negotiating',
    });
  });

  it('places an unknown rule id on its name, a wrong level on its value, an unknown key on the key', () => {
    const text = '{\n  "rules": { "citation-year": "off", "citation-form": "loud" },\n  "stage": "draft",\n  "colour": true\n}';
    assert.deepEqual(problems(text), [
      ['"citation-year"', 'unknown field "citation-year" (fields: citation-year-mismatch, citation-unknown, citation-date-mismatch, citation-form, citation-list-conjunction, symbol-form, preamble-opener, preamble-punctuation, operative-opener, operative-punctuation, operative-numbering, paragraph-reference, punctuation-width, term-used-before-definition, term-undefined, term-redefined, term-full-after-short, term-inconsistent-short, bracket-unbalanced, bracket-unresolved, proposal-tag-left)'],
      ['"loud"', '"citation-form" must be one of: off, error, warning, information, hint'],
      ['"draft"', '"stage" must be one of: final, negotiating'],
      ['"colour"', 'unknown field "colour" (fields: extends, rules, draftLanguage, draftDetection, glossary, record, stage)'],
    ]);
    assert.equal(parseConfigFile(text, '.resolintrc.json').settings, undefined, 'a file with problems is not used');
  });

  it('JSON is strict in .resolintrc.json; .resolintrc.jsonc allows comments and trailing commas', () => {
    const text = '{\n  // why: official texts leave it undefined\n  "rules": { "term-undefined": "off", },\n}\n';
    assert.deepEqual(problems(text)[0], ['// why: official texts leave it undefined', 'invalid JSON: JSON allows no comments']);
    assert.deepEqual([...new Set(problems(text).slice(1).map(p => p[1]))], ['invalid JSON: a property name in double quotes is expected', 'invalid JSON: a value is missing']);
    assert.deepEqual(parseConfigFile(text, '.resolintrc.jsonc'), { settings: { rules: { 'term-undefined': 'off' } }, problems: [], extendsRange: undefined });
  });

  it('reports an empty file, a wrong type and an empty path, in both languages', () => {
    assert.deepEqual(problems(''), [['', 'the file is empty']]);
    assert.deepEqual(problems('[]'), [['[]', 'the file must be an object']]);
    const text = '{"glossary": " ", "rules": []}';
    assert.deepEqual(problems(text), [['" "', '"glossary" must not be empty'], ['[]', '"rules" must be an object']]);
    assert.equal(parseConfigFile(text, '.resolintrc.json').problems[0].message.zh, '配置文件 .resolintrc.json：“glossary”不能为空');
  });

  it('merges a file over what it extends: its keys win, rules rule by rule', () => {
    const base = { rules: { 'term-undefined': 'off', 'citation-form': 'error' }, draftLanguage: 'en', stage: 'final' } as const;
    const over = { rules: { 'citation-form': 'warning' }, stage: 'negotiating' } as const;
    assert.deepEqual(mergeSettings(base, over), { rules: { 'term-undefined': 'off', 'citation-form': 'warning' }, draftLanguage: 'en', stage: 'negotiating' });
  });
});
