// resolint's output formats, from the built command: SARIF validated against the official 2.1.0
// schema with exactly the findings of the JSON run; GitHub annotations; JUnit; colour on request only.
import * as assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import type { Diagnostic } from 'vscode-languageserver-types';
import { ROOT } from '../server/lspClient';
import { ensureCliBundle, folderWith, resolintBin } from './spawnCli';

interface SarifPhysicalLocation {
  artifactLocation: { uri: string; uriBaseId?: string };
  region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: SarifPhysicalLocation }[];
  relatedLocations?: { physicalLocation: SarifPhysicalLocation }[];
}

describe('resolint output formats (built command)', function () {
  this.timeout(60_000);
  let folder: string;
  before(() => {
    ensureCliBundle();
    // An astral character before a finding, a file named in Chinese, and an unreadable path.
    folder = folderWith({
      'drafts/草案.unres': '安全理事会，\n\n𠀀回顾第2195(2015)号决议，又回顾第2341(2017)决议,\n\n1. 决定继续处理此案；\n\n3. 请秘书长报告。\n',
      'drafts/b.unres': readFileSync(join(ROOT, 'examples', 'draft-en.unres'), 'utf8'),
      // A bracket never closed: a finding with related information (where the bracketed text runs to).
      'drafts/c.unres': readFileSync(join(ROOT, 'test', 'fixtures', 'negotiation', 'unbalanced-en.unres'), 'utf8'),
    });
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  const run = (format: string, ...paths: string[]) => resolintBin(['--format', format, ...paths.length ? paths : ['drafts', 'missing.unres']], { cwd: folder });

  it('SARIF validates against the SARIF 2.1.0 schema and has exactly the findings of the JSON run', () => {
    const sarif = run('sarif');
    assert.equal(sarif.status, 2, 'an unreadable path: exit 2');
    const log = JSON.parse(sarif.stdout);
    const schema = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false, logger: false }).compile(schema);
    assert.ok(validate(structuredClone(log)), JSON.stringify(validate.errors, null, 2));

    const json = JSON.parse(run('json').stdout) as { file: string; diagnostics?: Diagnostic[]; error?: string }[];
    const fromJson = json.flatMap(r => (r.diagnostics ?? []).map(d =>
      [r.file, d.code, d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1, d.message].join('|')));
    const [runLog] = log.runs;
    const fromSarif = (runLog.results as SarifResult[]).map(r => {
      const { artifactLocation, region } = r.locations[0].physicalLocation;
      return [decodeURIComponent(artifactLocation.uri), r.ruleId, region.startLine, region.startColumn, region.endLine, region.endColumn, r.message.text].join('|');
    });
    assert.ok(fromJson.length > 5);
    assert.deepEqual(fromSarif, fromJson);

    assert.equal(runLog.columnKind, 'utf16CodeUnits');
    const astral = (runLog.results as SarifResult[]).find(r => r.ruleId === 'citation-year-mismatch' && r.locations[0].physicalLocation.artifactLocation.uri.includes('%E8%8D%89'))!;
    assert.equal(astral.locations[0].physicalLocation.region.startColumn, 11, '𠀀 counts two UTF-16 code units');
    const rules = runLog.tool.driver.rules as { id: string; help: { text: string; markdown: string }; defaultConfiguration: { level: string } }[];
    for (const r of runLog.results as SarifResult[]) assert.equal(rules[r.ruleIndex].id, r.ruleId);
    const unbalanced = (runLog.results as SarifResult[]).find(r => r.ruleId === 'bracket-unbalanced')!;
    assert.deepEqual(unbalanced.relatedLocations?.map(({ physicalLocation: { artifactLocation, region } }) => [artifactLocation.uri, region.startLine, region.startColumn]),
      [['drafts/c.unres', 6, 52]], 'the end of the draft, in the same file');
    const mismatch = rules.find(r => r.id === 'citation-year-mismatch')!;
    assert.equal(mismatch.defaultConfiguration.level, 'error');
    assert.match(mismatch.help.text, /2195 \(2015\)/);
    assert.match(mismatch.help.markdown, /回顾第2195\(2014\)号决议/);
    assert.equal(runLog.invocations[0].executionSuccessful, false);
    assert.match(runLog.invocations[0].toolExecutionNotifications[0].message.text, /cannot read missing\.unres/);
  });

  it('github: one workflow command per finding, with its place, and the unreadable path as an error', () => {
    const { stdout } = run('github');
    const lines = stdout.trimEnd().split('\n');
    assert.equal(lines[lines.length - 1], '::error file=missing.unres,title=resolint::cannot read missing.unres: no such file or folder', 'in input order');
    const json = JSON.parse(run('json').stdout) as { diagnostics?: Diagnostic[] }[];
    assert.equal(lines.length - 1, json.reduce((n, r) => n + (r.diagnostics?.length ?? 0), 0));
    assert.ok(lines.includes('::error file=drafts/草案.unres,line=3,col=11,endLine=3,endColumn=15,title=resolint citation-year-mismatch::第2195号决议于2014年12月19日通过，年份应为2014，不是2015。'), lines.join('\n'));
    assert.ok(lines.some(l => /^::warning file=drafts\/b\.unres,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=resolint citation-form::/.test(l)));
    assert.ok(lines.some(l => l.startsWith('::notice ')), 'information is a notice');
  });

  it('junit: one suite per file, one failed case per finding', () => {
    const { stdout } = run('junit');
    const json = JSON.parse(run('json').stdout) as { file: string; diagnostics?: Diagnostic[] }[];
    assert.match(stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="resolint" tests="\d+">\n/);
    const suites = [...stdout.matchAll(/<testsuite name="([^"]*)" tests="(\d+)"/g)].map(m => [m[1], Number(m[2])]);
    assert.deepEqual(suites, json.map(r => [r.file, r.diagnostics?.length ?? 1]));
    assert.equal((stdout.match(/<failure /g) ?? []).length, json.reduce((n, r) => n + (r.diagnostics?.length ?? 0), 0));
    assert.match(stdout, /<testcase name="citation-year-mismatch 3:11" classname="drafts\/草案\.unres"><failure message="第2195号决议/);
    assert.ok(stdout.trimEnd().endsWith('</testsuites>'));
  });

  it('text: colour only when asked for (FORCE_COLOR), never with NO_COLOR; the first line stays plain to parse', () => {
    const plain = resolintBin(['drafts'], { cwd: folder });
    assert.doesNotMatch(plain.stdout, /\x1b\[/);
    const forced = resolintBin(['drafts'], { cwd: folder, env: { FORCE_COLOR: '1' } });
    assert.match(forced.stdout, /\x1b\[31merror\x1b\[39m/);
    assert.equal(forced.stdout.replace(/\x1b\[\d+m/g, ''), plain.stdout);
    assert.doesNotMatch(resolintBin(['drafts'], { cwd: folder, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout, /\x1b\[/);
  });

  it('text: the source line with a caret under the range, wide characters counted as two columns, and a summary', () => {
    const { stdout } = resolintBin(['drafts/草案.unres'], { cwd: folder });
    const lines = stdout.split('\n');
    const at = lines.indexOf('drafts/草案.unres:3:11 error citation-year-mismatch 第2195号决议于2014年12月19日通过，年份应为2014，不是2015。');
    assert.ok(at >= 0, stdout);
    assert.equal(lines[at + 1], '    𠀀回顾第2195(2015)号决议，又回顾第2341(2017)决议,');
    // 𠀀 and 回顾第 are wide (2 columns each), 2195( five narrow ones: the caret starts at column 4 + 8 + 5.
    assert.equal(lines[at + 2], `    ${' '.repeat(13)}^^^^`);
    assert.equal(lines[lines.length - 2], '✖ 5 problems (1 error, 3 warnings, 1 information)');
  });
});
