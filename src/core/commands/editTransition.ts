import type { Machine, Transition } from '../machine';
import { changed, refused, type CommandResult } from './result';
import { actionListProblem, isTransitionIndex, sameNames, stateNames, unknownState, unknownTransition } from './names';
import { eventNameProblem } from './transitionFields';

export interface EditTransitionArgs {
  readonly index: number;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly event?: string | undefined;
  /** `''` removes the guard. */
  readonly guard?: string | undefined;
  /** `[]` removes the actions. */
  readonly actions?: readonly string[] | undefined;
  /** `''` removes the description. */
  readonly description?: string | undefined;
}

/**
 * Replaces the given fields of the transition at `index`; its place in the table stays.
 * @example editTransition(m, { index: 2, guard: 'inStock' })
 */
export function editTransition(machine: Machine, args: EditTransitionArgs): CommandResult {
  if (!isTransitionIndex(machine, args.index)) return refused(unknownTransition(args.index, machine));
  const old = machine.transitions[args.index]!;
  const states = stateNames(machine);
  // Only a changed end must name a state: an existing dangling reference stays editable.
  if (args.from !== undefined && args.from !== old.from && !states.has(args.from)) return refused(unknownState(args.from));
  if (args.to !== undefined && args.to !== old.to && !states.has(args.to)) return refused(unknownState(args.to));
  const problem = (args.event === undefined ? undefined : eventNameProblem(args.event)) ?? actionListProblem(args.actions, 'this transition');
  if (problem) return refused(problem);

  const guard = args.guard ?? old.guard ?? '';
  const actions = args.actions ?? old.actions ?? [];
  const description = args.description ?? old.description ?? '';
  const next: Transition = {
    from: args.from ?? old.from,
    event: args.event ?? old.event,
    to: args.to ?? old.to,
    ...(guard ? { guard } : {}),
    ...(actions.length ? { actions: [...actions] } : {}),
    ...(description ? { description } : {}),
  };
  if (sameTransition(old, next)) return changed(machine);
  const transitions = machine.transitions.slice();
  transitions[args.index] = next;
  return changed({ ...machine, transitions });
}

function sameTransition(a: Transition, b: Transition): boolean {
  return (
    a.from === b.from &&
    a.event === b.event &&
    a.to === b.to &&
    (a.guard ?? '') === (b.guard ?? '') &&
    sameNames(a.actions, b.actions) &&
    (a.description ?? '') === (b.description ?? '')
  );
}
