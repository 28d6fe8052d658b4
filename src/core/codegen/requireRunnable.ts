import { analyze } from '../analysis';
import type { Machine } from '../machine';

/**
 * The initial state of a machine that can run, or an Error listing the errors of
 * SPEC section 2 that prevent it (generated code needs them fixed first; the CLI
 * and the Export panel refuse such machines before calling a generator).
 *
 * @example requireRunnable(order, 'TypeScript') // 'AwaitingPayment'
 */
export function requireRunnable(machine: Machine, target: string): string {
  const errors = analyze(machine).problems.filter((p) => p.severity === 'error');
  if (errors.length || machine.initial === undefined) {
    const list = errors.map((e) => e.message).join(' ');
    throw new Error(`Cannot export ${JSON.stringify(machine.name)} as ${target} while it has errors: ${list}`);
  }
  return machine.initial;
}
