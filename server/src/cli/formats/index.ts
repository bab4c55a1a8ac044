import type { Format } from '../args';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatJunit } from './junit';
import type { Formatter } from './result';
import { formatSarif } from './sarif';
import { formatText } from './text';

export const FORMATTERS: Record<Format, Formatter> = { text: formatText, json: formatJson, sarif: formatSarif, github: formatGithub, junit: formatJunit };
