// resolint run in this process, its output captured: what the CLI suites call.
import { run } from '../../server/src/cli';

export interface Result { code: number; stdout: string; stderr: string }

export async function resolint(...args: string[]): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, text => { stdout += text; }, text => { stderr += text; });
  return { code, stdout, stderr };
}
