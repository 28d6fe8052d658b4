/** One-line forms of a problem for the command line and logs. */
import { quote } from './messages';
import type { Problem } from './problem';

/**
 * Where a problem points: `transitions[3]`, `state "Idle"`, `event "Pay"` or `machine`.
 * @example problemSubject({ transition: 3, … }) // 'transitions[3]'
 */
export function problemSubject(problem: Problem): string {
  if (problem.transition !== undefined) return `transitions[${problem.transition}]`;
  if (problem.state !== undefined) return `state ${quote(problem.state)}`;
  if (problem.event !== undefined) return `event ${quote(problem.event)}`;
  return 'machine';
}

/**
 * `error unknown-state transitions[3]: transitions[3].to names a state "Shiped" that does not exist. …`
 * @example formatProblem(analyze(m).problems[0])
 */
export function formatProblem(problem: Problem): string {
  return `${problem.severity} ${problem.code} ${problemSubject(problem)}: ${problem.message}`;
}
