/**
 * Problem messages in the user's words: what is wrong, where, and what to do.
 * Names are quoted as JSON strings so quotes, newlines and blanks in them stay visible.
 */
import type { Transition } from '../machine/types';

export const quote = (name: string): string => JSON.stringify(name);

/**
 * `Idle –Pay→ Paid`: a transition as the canvas and the Problems panel draw it,
 * so a message names what the user sees rather than a row number of the table.
 */
export function transitionArrow(transition: Transition): string {
  const event = transition.event === '' ? '(no event)' : shown(transition.event);
  return `${shown(transition.from)} –${event}→ ${shown(transition.to)}`;
}

/** A name as it reads on the canvas, quoted only when blanks, breaks, quotes or arrows in it would blur the message. */
function shown(name: string): string {
  return /^[^\s"–→]([^\p{Cc}"–→]*[^\s"–→])?$/u.test(name) ? name : quote(name);
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
  emptyEvent: (transition: Transition) =>
    `The transition from ${quote(transition.from)} to ${quote(transition.to)} has no event. Give it the event that triggers it.`,
  unreachable: (state: string, initial: string) =>
    `State ${quote(state)} cannot be reached from the initial state ${quote(initial)}. Add a transition into it, or remove it.`,
  deadEnd: (state: string) =>
    `State ${quote(state)} is not final but has no transition to another state, so the machine gets stuck there. Add a way out, or mark it final.`,
  cannotReachFinal: (state: string) =>
    `No final state can be reached from state ${quote(state)}. Add a path from it to a final state.`,
  shadowed: (transition: Transition, earlier: Transition) =>
    `Transition ${transitionArrow(transition)} never fires: the earlier ${transitionArrow(earlier)} has no guard, so it always wins. Give the earlier one a guard or remove one of them.`,
  finalHasOutgoing: (state: string, outgoing: readonly Transition[]) =>
    `Final state ${quote(state)} has ${outgoing.length === 1 ? 'an outgoing transition' : 'outgoing transitions'} (${outgoing.map(transitionArrow).join(', ')}) that never ${outgoing.length === 1 ? 'fires' : 'fire'}: a final state accepts no events. Remove ${outgoing.length === 1 ? 'it' : 'them'}, or unmark the state as final.`,
  unusedEvent: (event: string) => `Event ${quote(event)} is declared but no transition uses it. Use it in a transition, or remove it.`,
};
