/**
 * `statewright check <file> [--json] [--strict]` (SPEC section 4): prints every
 * problem of SPEC section 2, one per line, then a summary; or the same as JSON.
 * Exit 1 on errors (with --strict on warnings too), 2 when the file cannot be read.
 */
import { analyze, formatProblem, type Analysis, type Problem } from '../../core/analysis';
import { parseArgs } from '../args';
import { EXIT_OK, EXIT_PROBLEMS, UsageError, type CliIO } from '../io';
import { readMachine } from '../readMachine';

export const checkUsage = `statewright check <file> [--json] [--strict]
  reports the machine's problems; exits 1 on errors (--strict: on warnings too)`;

export async function checkCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { positional, flags } = parseArgs(args, [], ['--json', '--strict']);
  const [file, ...extra] = positional;
  if (!file || extra.length) throw new UsageError(`expected one input file\nusage: ${checkUsage}`);
  const analysis = analyze(await readMachine(io, file));
  io.stdout(flags.has('--json') ? `${JSON.stringify(checkJson(analysis), null, 2)}\n` : humanReport(file, analysis));
  const failing = analysis.problems.some((p) => p.severity === 'error' || (flags.has('--strict') && p.severity === 'warning'));
  return failing ? EXIT_PROBLEMS : EXIT_OK;
}

/** The `--json` shape of SPEC section 4, keys in that order; machine-wide problems have no subject key. */
export function checkJson(analysis: Analysis): { problems: Record<string, string | number>[]; stats: Analysis['stats'] } {
  const problems = analysis.problems.map((p) => ({ code: p.code, severity: p.severity, message: p.message, ...subjectOf(p) }));
  const { states, events, transitions, reachable, finals } = analysis.stats;
  return { problems, stats: { states, events, transitions, reachable, finals } };
}

function subjectOf(problem: Problem): Record<string, string | number> {
  if (problem.state !== undefined) return { state: problem.state };
  if (problem.transition !== undefined) return { transition: problem.transition };
  if (problem.event !== undefined) return { event: problem.event };
  return {};
}

function humanReport(file: string, { problems, stats }: Analysis): string {
  const bySeverity = (severity: Problem['severity']) => problems.filter((p) => p.severity === severity).length;
  const shape = [
    count(stats.states, 'state'),
    count(stats.transitions, 'transition'),
    count(stats.events, 'event'),
    `${stats.reachable} reachable`,
    `${stats.finals} final`,
  ].join(', ');
  const summary = problems.length
    ? `${file}: ${count(bySeverity('error'), 'error')}, ${count(bySeverity('warning'), 'warning')}, ${bySeverity('info')} info (${shape})`
    : `${file}: no problems (${shape})`;
  return [...problems.map(formatProblem), summary, ''].join('\n');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
