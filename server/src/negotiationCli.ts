// resolint --compare REV1 REV2 and resolint --brackets FILE...: the negotiation commands, apart from
// the linter's own options. cli.ts hands them the arguments when either option is given.
import { parseArgs } from 'node:util';
import { createResolutionService, type DraftLanguage } from './core';
import { compareRevisions } from './core/compare/revisions';
import { formatJson, formatMarkdown, formatText } from './core/compare/report';
import { openBrackets } from './core/negotiation/openBrackets';

export const NEGOTIATION_USAGE = `Usage: resolint --compare REV1 REV2 [--format text|json|markdown] [--lang zh|en]
       resolint --brackets FILE... [--format text|json]

--compare   what changed from revision REV1 to REV2, paragraph by paragraph: added, deleted, moved,
            renumbered and changed paragraphs (with an inline diff), and the citations added or
            removed. Exit status 0 whatever changed.
--brackets  every bracketed span and Option block still open, one line each with its paragraph
            label (PP2, OP3(a)), for the chair's summary.`;

/** Whether the arguments ask for a negotiation command rather than the linter. */
export function isNegotiationCommand(args: readonly string[]): boolean {
  return args.some(arg => arg === '--compare' || arg === '--brackets');
}

class UsageError extends Error {}

/** read: a draft's text, or undefined when it is binary or not UTF-8; it throws when the file cannot be read. */
export function runNegotiationCommand(
  args: string[],
  write: (text: string) => void,
  writeError: (text: string) => void,
  read: (file: string) => string | undefined,
): number {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        compare: { type: 'boolean' },
        brackets: { type: 'boolean' },
        format: { type: 'string', default: 'text' },
        lang: { type: 'string' },
      },
    });
    if (values.compare === values.brackets) throw new UsageError('give either --compare or --brackets');
    const lang = values.lang;
    if (lang !== undefined && lang !== 'zh' && lang !== 'en') throw new UsageError('--lang takes one of: zh, en');
    const formats = values.compare ? ['text', 'json', 'markdown'] : ['text', 'json'];
    if (!formats.includes(values.format!)) throw new UsageError(`--format takes one of: ${formats.join(', ')}`);
    const service = createResolutionService();
    const parse = (file: string) => {
      const text = read(file);
      if (text === undefined) throw new UsageError(`${file}: binary, or not UTF-8 text`);
      return service.parse(text);
    };
    if (values.compare) {
      if (positionals.length !== 2) throw new UsageError('--compare takes two files: the earlier revision, then the later');
      const [earlier, later] = positionals.map(parse);
      const comparison = compareRevisions(earlier, later);
      const language: DraftLanguage = lang ?? later.language;
      write(values.format === 'json' ? formatJson(comparison)
        : values.format === 'markdown' ? formatMarkdown(comparison, language, { earlier: positionals[0], later: positionals[1] })
          : formatText(comparison, language));
      return 0;
    }
    if (positionals.length === 0) throw new UsageError('--brackets takes one or more files');
    const listed = positionals.map(file => ({ file, brackets: openBrackets(parse(file)) }));
    if (values.format === 'json') {
      write(JSON.stringify(listed, null, 2) + '\n');
    } else {
      for (const { file, brackets } of listed) {
        for (const b of brackets) write(`${file}:${b.line}:${b.column} ${b.label || '-'} ${b.excerpt}\n`);
      }
    }
    return 0;
  } catch (error) {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    const { code, message } = error as NodeJS.ErrnoException;
    const reason = code === 'ENOENT' ? `no such file: ${(error as NodeJS.ErrnoException).path}` : message;
    writeError(`resolint: ${reason}\n${usage ? NEGOTIATION_USAGE + '\n' : ''}`);
    return 2;
  }
}
