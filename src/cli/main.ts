/**
 * `statewright <command>`: argument parsing and I/O around core (SPEC section 4).
 * Exit codes: 0 success, 1 the machine has failing problems, 2 bad usage or unreadable input.
 */
import { checkCommand, checkUsage } from './commands/check';
import { exportCommand, exportUsage } from './commands/export';
import { importCommand, importUsage } from './commands/import';
import { linkCommand, linkUsage } from './commands/link';
import { EXIT_OK, EXIT_USAGE, UsageError, nodeIO, type CliIO } from './io';

interface Command {
  readonly usage: string;
  readonly run: (args: readonly string[], io: CliIO) => Promise<number>;
}

/** Each command lives in its own file under commands/ and registers here. */
const commands = new Map<string, Command>([
  ['check', { usage: checkUsage, run: checkCommand }],
  ['export', { usage: exportUsage, run: exportCommand }],
  ['import', { usage: importUsage, run: importCommand }],
  ['link', { usage: linkUsage, run: linkCommand }],
]);

export function usage(): string {
  return [
    'Statewright: check, export, import and share finite state machines.',
    '',
    'Usage:',
    ...[...commands.values()].map((c) => '  ' + c.usage.split('\n').join('\n  ')),
    '',
    'Exit codes: 0 success, 1 the machine has problems, 2 bad usage or unreadable input.',
    '',
  ].join('\n');
}

export async function main(args: readonly string[], io: CliIO = nodeIO): Promise<number> {
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return EXIT_OK;
  }
  const command = commands.get(name);
  if (!command) {
    io.stderr(`statewright: unknown command "${name}"\n\n${usage()}`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`usage: ${command.usage}\n`);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`statewright ${name}: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
