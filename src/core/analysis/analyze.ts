/**
 * `analyze(machine)`: every check of SPEC section 2 in one call. Each pass lives in
 * its own file and is linear in states + transitions; they share one prepared
 * graph (`fireableGraph`). Pure and deterministic: the same machine gives the
 * same problems in the same order.
 */
import type { Machine } from '../machine/types';
import { UNREACHED } from './breadthFirst';
import { deadEndFlags } from './deadEnds';
import { fireableGraph } from './fireableGraph';
import { outgoingOfFinals } from './finalStatesWithOutgoing';
import { messages } from './messages';
import type { Analysis, Problem } from './problem';
import { searchFromInitial } from './reachableStates';
import { referenceErrors } from './referenceErrors';
import { reachesFinalFlags } from './statesThatReachFinal';
import { unusedEvents } from './unusedEvents';

/**
 * Runs every check and counts the machine.
 * @example analyze(m).problems // [{ code: 'unreachable-state', severity: 'warning', state: 'Shipped', message: '…' }]
 */
export function analyze(machine: Machine): Analysis {
  const graph = fireableGraph(machine);
  const { via, reachedCount } = searchFromInitial(graph);
  const reachesFinal = reachesFinalFlags(graph);
  const deadEnd = deadEndFlags(graph);
  const finalOutgoing = outgoingOfFinals(machine, graph);
  let finals = 0;
  for (let s = 0; s < graph.stateCount; s++) finals += graph.isFinal[s]!;

  const unused = unusedEvents(machine);
  const problems: Problem[] = referenceErrors(machine, graph);
  // Plain literals rather than spreads: a 100,000-state machine can have tens of thousands of problems.
  const onState = (code: Problem['code'], message: string, state: string): Problem => ({ code, severity: 'warning', message, state });
  const initialName = graph.initial >= 0 ? machine.states[graph.initial]!.name : undefined;
  for (let s = 0; s < graph.stateCount; s++) {
    const state = machine.states[s]!.name;
    const reachable = via[s] !== UNREACHED;
    // Without a valid initial state nothing is reachable; that error already says so, once.
    if (!reachable && initialName !== undefined) problems.push(onState('unreachable-state', messages.unreachable(state, initialName), state));
    if (deadEnd[s]) problems.push(onState('dead-end', messages.deadEnd(state), state));
    if (finals > 0 && reachable && !graph.isFinal[s] && !reachesFinal[s]) {
      problems.push(onState('cannot-reach-final', messages.cannotReachFinal(state), state));
    }
    const outgoing = finalOutgoing.get(s);
    if (outgoing) problems.push(onState('final-has-outgoing', messages.finalHasOutgoing(state, outgoing.map((i) => machine.transitions[i]!)), state));
  }
  for (let index = 0; index < graph.shadowedBy.length; index++) {
    const by = graph.shadowedBy[index]!;
    if (by < 0) continue;
    problems.push({ code: 'shadowed-transition', severity: 'warning', message: messages.shadowed(machine.transitions[index]!, machine.transitions[by]!), transition: index });
  }
  for (const event of unused) {
    problems.push({ code: 'unused-event', severity: 'info', message: messages.unusedEvent(event), event });
  }

  return {
    problems,
    stats: {
      states: machine.states.length,
      // The alphabet: events used by transitions plus declared ones that none uses (see alphabet()).
      events: graph.usedEvents.size + unused.length,
      transitions: machine.transitions.length,
      reachable: reachedCount,
      finals,
    },
  };
}
