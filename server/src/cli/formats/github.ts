// The github format: workflow commands that GitHub Actions shows as annotations on the lines of the
// pull request (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
import { severityName, type Formatter } from './result';

const COMMAND = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' } as const;

/** Data may hold any text but %, CR and LF; property values not : or , either. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const formatGithub: Formatter = results => results.flatMap(({ file, diagnostics, error }) => {
  if (error !== undefined) return [`::error file=${escapeProperty(file)},title=resolint::${escapeData(`cannot read ${file}: ${error}`)}\n`];
  return diagnostics.map(d => {
    const { start, end } = d.range;
    const place = `file=${escapeProperty(file)},line=${start.line + 1},col=${start.character + 1},endLine=${end.line + 1},endColumn=${end.character + 1}`;
    return `::${COMMAND[severityName(d)]} ${place},title=${escapeProperty(`resolint ${d.code}`)}::${escapeData(d.message)}\n`;
  });
}).join('');
