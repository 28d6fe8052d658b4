import { analyze, formatProblem } from '../core/analysis';
import type { Machine } from '../core/machine';

/**
 * The machine's error-severity problems (SPEC section 2), as printable lines;
 * `export` refuses a machine that has any.
 */
export function errorsOf(machine: Machine): string[] {
  return analyze(machine)
    .problems.filter((problem) => problem.severity === 'error')
    .map(formatProblem);
}
