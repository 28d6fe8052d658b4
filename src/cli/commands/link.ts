/**
 * `statewright link <file> [--base <url>] [--select <state>]` (SPEC section 4):
 * prints the share link the app makes for the machine, with the same encoder.
 */
import { shareLink } from '../../core/share';
import { parseArgs } from '../args';
import { EXIT_OK, UsageError, type CliIO } from '../io';
import { readMachine } from '../readMachine';

/** The local dev server (`npm run dev`); set STATEWRIGHT_BASE_URL or --base for a deployed app. */
export const DEFAULT_BASE_URL = 'http://127.0.0.1:5173/';
export const BASE_URL_VARIABLE = 'STATEWRIGHT_BASE_URL';
/** Above this length some chat tools and mail clients cut or refuse links; the app's share dialog warns at the same length. */
export const LONG_LINK = 8000;

export const linkUsage = `statewright link <file> [--base <url>] [--select <state>]
  prints the share link; the base is --base, else $${BASE_URL_VARIABLE}, else ${DEFAULT_BASE_URL} (the dev server)`;

export async function linkCommand(args: readonly string[], io: CliIO, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { positional, flags } = parseArgs(args, ['--base', '--select'], []);
  const [file, ...extra] = positional;
  if (!file || extra.length) throw new UsageError(`expected one input file\nusage: ${linkUsage}`);
  const flagBase = flags.get('--base');
  const base = typeof flagBase === 'string' ? flagBase : env[BASE_URL_VARIABLE] || DEFAULT_BASE_URL;
  checkBase(base, typeof flagBase === 'string' ? '--base' : env[BASE_URL_VARIABLE] ? `$${BASE_URL_VARIABLE}` : 'the default base');
  const machine = await readMachine(io, file);
  const selected = flags.get('--select');
  if (typeof selected === 'string' && !machine.states.some((s) => s.name === selected)) {
    throw new UsageError(`--select ${JSON.stringify(selected)}: ${file} has no state of that name`);
  }
  const link = await shareLink(machine, base, typeof selected === 'string' ? { selected } : {});
  io.stdout(`${link}\n`);
  if (link.length > LONG_LINK) {
    io.stderr(`note: this link is ${link.length.toLocaleString('en-US')} characters long; chat tools and mail may cut it. Sending ${file} itself is safer.\n`);
  }
  return EXIT_OK;
}

function checkBase(base: string, source: string): void {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new UsageError(`${source} ${JSON.stringify(base)} is not an absolute URL; give one such as https://statewright.example/`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`${source} ${JSON.stringify(base)} should be an http or https URL of the Statewright app`);
  }
}
