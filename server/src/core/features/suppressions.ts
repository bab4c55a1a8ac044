// The findings that inline directives (parse/directives.ts) silence, and the directives that silence
// nothing (`unused-disable`, when asked for: `resolint --report-unused-disable`).
import type { Directive, DirectiveRule } from '../parse/directives';
import type { Finding, Localized, Severity } from '../rules/rule';
import type { LineIndex } from '../text/lineIndex';
import type { DraftLanguage, OffsetRange } from '../types';

export const UNUSED_DISABLE = {
  id: 'unused-disable',
  defaultSeverity: 'warning' as Severity,
  description: 'A resolint-disable comment that silences no finding (reported with resolint --report-unused-disable).',
};

const unusedMessage: Localized<[string | undefined]> = {
  zh: id => id ? `这条 resolint 注释没有屏蔽任何“${id}”问题，可以删除。` : '这条 resolint 注释没有屏蔽任何问题，可以删除。',
  en: id => id ? `This resolint comment silences no ${id} finding; it can go.` : 'This resolint comment silences no finding; it can go.',
};

/** Where one directive silences one rule (or every rule: id undefined). */
interface Silence extends OffsetRange {
  readonly id: string | undefined;
  readonly directive: Directive;
  readonly rule?: DirectiveRule;
  used: boolean;
}

function lineSpan(lines: LineIndex, line: number): OffsetRange {
  return { start: lines.offsetAt({ line, character: 0 }), end: line + 1 < lines.lineCount ? lines.offsetAt({ line: line + 1, character: 0 }) : Infinity };
}

/** What each directive silences, as offset ranges; a disable with no enable runs to the end. */
function silences(directives: readonly Directive[], lines: LineIndex): Silence[] {
  const found: Silence[] = [];
  const open = new Map<string | undefined, Silence[]>();
  const each = (directive: Directive, span: OffsetRange): Silence[] =>
    (directive.rules.length > 0 ? directive.rules : [undefined]).map(rule => ({ ...span, id: rule?.id, directive, rule, used: false }));
  for (const directive of directives) {
    const { range } = directive;
    switch (directive.kind) {
      case 'disable-file': found.push(...each(directive, { start: 0, end: Infinity })); break;
      case 'disable-line': {
        const first = lineSpan(lines, lines.positionAt(range.start).line);
        const last = lineSpan(lines, lines.positionAt(range.end).line);
        found.push(...each(directive, { start: first.start, end: last.end }));
        break;
      }
      case 'disable-next-line': found.push(...each(directive, lineSpan(lines, lines.positionAt(range.end).line + 1))); break;
      case 'disable':
        for (const silence of each(directive, { start: range.end, end: Infinity })) {
          found.push(silence);
          const same = open.get(silence.id);
          if (same) same.push(silence); else open.set(silence.id, [silence]);
        }
        break;
      case 'enable': {
        // An enable with ids closes the disables of those ids; one without closes them all.
        const ids = directive.rules.length > 0 ? directive.rules.map(r => r.id) : [...open.keys()];
        for (const id of ids) {
          for (const silence of open.get(id) ?? []) (silence as { end: number }).end = range.start;
          open.delete(id);
        }
      }
    }
  }
  return found;
}

/** Whether offset lies inside one of the directives, which are in text order. */
function insideDirective(directives: readonly Directive[], offset: number): boolean {
  let low = 0;
  let high = directives.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const { start, end } = directives[mid].range;
    if (offset < start) high = mid - 1; else if (offset >= end) low = mid + 1; else return true;
  }
  return false;
}

export interface SuppressionOptions {
  readonly messageLanguage: DraftLanguage;
  /** Report the directives that silence nothing as `unused-disable` findings. */
  readonly reportUnused?: boolean;
}

/**
 * The findings no directive silences, in their order. A finding inside a directive comment is
 * dropped too: the comment is no text of the draft (a rule must not read `,` in a rule list as prose).
 */
export function applyDirectives(findings: readonly Finding[], directives: readonly Directive[], lines: LineIndex, options: SuppressionOptions): Finding[] {
  if (directives.length === 0) return findings as Finding[];
  const all = silences(directives, lines);
  const byId = new Map<string | undefined, Sweep>();
  for (const silence of all) {
    const sweep = byId.get(silence.id) ?? { list: [], next: 0, active: [] };
    sweep.list.push(silence);
    byId.set(silence.id, sweep);
  }
  for (const sweep of byId.values()) sweep.list.sort((a, b) => a.start - b.start);
  const silenced = new Set<Finding>();
  for (const finding of [...findings].sort((a, b) => a.range.start - b.range.start)) {
    const at = finding.range.start;
    if (insideDirective(directives, at)) {
      silenced.add(finding);
      continue;
    }
    // Both sweeps are advanced: a finding marks the comments of its rule and those of every rule.
    const byRule = cover(byId.get(finding.ruleId), at);
    if (cover(byId.get(undefined), at) || byRule) silenced.add(finding);
  }
  const kept = findings.filter(finding => !silenced.has(finding));
  if (!options.reportUnused) return kept;
  const unused: Finding[] = all.filter(s => !s.used).map(s => ({
    ruleId: UNUSED_DISABLE.id,
    range: s.rule?.range ?? s.directive.range,
    message: unusedMessage[options.messageLanguage](s.id),
    severity: UNUSED_DISABLE.defaultSeverity,
  }));
  return [...kept, ...unused].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}

/** The silences of one rule id in order of their start, swept along the findings in order of theirs. */
interface Sweep {
  readonly list: Silence[];
  next: number;
  /** Those that started at or before the last finding. */
  active: Silence[];
}

/**
 * Whether a silence covers offset `at`; those that do are marked used. Each silence enters the active
 * list once, and once used only the one that reaches furthest stays: linear in findings and comments,
 * however many comments a hostile text holds.
 */
function cover(sweep: Sweep | undefined, at: number): boolean {
  if (!sweep) return false;
  while (sweep.next < sweep.list.length && sweep.list[sweep.next].start <= at) sweep.active.push(sweep.list[sweep.next++]);
  const covering = sweep.active.filter(s => s.end > at);
  if (covering.length === 0) {
    sweep.active = covering;
    return false;
  }
  for (const silence of covering) silence.used = true;
  sweep.active = [covering.reduce((a, b) => (b.end > a.end ? b : a))];
  return true;
}
