import type { Machine } from './types';

/**
 * The machine's alphabet (SPEC section 1): declared events in order, then every
 * event used by a transition but not declared, in order of first use. Empty
 * event names (an `empty-event` error) are not part of it.
 *
 * @example alphabet(m) // ['Pay', 'Ship', 'Cancel']
 */
export function alphabet(machine: Machine): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  const add = (name: string) => {
    if (name !== '' && !seen.has(name)) {
      seen.add(name);
      result.push(name);
    }
  };
  for (const event of machine.events) add(event.name);
  for (const transition of machine.transitions) add(transition.event);
  return result;
}

/** Guard names used by the machine, in order of first use. */
export function guardNames(machine: Machine): string[] {
  return unique(machine.transitions.flatMap((t) => (t.guard === undefined ? [] : [t.guard])));
}

/** Action names used anywhere (entry, exit, transition actions), in order of first use. */
export function actionNames(machine: Machine): string[] {
  const names: string[] = [];
  for (const state of machine.states) names.push(...(state.entry ?? []), ...(state.exit ?? []));
  for (const transition of machine.transitions) names.push(...(transition.actions ?? []));
  return unique(names);
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}
