// The workspace record file on strings: entries merged over the built-in data and answering hover
// with their source, contradictions reported at the entry, a broken file reported where it breaks.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRecordFile, recordFileDiagnostics, type ResolutionRecord } from '../../server/src/core';
import { RECORD_ENTRY_FIELDS, RECORD_TOP_FIELDS } from '../../server/src/core/data/recordSchema';
import { cursor, service } from '../helpers';

const FILE = '/drafts/ws/.resolution-record.json';
const base = service.record;

const json = (resolutions: unknown[]) => JSON.stringify({ resolutions }, null, 2);
const ENTRY_2822 = { number: 2822, date: '2026-06-10', title: 'on the situation in Haiti', source: 'press.un.org/en/2026/sc16390.doc.htm' };
const ENTRY_2820 = { number: 2820, date: '2026-05-15', title: 'on Somalia', source: 'UN press release SC/16360' };

/** The problems of a file as the editor shows them: code, the text they cover, the English message. */
function problemsOf(text: string) {
  const file = parseRecordFile(text, FILE, base);
  return { file, problems: file.problems.map(p => ({ code: p.code, covered: text.slice(p.range.start, p.range.end), en: p.message.en, zh: p.message.zh })) };
}

function hoverText(marked: string, record: ResolutionRecord, messageLanguage?: 'zh' | 'en'): string {
  const { text, offset } = cursor(marked);
  const document = service.parse(text);
  const hover = service.doHover(document, document.lines.positionAt(offset), { messageLanguage, record });
  return (hover?.contents as { value: string } | undefined)?.value ?? '';
}

function codes(text: string, record: ResolutionRecord): string[] {
  return (service.getDiagnostics(service.parse(text), { record }) ?? []).map(d => String(d.code));
}

describe('the workspace record file (.resolution-record.json)', () => {
  it('adds resolutions the data lacks: a newer one and one in a gap', () => {
    const { file, problems } = problemsOf(json([ENTRY_2822, ENTRY_2820]));
    assert.deepEqual(problems, []);
    const record = file.record;
    assert.equal(record.last.number, 2822);
    assert.deepEqual(record.get(2820)?.adopted, { year: 2026, month: 5, day: 15 });
    assert.ok(!record.isGap(2820) && record.isGap(2818));
    assert.equal(record.get(2341), base.get(2341));
    assert.deepEqual(record.sources.map(s => [s.kind, s.file, s.count, s.last?.number]), [['builtin', undefined, 2819, 2821], ['workspace', FILE, 2, 2822]]);
    // The built-in record itself is left as it was.
    assert.equal(base.last.number, 2821);
  });

  it('answers hover with the entry, saying that the workspace file answered', () => {
    const { record } = parseRecordFile(json([ENTRY_2822]), FILE, base);
    const value = hoverText('Recalling resolution 28|22 (2026),', record);
    assert.match(value, /^\*\*S\/RES\/2822 \(2026\)\*\* · Security Council resolution\n\nAdopted: 10 June 2026\n\non the situation in Haiti/);
    assert.match(value, /Source: workspace record file `\/drafts\/ws\/\.resolution-record\.json`, press\.un\.org\/en\/2026\/sc16390\.doc\.htm$/);
    assert.match(hoverText('第2822(2026)|号决议', record), /来源: 工作区记录文件 `\/drafts\/ws\/\.resolution-record\.json`，press\.un\.org/);
    assert.match(hoverText('第2341(2017)|号决议', record), /来源: 内置数据，\[联合国数字图书馆记录 859472\]/);
  });

  it('makes its entries count in the rules: known, checked for their year, and the data ends later', () => {
    const { record } = parseRecordFile(json([ENTRY_2822, ENTRY_2820]), FILE, base);
    assert.deepEqual(codes('第2822(2026)号决议和第2820(2026)号决议', record), []);
    assert.deepEqual(codes('第2822(2025)号决议', record), ['citation-year-mismatch']);
    const [newer] = service.getDiagnostics(service.parse('resolution 2830 (2026)'), { record, messageLanguage: 'en' })!;
    assert.match(newer.message, /newer than the data \(last known: 2822, 10 June 2026\)/);
  });

  it('reports an entry with another date for a known number at its date, and does not use it', () => {
    const text = json([{ number: 2819, date: '2026-04-15', title: 'on Libya', source: 'a news item' }, ENTRY_2822]);
    const { file, problems } = problemsOf(text);
    assert.deepEqual(problems.map(p => [p.code, p.covered]), [['record-contradiction', '"2026-04-15"']]);
    assert.match(problems[0].en, /^Record file \.resolution-record\.json: the built-in data has resolution 2819 adopted on 14 April 2026 \(source: zoek\.officielebekendmakingen\.nl/);
    assert.match(problems[0].en, /not 15 April 2026; this entry is not used\.$/);
    assert.match(problems[0].zh, /^记录文件 \.resolution-record\.json：内置数据记载第2819号决议于2026年4月14日通过/);
    assert.deepEqual(file.record.get(2819)?.adopted, { year: 2026, month: 4, day: 14 });
    assert.equal(file.record.get(2822)?.file, FILE);
  });

  it('accepts an entry that agrees with the built-in data, which still answers', () => {
    const { file, problems } = problemsOf(json([{ number: 2819, date: '2026-04-14', title: 'Libya', source: 'Tractatenblad' }]));
    assert.deepEqual(problems, []);
    assert.equal(file.record.get(2819)?.file, undefined);
  });

  it('reports dates out of order with the neighbours: numbers grow with dates', () => {
    const text = json([{ ...ENTRY_2822, date: '2026-05-01' }, { ...ENTRY_2820, date: '2026-06-01' }]);
    const { file, problems } = problemsOf(text);
    assert.deepEqual(problems.map(p => [p.code, p.covered]), [['record-contradiction', '"2026-05-01"'], ['record-contradiction', '"2026-06-01"']]);
    assert.match(problems[0].en, /resolution 2822 dated 1 May 2026 is out of order with S\/RES\/2821 \(2026\) of 29 May 2026 in the built-in data/);
    assert.match(problems[1].en, /resolution 2820 dated 1 June 2026 is out of order with S\/RES\/2821 \(2026\) of 29 May 2026/);
    assert.equal(file.record.get(2822), undefined);
    assert.equal(file.record.last.number, 2821);
  });

  it('reports bad JSON as record-invalid at the error, and the built-in record serves meanwhile', () => {
    const text = '{\n  "resolutions": [\n    { "number": 2822 "date": "2026-06-10" }\n  ]\n}\n';
    const { file, problems } = problemsOf(text);
    assert.deepEqual(problems.map(p => [p.code, p.en]), [['record-invalid', 'Record file .resolution-record.json: invalid JSON: a comma is missing']]);
    assert.equal(text.slice(file.problems[0].range.start).slice(0, 6), '"date"');
    assert.deepEqual(file.resolutions, []);
    assert.equal(file.record.get(2822), undefined);
    assert.equal(file.record.last, base.last);
    assert.deepEqual(file.record.sources[1], { kind: 'workspace', file: FILE, count: 0, last: undefined, broken: true });
  });

  it('reports each departure from the schema where it is, and uses none of the entries', () => {
    const text = json([
      { number: 2822, date: '2026-02-30', title: 'x', source: 'y' },
      { number: '2823', date: '2026-06-20', title: 'x', source: 'y', organ: 'SC' },
      { number: 2824, date: '2026-06-21', title: ' ' },
      ENTRY_2820,
    ]);
    const { file, problems } = problemsOf(text);
    assert.deepEqual(problems.map(p => [p.code, p.covered.split('\n')[0]]), [
      ['record-invalid', '"2026-02-30"'],
      ['record-invalid', '"2823"'],
      ['record-invalid', '"organ"'],
      ['record-invalid', '" "'],
      ['record-invalid', '{'],
    ]);
    assert.match(problems[0].en, /"date" must be a real date written YYYY-MM-DD/);
    assert.match(problems[4].en, /entry 3 lacks source: each entry needs a number, date, title and source/);
    assert.deepEqual(file.resolutions, []);
    assert.equal(file.record.get(2820), undefined);
  });

  it('reports a number listed twice, an empty file and a file of another shape', () => {
    const twice = problemsOf(json([ENTRY_2822, { ...ENTRY_2822, date: '2026-06-11' }])).problems;
    assert.deepEqual(twice.map(p => [p.code, p.covered]), [['record-invalid', '2822']]);
    assert.match(twice[0].en, /resolution 2822 is listed twice/);
    assert.deepEqual(problemsOf('  \n').problems.map(p => p.en), ['Record file .resolution-record.json: the file is empty']);
    assert.deepEqual(problemsOf('[{"number": 2822}]').problems.map(p => [p.covered, p.en]), [['[{"number": 2822}]', 'Record file .resolution-record.json: expected { "resolutions": [ ... ] }']]);
    assert.deepEqual(problemsOf('{"resolutions": {}}').problems.map(p => p.covered), ['{}']);
    assert.deepEqual(problemsOf('{"resolution": []}').problems.map(p => p.covered), ['{"resolution": []}']);
  });

  it('places problems in UTF-16 positions after astral characters, with CRLF and a byte-order mark', () => {
    const text = '\ufeff{\r\n  "resolutions": [\r\n    { "number": 2822, "date": "2026-06-10", "title": "𠀀𠀀", "source": "x", "extra": 1 }\r\n  ]\r\n}\r\n';
    const { file } = problemsOf(text);
    const [diagnostic] = recordFileDiagnostics(text, file.problems, 'en');
    const line = text.split('\r\n')[2];
    assert.deepEqual(diagnostic.range, { start: { line: 2, character: line.indexOf('"extra"') }, end: { line: 2, character: line.indexOf('"extra"') + 7 } });
    assert.equal(diagnostic.code, 'record-invalid');
    assert.equal(diagnostic.severity, 1);
    assert.equal(diagnostic.source, 'resolint');
    assert.deepEqual(parseRecordFile(text.replace(', "extra": 1', ''), FILE, base).problems, []);
  });

  it('reports a hostile file, nested a hundred thousand levels deep, instead of failing', () => {
    const depth = 100_000;
    const { file, problems } = problemsOf(`{"resolutions": ${'['.repeat(depth)}${']'.repeat(depth)}}`);
    assert.deepEqual(problems.map(p => [p.code, p.en]), [['record-invalid', 'Record file .resolution-record.json: nested more than 64 levels deep: the file is not read']]);
    assert.equal(file.record.last, base.last);
  });

  it('validates what the contributed schema states: the same fields, each required', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '../../schemas/resolution-record.schema.json'), 'utf8'));
    const entry = schema.definitions.resolution;
    assert.deepEqual(entry.required, [...RECORD_ENTRY_FIELDS]);
    assert.deepEqual(Object.keys(entry.properties), [...RECORD_ENTRY_FIELDS]);
    assert.deepEqual(Object.keys(schema.properties), [...RECORD_TOP_FIELDS]);
    assert.equal(entry.additionalProperties, false);
    assert.equal(schema.additionalProperties, false);
    const contributed = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')).contributes.jsonValidation;
    assert.ok(contributed.some((v: { fileMatch: string; url: string }) => v.fileMatch === '.resolution-record.json' && v.url === './schemas/resolution-record.schema.json'));
  });
});
