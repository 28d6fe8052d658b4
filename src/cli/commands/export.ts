import { exportTarget, exportTargets } from '../../core/codegen';
import { parseArgs } from '../args';
import { EXIT_OK, EXIT_PROBLEMS, UsageError, type CliIO } from '../io';
import { readMachine } from '../readMachine';
import { basename } from 'node:path';
import { errorsOf } from '../errorsOf';

export const exportUsage = `statewright export <file> --to <target> [-o <out>]
  targets: ${exportTargets.map((t) => t.id).join(', ')}`;

export async function exportCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { positional, flags } = parseArgs(args, ['--to', '-o', '--out', '--module'], []);
  const [file, ...extra] = positional;
  if (!file || extra.length) throw new UsageError(`expected one input file\nusage: ${exportUsage}`);
  const targetId = flags.get('--to');
  if (typeof targetId !== 'string') throw new UsageError(`--to is required\nusage: ${exportUsage}`);
  const target = exportTarget(targetId);
  if (!target) throw new UsageError(`unknown target "${targetId}"; choose one of ${exportTargets.map((t) => t.id).join(', ')}`);
  const machine = await readMachine(io, file);
  const errors = errorsOf(machine);
  if (errors.length) {
    io.stderr(`${file}: cannot export a machine with errors:\n${errors.map((e) => `  ${e}`).join('\n')}\n`);
    return EXIT_PROBLEMS;
  }
  const modulePath = flags.get('--module');
  const output = target.generate(machine, {
    sourceFile: basename(file),
    ...(typeof modulePath === 'string' ? { modulePath } : {}),
  });
  const out = flags.get('-o') ?? flags.get('--out');
  if (typeof out === 'string') await writeOutput(io, out, output);
  else io.stdout(output);
  return EXIT_OK;
}

/** A file that cannot be written is bad usage (exit 2) naming it, not a crash whose exit 1 would read as "the machine has problems". */
async function writeOutput(io: CliIO, path: string, text: string): Promise<void> {
  try {
    await io.writeFile(path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'its folder does not exist' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (code ?? String(error));
    throw new UsageError(`cannot write ${path} (${reason})`);
  }
}
