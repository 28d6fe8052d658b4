/**
 * How the Problems panel arranges the checks' results: by severity, each
 * problem pointing at a state, a transition, an event or the whole machine,
 * and an honest summary when nothing is wrong.
 */
import type { AnalysisStats, Problem, Severity } from '../../../core/analysis';
import type { Machine } from '../../../core/machine';

export interface ProblemGroup {
  readonly severity: Severity;
  readonly title: string;
  readonly problems: readonly Problem[];
}

const TITLES: ReadonlyArray<readonly [Severity, string]> = [
  ['error', 'Errors'],
  ['warning', 'Warnings'],
  ['info', 'Info'],
];

/** @example groupProblems(analysis.problems) // [{ severity: 'warning', title: 'Warnings', problems: [...] }] */
export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  return TITLES.map(([severity, title]) => ({ severity, title, problems: problems.filter((p) => p.severity === severity) })).filter(
    (group) => group.problems.length > 0,
  );
}

export interface SeverityCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

export function countBySeverity(problems: readonly Problem[]): SeverityCounts {
  let error = 0;
  let warning = 0;
  let info = 0;
  for (const problem of problems) {
    if (problem.severity === 'error') error++;
    else if (problem.severity === 'warning') warning++;
    else info++;
  }
  return { error, warning, info };
}

export const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/**
 * True when the only problem is that the machine has no states: a new machine,
 * which the status bar shows as "Empty machine" rather than as a red error.
 */
export function isOnlyEmptyMachine(problems: readonly Problem[]): boolean {
  return problems.length === 1 && problems[0]!.code === 'no-states';
}

/** `2 errors, 1 warning`: the counts that are not zero, or `No problems`. */
export function countsText(counts: SeverityCounts): string {
  const parts = [
    counts.error ? plural(counts.error, 'error', 'errors') : '',
    counts.warning ? plural(counts.warning, 'warning', 'warnings') : '',
    counts.info ? `${counts.info} info` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'No problems';
}

/** What a problem points at, in words: `State "Idle"`, `Transition Idle –Pay→ Paid`, `Event "Ping"`, `Whole machine`. */
export function subjectText(problem: Problem, machine: Machine): string {
  if (problem.state !== undefined) return `State ${problem.state}`;
  if (problem.transition !== undefined) {
    const transition = machine.transitions[problem.transition];
    if (!transition) return `Transition ${problem.transition + 1}`;
    const event = transition.event === '' ? '(no event)' : transition.event;
    return `Transition ${transition.from} –${event}→ ${transition.to}`;
  }
  if (problem.event !== undefined) return `Event ${problem.event}`;
  return 'Whole machine';
}

/**
 * What "no problems" means for this machine, saying only what the checks checked.
 * @example noProblemsDetail({ finals: 1, … }) // 'Every state is reachable from the initial state and can reach a final state; …'
 */
export function noProblemsDetail(stats: AnalysisStats): string {
  const reach = 'Every state is reachable from the initial state';
  const finish =
    stats.finals > 0
      ? ' and can reach a final state'
      : ', and none is a dead end. The machine has no final state, so it never finishes; mark one final if it should';
  return `${reach}${finish}. No transition is shadowed and every declared event is used.`;
}
