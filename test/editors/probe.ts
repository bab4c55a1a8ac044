// Shared by the Neovim and Emacs tests: the configuration docs/editors.md gives for an editor, the corpus
// document the editor opens, and running the editor headless on it.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SERVER_NODE_OPTIONS } from '../../server/src/launch';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');
/** The path the documented configurations use for this repository's dist/server.js. */
const DOCUMENTED_SERVER_PATH = '~/un-resolution/dist/server.js';

/** The first code block of `lang` under the heading `## heading` of docs/editors.md, pointed at this repository's server. */
export function documentedConfig(heading: string, lang: string): string {
  const page = fs.readFileSync(path.join(ROOT, 'docs', 'editors.md'), 'utf8');
  const start = page.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`docs/editors.md has no section ## ${heading}`);
  const section = page.slice(start + 1).split(/\n#{1,2} /)[0];
  const block = new RegExp('```' + lang + '\\n([\\s\\S]*?)\\n```').exec(section);
  if (!block) throw new Error(`docs/editors.md ## ${heading} has no \`\`\`${lang} block`);
  if (!block[1].includes(DOCUMENTED_SERVER_PATH)) throw new Error(`the ${heading} configuration does not name ${DOCUMENTED_SERVER_PATH}`);
  // The editor starts the server as the extension does.
  for (const option of SERVER_NODE_OPTIONS) if (!block[1].includes(option)) throw new Error(`the ${heading} configuration does not pass ${option} to node`);
  return block[1].split(DOCUMENTED_SERVER_PATH).join(SERVER);
}

export interface CorpusDraft {
  file: string;
  /** Where the wrong year is: 0-based line, UTF-16 character range of `2015`. */
  wrongYear: { line: number; start: number; end: number };
  /** An LSP position inside 2341(2017) of a list of citations. */
  hoverAt: { line: number; character: number };
}

function positionOf(text: string, needle: string, offsetInNeedle = 0): { line: number; character: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${needle} not in the corpus document`);
  const before = text.slice(0, index + offsetInNeedle);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - (before.lastIndexOf('\n') + 1) };
}

/**
 * A copy of test/fixtures/corpus-003.txt (an official UN Chinese document, text extracted from the
 * PDF) in a fresh folder, with one citation's year made wrong: 第 2322(2016)号决议 → 2322(2015).
 */
export function corpusDraft(): CorpusDraft {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'un-resolution-editor-'));
  const original = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'corpus-003.txt'), 'utf8');
  const target = '执行第 2322(2016)号决议';
  if (!original.includes(target)) throw new Error(`corpus-003.txt no longer holds ${target}`);
  const text = original.replace(target, '执行第 2322(2015)号决议');
  const file = path.join(folder, 'corpus-003.txt');
  fs.writeFileSync(file, text);
  const year = positionOf(text, '执行第 2322(2015)号决议', '执行第 2322('.length);
  return {
    file,
    wrongYear: { line: year.line, start: year.character, end: year.character + 4 },
    hoverAt: positionOf(text, '2341(2017)', 2),
  };
}

export function installed(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/** Runs the editor headless with the probe's environment; returns the JSON the probe wrote. */
export function runProbe(command: string, args: string[], draft: CorpusDraft, home: string): unknown {
  const out = path.join(home, 'probe-result.json');
  const result = spawnSync(command, args, {
    cwd: path.dirname(draft.file),
    encoding: 'utf8',
    timeout: 45_000,
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: path.join(home, 'config'),
      XDG_DATA_HOME: path.join(home, 'data'),
      XDG_STATE_HOME: path.join(home, 'state'),
      XDG_CACHE_HOME: path.join(home, 'cache'),
      PROBE_FILE: draft.file,
      PROBE_OUT: out,
      PROBE_LINE: String(draft.hoverAt.line),
      PROBE_CHARACTER: String(draft.hoverAt.character),
    },
  });
  if (!fs.existsSync(out)) {
    throw new Error(`${command} wrote no result (status ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
  }
  return JSON.parse(fs.readFileSync(out, 'utf8'));
}

/**
 * The `before` of an editor's suite: skips it where the editor is missing, except in CI (.ci/run
 * installs it, so there a missing editor is a failure); the server bundle must be built.
 */
export function requireEditor(context: Mocha.Context, available: boolean, install: string): void {
  if (!available) {
    if (process.env.CI) throw new Error(`not installed: apt-get install ${install}`);
    context.skip();
  }
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: npm run build`);
}
