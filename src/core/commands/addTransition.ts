import type { Machine, Transition } from '../machine';
import { changed, refused, type CommandResult } from './result';
import { actionListProblem, stateNames, unknownState } from './names';
import { eventNameProblem } from './transitionFields';

export interface AddTransitionArgs {
  readonly from: string;
  readonly to: string;
  /** May be empty: the editor creates the arrow first and asks for the event in place. */
  readonly event: string;
  readonly guard?: string | undefined;
  readonly actions?: readonly string[] | undefined;
  readonly description?: string | undefined;
}

/**
 * Appends a transition to the table (it is tried after the existing ones from
 * the same state). Events need no declaration: the alphabet derives from use.
 * @example addTransition(m, { from: 'Idle', event: 'InsertCoin', to: 'HasCoin' })
 */
export function addTransition(machine: Machine, args: AddTransitionArgs): CommandResult {
  const states = stateNames(machine);
  if (!states.has(args.from)) return refused(unknownState(args.from));
  if (!states.has(args.to)) return refused(unknownState(args.to));
  const problem = eventNameProblem(args.event) ?? actionListProblem(args.actions, 'this transition');
  if (problem) return refused(problem);
  const transition: Transition = {
    from: args.from,
    event: args.event,
    to: args.to,
    ...(args.guard ? { guard: args.guard } : {}),
    ...(args.actions?.length ? { actions: [...args.actions] } : {}),
    ...(args.description ? { description: args.description } : {}),
  };
  return changed({ ...machine, transitions: [...machine.transitions, transition] });
}
