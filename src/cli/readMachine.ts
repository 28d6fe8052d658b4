import { formatInputProblem, restoreText, type Machine } from '../core/machine';
import { UsageError, type CliIO } from './io';

/** Reads and restores a machine file; unreadable input becomes a UsageError (exit 2) naming the file and paths. */
export async function readMachine(io: CliIO, file: string): Promise<Machine> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code ?? String(error)})`);
  }
  const result = restoreText(text);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${formatInputProblem(p)}`);
    throw new UsageError(`${file} is not a valid Statewright machine:\n${lines.join('\n')}`);
  }
  return result.machine;
}
