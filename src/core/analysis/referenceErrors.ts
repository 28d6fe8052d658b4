/**
 * The errors of SPEC section 2, which make a machine impossible to run or export:
 * `no-states`, `missing-initial`, `unknown-initial`, `unknown-state`, `empty-event`.
 * Machine-wide problems first, then transitions in table order.
 */
import type { Machine } from '../machine/types';
import { messages } from './messages';
import type { FireableGraph } from './fireableGraph';
import type { Problem } from './problem';

/**
 * Every reference error of the machine.
 * @example referenceErrors(m, fireableGraph(m)) // [{ code: 'unknown-state', transition: 3, … }]
 */
export function referenceErrors(machine: Machine, graph: FireableGraph): Problem[] {
  const problems: Problem[] = [];
  const error = (code: Problem['code'], message: string) => ({ code, severity: 'error' as const, message });
  if (machine.states.length === 0) {
    // Without states every initial-state problem follows from this one; saying it once is clearer.
    problems.push(error('no-states', messages.noStates()));
  } else if (machine.initial === undefined || machine.initial === '') {
    problems.push(error('missing-initial', messages.missingInitial()));
  } else if (graph.initial < 0) {
    problems.push(error('unknown-initial', messages.unknownInitial(machine.initial)));
  }
  machine.transitions.forEach((transition, index) => {
    const fromKnown = graph.fromIndex[index]! >= 0;
    const toKnown = graph.toIndex[index]! >= 0;
    if (!fromKnown && !toKnown) {
      problems.push({ ...error('unknown-state', messages.unknownBoth(index, transition.from, transition.to)), transition: index });
    } else if (!fromKnown || !toKnown) {
      const field = fromKnown ? 'to' : 'from';
      problems.push({ ...error('unknown-state', messages.unknownState(index, field, transition[field])), transition: index });
    }
    if (transition.event === '') problems.push({ ...error('empty-event', messages.emptyEvent(transition)), transition: index });
  });
  return problems;
}
