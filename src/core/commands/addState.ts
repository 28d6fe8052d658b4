import type { Machine, Point, StateDef } from '../machine';
import { changed, refused, type CommandResult } from './result';
import { newNameProblem, stateNames } from './names';

export interface AddStateArgs {
  /** Defaults to the first free `State 1`, `State 2`, … */
  readonly name?: string | undefined;
  readonly position?: Point | undefined;
  readonly final?: boolean | undefined;
}

/**
 * The first free default state name.
 * @example nextStateName(machineWith('State 1')) // 'State 2'
 */
export function nextStateName(machine: Machine): string {
  const taken = stateNames(machine);
  let n = 1;
  while (taken.has(`State ${n}`)) n++;
  return `State ${n}`;
}

/**
 * Appends a state. The first state added to a machine without an initial state
 * becomes the initial state, so a new machine can run as soon as it has one state.
 * @example addState(m, { name: 'Paid', position: { x: 0, y: 0 } })
 */
export function addState(machine: Machine, args: AddStateArgs = {}): CommandResult {
  const name = args.name ?? nextStateName(machine);
  const problem = newNameProblem('state', name, stateNames(machine));
  if (problem) return refused(problem);
  if (args.position && !isFinitePoint(args.position)) return refused(`The position for ${JSON.stringify(name)} is not a finite point; drop the state on the canvas again.`);
  const state: StateDef = args.final ? { name, final: true } : { name };
  const positions = new Map(machine.layout.positions);
  if (args.position) positions.set(name, { x: args.position.x, y: args.position.y });
  return changed({
    ...machine,
    ...(machine.initial === undefined ? { initial: name } : {}),
    states: [...machine.states, state],
    layout: { ...machine.layout, positions },
  });
}

/** True when both coordinates are finite numbers (JSON cannot store the others). */
export function isFinitePoint(point: Point): boolean {
  return Number.isFinite(point.x) && Number.isFinite(point.y);
}
