import { formatInputProblem, restoreText, type Machine } from '../core/machine';
import { UsageError, type CliIO } from './io';

/** Reads and restores a machine file; unreadable input becomes a UsageError (exit 2) naming the file and paths. */
export async function readMachine(io: CliIO, file: string): Promise<Machine> {
  const text = await readInputText(io, file);
  const result = restoreText(text);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${formatInputProblem(p)}`);
    throw new UsageError(`${file} is not a valid Statewright machine:\n${lines.join('\n')}`);
  }
  return result.machine;
}

/** Reads an input file's text; a missing or unreadable file becomes a UsageError (exit 2) naming it. */
export async function readInputText(io: CliIO, file: string): Promise<string> {
  try {
    return await io.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code ?? String(error)})`);
  }
}
