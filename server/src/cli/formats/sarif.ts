// The sarif format: SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/), one run, for code
// scanning services. Columns count UTF-16 code units, as the LSP positions do; each rule comes with
// its description and help (what, why, a wrong and a right example).
import { pathToFileURL } from 'node:url';
import type { Range } from 'vscode-languageserver-types';
import { isAbsolute, sep } from 'node:path';
import { RULES } from '../../core/rules';
import { RULE_DOCS, type RuleExample } from '../../core/rules/ruleDocs';
import { OTHER_CODES } from '../explain';
import { severityName, type Formatter } from './result';

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

function help(id: string, description: string): { text: string; markdown: string } {
  const doc = RULE_DOCS[id];
  if (!doc) return { text: description, markdown: description };
  const { zh, en } = doc.examples;
  const example = ({ wrong, right }: RuleExample) => `Wrong:\n${wrong}\nRight:\n${right}`;
  const fence = (text: string) => '```\n' + text.trimEnd() + '\n```';
  const fenced = ({ wrong, right }: RuleExample) => `${fence(wrong)}\n\n${fence(right)}`;
  return {
    text: [doc.what.en, doc.why.en, ...en ? [example(en)] : [], example(zh)].join('\n\n'),
    markdown: [doc.what.en, doc.why.en, ...en ? ['**Wrong** / **Right** (English):', fenced(en)] : [], '**错误** / **正确**（中文）：', fenced(zh)].join('\n\n'),
  };
}

/** A relative path as a URI reference under %SRCROOT% (the working folder); an absolute one as a file: URI. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

export const formatSarif: Formatter = (results, { cwd, version }) => {
  const codes = [...RULES, ...OTHER_CODES];
  const index = new Map(codes.map((code, i) => [code.id, i]));
  const rules = codes.map(code => ({
    id: code.id,
    shortDescription: { text: code.description },
    fullDescription: { text: RULE_DOCS[code.id]?.what.en ?? code.description },
    help: help(code.id, code.description),
    defaultConfiguration: { level: LEVEL[code.defaultSeverity as keyof typeof LEVEL] },
  }));
  const region = ({ start, end }: Range) => ({ startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 });
  const findings = results.flatMap(({ file, diagnostics }) => diagnostics.map(d => ({
    ruleId: String(d.code),
    ruleIndex: index.get(String(d.code)),
    level: LEVEL[severityName(d)],
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(file), region: region(d.range) } }],
    // The related places are in the same draft (the other end of a bracket).
    ...d.relatedInformation && {
      relatedLocations: d.relatedInformation.map((related, id) => ({
        id, message: { text: related.message }, physicalLocation: { artifactLocation: artifactLocation(file), region: region(related.location.range) },
      })),
    },
  })));
  const unread = results.filter(r => r.error !== undefined);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'resolint', version, semanticVersion: version, rules } },
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
      columnKind: 'utf16CodeUnits',
      results: findings,
      invocations: [{
        executionSuccessful: unread.length === 0,
        toolExecutionNotifications: unread.map(r => ({
          level: 'error',
          message: { text: `cannot read ${r.file}: ${r.error}` },
          locations: [{ physicalLocation: { artifactLocation: artifactLocation(r.file) } }],
        })),
      }],
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
