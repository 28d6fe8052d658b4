/**
 * Problem messages in the user's words: what is wrong, where, and what to do.
 * Names are quoted as JSON strings so quotes, newlines and blanks in them stay visible.
 */
import type { Transition } from '../machine/types';

export const quote = (name: string): string => JSON.stringify(name);

/** `transitions[3] ("Idle" on "Pay")`: how a message points at a row of the table. */
export function transitionLabel(index: number, transition: Transition): string {
  const on = transition.event === '' ? 'with no event' : `on ${quote(transition.event)}`;
  return `transitions[${index}] (${quote(transition.from)} ${on})`;
}

export const messages = {
  noStates: () => 'The machine has no states. Add a state to start.',
  missingInitial: () => 'No initial state is set. Choose the state the machine starts in.',
  unknownInitial: (initial: string) =>
    `The initial state names a state ${quote(initial)} that does not exist. Choose an existing state or add one named ${quote(initial)}.`,
  unknownState: (index: number, field: 'from' | 'to', name: string) =>
    `transitions[${index}].${field} names a state ${quote(name)} that does not exist. Pick an existing state or add one with that name.`,
  unknownBoth: (index: number, from: string, to: string) =>
    `transitions[${index}].from names a state ${quote(from)} and .to names a state ${quote(to)}; neither exists. Pick existing states or add them.`,
  emptyEvent: (index: number, transition: Transition) =>
    `transitions[${index}] from ${quote(transition.from)} to ${quote(transition.to)} has no event. Give it the event that triggers it.`,
  unreachable: (state: string, initial: string) =>
    `State ${quote(state)} cannot be reached from the initial state ${quote(initial)}. Add a transition into it, or remove it.`,
  deadEnd: (state: string) =>
    `State ${quote(state)} is not final but has no transition to another state, so the machine gets stuck there. Add a way out, or mark it final.`,
  cannotReachFinal: (state: string) =>
    `No final state can be reached from state ${quote(state)}. Add a path from it to a final state.`,
  shadowed: (index: number, transition: Transition, by: number) =>
    `${transitionLabel(index, transition)} never fires: transitions[${by}] has the same state and event and no guard, so it always fires first. Add a guard to transitions[${by}], or remove one of them.`,
  finalHasOutgoing: (state: string, transitions: readonly number[]) =>
    `Final state ${quote(state)} has outgoing ${transitions.length === 1 ? 'transition' : 'transitions'} ${transitions.map((i) => `transitions[${i}]`).join(', ')}, which never fire because a final state rejects every event. Remove ${transitions.length === 1 ? 'it' : 'them'}, or unmark the state as final.`,
  unusedEvent: (event: string) => `Event ${quote(event)} is declared but no transition uses it. Use it in a transition, or remove it.`,
};
