import type { Machine } from '../core/machine';

/**
 * Error-severity problems, as printable lines. Uses the analysis of SPEC section 2
 * once it exists; until then the reference checks that make export impossible.
 */
export function errorsOf(machine: Machine): string[] {
  const names = new Set(machine.states.map((s) => s.name));
  const errors: string[] = [];
  if (!machine.states.length) errors.push('the machine has no states');
  if (!machine.initial) errors.push('no initial state is set');
  else if (!names.has(machine.initial)) errors.push(`initial names a state "${machine.initial}" that does not exist`);
  machine.transitions.forEach((t, i) => {
    if (!names.has(t.from)) errors.push(`transitions[${i}].from names a state "${t.from}" that does not exist`);
    if (!names.has(t.to)) errors.push(`transitions[${i}].to names a state "${t.to}" that does not exist`);
    if (!t.event) errors.push(`transitions[${i}] has no event`);
  });
  return errors;
}
