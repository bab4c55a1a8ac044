// The workspace record file, `.resolution-record.json`: Security Council resolutions the built-in
// data lacks (newer ones, or those in its gaps), each with the text that attests it. A file that
// is not well formed is not used at all; an entry that contradicts the built-in data is reported
// and left out, the rest used. Every problem is reported where it is, on the file itself.
import { findNodeAtLocation, getNodeValue, type Node } from 'jsonc-parser/lib/esm/main';
import type { Diagnostic } from 'vscode-languageserver-types';
import { compareDates, formatDate, resolutionSymbol } from '../format';
import type { DraftLanguage, OffsetRange } from '../types';
import type { JsonLimitProblem } from './jsonLimits';
import { fileProblemDiagnostics, parseJsonTree, rangeOfNode, type FileLabel } from './jsonFile';
import { mergeRecord, parseIsoDate, type RecordedResolution, type ResolutionRecord } from './record';
import { checkRecordShape, type ShapeViolation } from './recordSchema';

export const RECORD_FILE_NAME = '.resolution-record.json';
/** A file that is not well formed: bad JSON, a missing or wrong field, a number given twice. */
export const RECORD_INVALID = 'record-invalid';
/** An entry the built-in data contradicts: another date for a known number, or dates out of order. */
export const RECORD_CONTRADICTION = 'record-contradiction';

export interface RecordFileProblem {
  readonly code: typeof RECORD_INVALID | typeof RECORD_CONTRADICTION;
  readonly range: OffsetRange;
  readonly message: Readonly<Record<DraftLanguage, string>>;
}

export interface RecordFile {
  /** The entries used: none when the file is broken. */
  readonly resolutions: readonly RecordedResolution[];
  readonly problems: readonly RecordFileProblem[];
  /** The base record with the entries merged over it; none when the file is broken. */
  readonly record: ResolutionRecord;
}

const LABEL: FileLabel = { zh: `记录文件 ${RECORD_FILE_NAME}：`, en: `Record file ${RECORD_FILE_NAME}: ` };

function problem(code: RecordFileProblem['code'], range: OffsetRange, zh: string, en: string): RecordFileProblem {
  return { code, range, message: { zh: `${LABEL.zh}${zh}`, en: `${LABEL.en}${en}` } };
}

/** Where a violation is in the text: the property's name, its value, or the nearest node that exists. */
function placeOf(root: Node, violation: ShapeViolation): OffsetRange {
  let node = findNodeAtLocation(root, violation.path);
  for (let path = violation.path; !node && path.length > 0; path = path.slice(0, -1)) node = findNodeAtLocation(root, path.slice(0, -1));
  if (node && violation.key && node.parent?.type === 'property') node = node.parent.children?.[0];
  return rangeOfNode(node ?? root);
}

interface Candidate {
  readonly resolution: RecordedResolution;
  readonly node: Node;
}

/** The entries of a well-formed file, with a problem for each number given twice. */
function readEntries(root: Node, file: string, problems: RecordFileProblem[]): Candidate[] {
  const seen = new Set<number>();
  const candidates: Candidate[] = [];
  for (const node of findNodeAtLocation(root, ['resolutions'])?.children ?? []) {
    const entry = getNodeValue(node) as { number: number; date: string; title: string; source: string };
    if (seen.has(entry.number)) {
      const at = rangeOfNode(findNodeAtLocation(node, ['number']) ?? node);
      problems.push(problem(RECORD_INVALID, at, `第${entry.number}号决议已在前面列出`, `resolution ${entry.number} is listed twice`));
      continue;
    }
    seen.add(entry.number);
    const resolution = { number: entry.number, adopted: parseIsoDate(entry.date), titleEn: entry.title.trim(), source: entry.source.trim(), file };
    candidates.push({ resolution, node });
  }
  return candidates;
}

const notUsed = { zh: '此项不予使用。', en: 'this entry is not used.' };

/** An entry whose number the base record holds with another date. */
function contradiction(candidate: Candidate, base: ResolutionRecord): RecordFileProblem | undefined {
  const { resolution, node } = candidate;
  const known = base.get(resolution.number);
  if (!known || compareDates(known.adopted, resolution.adopted) === 0) return undefined;
  const at = rangeOfNode(findNodeAtLocation(node, ['date']) ?? node);
  return problem(RECORD_CONTRADICTION, at,
    `内置数据记载第${known.number}号决议于${formatDate(known.adopted, 'zh')}通过（来源：${known.source}），不是${formatDate(resolution.adopted, 'zh')}；${notUsed.zh}`,
    `the built-in data has resolution ${known.number} adopted on ${formatDate(known.adopted, 'en')} (source: ${known.source}), not ${formatDate(resolution.adopted, 'en')}; ${notUsed.en}`);
}

/** An entry dated before a lower number or after a higher one: Council resolutions are numbered in order of adoption. */
function outOfOrder(candidate: Candidate, record: ResolutionRecord): RecordFileProblem | undefined {
  const { resolution, node } = candidate;
  const { before, after } = record.neighbours(resolution.number);
  const other = before && compareDates(resolution.adopted, before.adopted) < 0 ? before : after && compareDates(resolution.adopted, after.adopted) > 0 ? after : undefined;
  if (!other) return undefined;
  const at = rangeOfNode(findNodeAtLocation(node, ['date']) ?? node);
  const symbol = resolutionSymbol(other.number, other.adopted.year);
  const where = (language: DraftLanguage) => (other.file ? RECORD_FILE_NAME : language === 'zh' ? '内置数据' : 'the built-in data');
  return problem(RECORD_CONTRADICTION, at,
    `第${resolution.number}号决议的日期${formatDate(resolution.adopted, 'zh')}与${where('zh')}中的 ${symbol}（${formatDate(other.adopted, 'zh')}）顺序不符：安理会决议按通过先后编号；${notUsed.zh}`,
    `resolution ${resolution.number} dated ${formatDate(resolution.adopted, 'en')} is out of order with ${symbol} of ${formatDate(other.adopted, 'en')} in ${where('en')}: Council resolutions are numbered in order of adoption; ${notUsed.en}`);
}

/**
 * Parses and checks a workspace record file against the base record; `file` is how hovers name it.
 * limit: the file was over a limit before it was read (its size), and text is empty.
 */
export function parseRecordFile(text: string, file: string, base: ResolutionRecord, limit?: JsonLimitProblem): RecordFile {
  const broken = (problems: RecordFileProblem[]): RecordFile => ({ resolutions: [], problems, record: mergeRecord(base, [], file, true) });
  const { root, problems: syntax } = parseJsonTree(text, LABEL, { comments: false, limit });
  if (!root) return broken(syntax.map(p => ({ ...p, code: RECORD_INVALID })));
  // SWAP: checkRecordShape is where the ajv-compiled schema validator goes (see recordSchema.ts).
  const violations = checkRecordShape(getNodeValue(root));
  if (violations.length > 0) return broken(violations.map(v => problem(RECORD_INVALID, placeOf(root, v), v.zh, v.en)));
  const problems: RecordFileProblem[] = [];
  const candidates = readEntries(root, file, problems);
  if (problems.length > 0) return broken(problems);
  const agreeing = candidates.filter(candidate => {
    const found = contradiction(candidate, base);
    if (found) problems.push(found);
    return !found;
  });
  // Order is checked among the entries too: each against its neighbours in the merged record.
  const merged = mergeRecord(base, agreeing.map(c => c.resolution), file);
  const used = agreeing.filter(candidate => {
    const found = outOfOrder(candidate, merged);
    if (found) problems.push(found);
    return !found;
  });
  const resolutions = used.map(c => c.resolution);
  problems.sort((a, b) => a.range.start - b.range.start);
  return { resolutions, problems, record: used.length === agreeing.length ? merged : mergeRecord(base, resolutions, file) };
}

/** A file none of whose entries is used: bad JSON or a wrong shape (resolint exits 2 on one). */
export function isBrokenRecordFile(file: RecordFile): boolean {
  return file.problems.some(p => p.code === RECORD_INVALID);
}

/** The problems of a record file as error diagnostics on the file itself. */
export function recordFileDiagnostics(text: string, problems: readonly RecordFileProblem[], language: DraftLanguage): Diagnostic[] {
  return fileProblemDiagnostics(text, problems, RECORD_INVALID, language);
}
