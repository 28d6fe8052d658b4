import type { Machine, StateDef } from '../machine';
import { changed, quote, refused, type CommandResult } from './result';
import { actionListProblem, sameNames, stateIndex, unknownState, withState } from './names';

export interface EditStateArgs {
  readonly name: string;
  readonly description?: string | undefined;
  readonly entry?: readonly string[] | undefined;
  readonly exit?: readonly string[] | undefined;
}

/**
 * Replaces the fields that are given; an empty description or list removes the
 * field, because the canonical form omits empty optional fields.
 * @example editState(m, { name: 'Idle', entry: ['showWelcome'] })
 */
export function editState(machine: Machine, args: EditStateArgs): CommandResult {
  const index = stateIndex(machine, args.name);
  if (index === -1) return refused(unknownState(args.name));
  const problem =
    actionListProblem(args.entry, `the entry actions of ${quote(args.name)}`) ??
    actionListProblem(args.exit, `the exit actions of ${quote(args.name)}`);
  if (problem) return refused(problem);

  const state = machine.states[index]!;
  const description = args.description ?? state.description ?? '';
  const entry = args.entry ?? state.entry ?? [];
  const exit = args.exit ?? state.exit ?? [];
  if (description === (state.description ?? '') && sameNames(entry, state.entry) && sameNames(exit, state.exit)) {
    return changed(machine);
  }
  const next: StateDef = {
    name: state.name,
    ...(description ? { description } : {}),
    ...(state.final ? { final: true as const } : {}),
    ...(entry.length ? { entry: [...entry] } : {}),
    ...(exit.length ? { exit: [...exit] } : {}),
  };
  return changed(withState(machine, index, next));
}
