import type { Machine } from '../machine';

/**
 * The initial state of a machine that can run, or an Error saying why it cannot:
 * generated code needs the reference errors of SPEC section 2 to be fixed first
 * (the CLI and the Export panel refuse such machines before calling a generator).
 *
 * @example requireRunnable(order, 'TypeScript') // 'AwaitingPayment'
 */
export function requireRunnable(machine: Machine, target: string): string {
  const names = new Set(machine.states.map((s) => s.name));
  const problems: string[] = [];
  if (machine.initial === undefined) problems.push('no initial state is set');
  else if (!names.has(machine.initial)) problems.push(`initial names a state ${JSON.stringify(machine.initial)} that does not exist`);
  machine.transitions.forEach((t, i) => {
    if (!names.has(t.from)) problems.push(`transitions[${i}].from names a state ${JSON.stringify(t.from)} that does not exist`);
    if (!names.has(t.to)) problems.push(`transitions[${i}].to names a state ${JSON.stringify(t.to)} that does not exist`);
    if (t.event === '') problems.push(`transitions[${i}] has no event`);
  });
  if (problems.length || machine.initial === undefined) {
    throw new Error(`Cannot export ${JSON.stringify(machine.name)} as ${target}: ${problems.join('; ')}. Fix these errors first.`);
  }
  return machine.initial;
}
