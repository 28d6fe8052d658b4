import { basename } from 'node:path';
import { detectFormat, importFormats, importMachine, nameImportFromFile, type ImportFormat } from '../../core/import';
import { formatInputProblem, serialize } from '../../core/machine';
import { parseArgs } from '../args';
import { EXIT_OK, UsageError, type CliIO } from '../io';
import { readInputText } from '../readMachine';

export const importUsage = `statewright import <file> [--from ${importFormats.join('|')}]
  prints the machine document; without --from the format is recognised from the text`;

/** `statewright import`: reads another tool's machine and prints the canonical document (SPEC section 4). */
export async function importCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { positional, flags } = parseArgs(args, ['--from'], []);
  const [file, ...extra] = positional;
  if (!file || extra.length) throw new UsageError(`expected one input file\nusage: ${importUsage}`);
  const from = flags.get('--from');
  if (from !== undefined && !importFormats.includes(from as ImportFormat)) {
    throw new UsageError(`unknown format "${String(from)}"; choose one of ${importFormats.join(', ')}`);
  }
  const text = await readInputText(io, file);
  // A source that names no machine takes the file's stem (door.mmd -> "door"), as in the editor.
  const result = nameImportFromFile(importMachine(text, from as ImportFormat | undefined), file);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${file}: ${formatInputProblem(p)}`);
    const detected = detectFormat(text);
    const hint = from !== undefined && detected !== undefined && detected !== from ? `\n  the text looks like ${detected}; try --from ${detected}` : '';
    throw new UsageError(`cannot import ${basename(file)}:\n${lines.join('\n')}${hint}`);
  }
  io.stdout(serialize(result.machine));
  return EXIT_OK;
}
