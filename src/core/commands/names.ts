/**
 * Shared checks for names the user types. They follow the document rules
 * (SPEC section 1: non-empty, at most 200 characters, unique, case-sensitive) so
 * that every machine a command returns also survives serialize and restore.
 */
import { alphabet, MAX_NAME_LENGTH } from '../machine';
import type { Machine, StateDef } from '../machine';
import { quote } from './result';

export type NameKind = 'state' | 'event';

/**
 * Why `name` cannot be used for a new or renamed state or event, or undefined if it can.
 * @example newNameProblem('state', 'Paid', new Set(['Paid'])) // 'A state named "Paid" already exists; choose another name.'
 */
export function newNameProblem(kind: NameKind, name: string, taken: ReadonlySet<string>): string | undefined {
  const lengthProblem = nameLengthProblem(kind, name);
  if (lengthProblem) return lengthProblem;
  if (taken.has(name)) return `${article(kind)} named ${quote(name)} already exists; choose another name.`;
  return undefined;
}

/** Why `name` is not a valid state or event name (empty or too long), or undefined. */
export function nameLengthProblem(kind: NameKind, name: string): string | undefined {
  if (name.length === 0) return `${capitalised(kind)} names cannot be empty; type at least one character.`;
  if (name.length > MAX_NAME_LENGTH) {
    return `${capitalised(kind)} names can have at most ${MAX_NAME_LENGTH} characters; this one has ${name.length}. Choose a shorter name.`;
  }
  return undefined;
}

/** Why an action list cannot be stored (an empty action name), or undefined. */
export function actionListProblem(actions: readonly string[] | undefined, where: string): string | undefined {
  if (actions === undefined) return undefined;
  const blank = actions.findIndex((action) => action.length === 0);
  if (blank === -1) return undefined;
  return `Action ${blank + 1} of ${where} has no name; name it or remove it.`;
}

/** The names of the machine's states, for membership tests. */
export function stateNames(machine: Machine): Set<string> {
  return new Set(machine.states.map((state) => state.name));
}

/** The index of the state called `name`, or -1. */
export function stateIndex(machine: Machine, name: string): number {
  return machine.states.findIndex((state) => state.name === name);
}

/** The refusal for a state name that is not in the machine. */
export function unknownState(name: string): string {
  return `There is no state named ${quote(name)}; it may have been renamed or deleted.`;
}

/** The refusal for an event name that is not in the machine's alphabet. */
export function unknownEvent(name: string): string {
  return `There is no event named ${quote(name)}; it may have been renamed or deleted.`;
}

/** The refusal for a transition index outside the table. */
export function unknownTransition(index: number, machine: Machine): string {
  const count = machine.transitions.length;
  return `There is no transition number ${index + 1} (the machine has ${count} transition${count === 1 ? '' : 's'}); it may have been deleted.`;
}

/** True when `index` names a row of the transition table. */
export function isTransitionIndex(machine: Machine, index: number): boolean {
  return Number.isInteger(index) && index >= 0 && index < machine.transitions.length;
}

/** The alphabet as a set, for checking whether an event name is taken. */
export function eventNames(machine: Machine): Set<string> {
  return new Set(alphabet(machine));
}

/** Replaces the state at `index`, keeping the others (and the array order). */
export function withState(machine: Machine, index: number, state: StateDef): Machine {
  const states = machine.states.slice();
  states[index] = state;
  return { ...machine, states };
}

/** True when two optional name lists hold the same names in the same order. */
export function sameNames(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const left = a ?? [];
  const right = b ?? [];
  return left.length === right.length && left.every((name, i) => name === right[i]);
}

function article(kind: NameKind): string {
  return kind === 'state' ? 'A state' : 'An event';
}

function capitalised(kind: NameKind): string {
  return kind === 'state' ? 'State' : 'Event';
}
