/**
 * Random machines for tests and benchmarks, the same for the same seed.
 * States are `S0 … Sn-1` (S0 initial), events `e0 …`, guards `g0 …`. Final
 * states get no outgoing transitions, as in a well-formed machine; everything
 * else (unreachable states, dead ends, shadowing) happens as chance has it.
 */
import { CURRENT_VERSION, EMPTY_LAYOUT, type Machine, type StateDef, type Transition } from '../machine/types';
import { randomInt, seededRandom } from '../simulate/seededRandom';

export interface RandomMachineOptions {
  /** Outgoing transitions of each non-final state (default 3). */
  readonly transitionsPerState?: number;
  /** Size of the alphabet (default 8). */
  readonly events?: number;
  /** Put a guard (from `g0 … g4`) on about a quarter of the transitions (default false). */
  readonly guards?: boolean;
  /** How many states are final (default one per 50 states, at least 1; 0 for none). Never S0 unless it is the only state. */
  readonly finals?: number;
}

/**
 * A random machine of `states` states.
 * @example randomMachine(7, 1000, { guards: true }).transitions.length // about 3,000
 */
export function randomMachine(seed: number, states: number, options: RandomMachineOptions = {}): Machine {
  const random = seededRandom(seed);
  const perState = options.transitionsPerState ?? 3;
  const eventCount = Math.max(1, options.events ?? 8);
  const finalCount = Math.min(states, options.finals ?? Math.max(1, Math.round(states / 50)));
  const isFinal = new Uint8Array(states);
  // A partial Fisher-Yates shuffle of S1 … Sn-1 picks distinct final states; S0 only when every state is final.
  const candidates = Array.from({ length: Math.max(0, states - 1) }, (_, i) => i + 1);
  for (let k = 0; k < Math.min(finalCount, candidates.length); k++) {
    const pick = k + randomInt(random, candidates.length - k);
    [candidates[k], candidates[pick]] = [candidates[pick]!, candidates[k]!];
    isFinal[candidates[k]!] = 1;
  }
  if (finalCount > candidates.length && states > 0) isFinal[0] = 1;
  const stateDefs: StateDef[] = [];
  for (let s = 0; s < states; s++) stateDefs.push(isFinal[s] ? { name: `S${s}`, final: true } : { name: `S${s}` });
  const transitions: Transition[] = [];
  for (let s = 0; s < states; s++) {
    if (isFinal[s]) continue;
    for (let k = 0; k < perState; k++) {
      const transition: Transition = { from: `S${s}`, event: `e${randomInt(random, eventCount)}`, to: `S${randomInt(random, states)}` };
      transitions.push(options.guards && random() < 0.25 ? { ...transition, guard: `g${randomInt(random, 5)}` } : transition);
    }
  }
  return {
    version: CURRENT_VERSION,
    name: `Random ${states} (seed ${seed})`,
    ...(states > 0 ? { initial: 'S0' } : {}),
    states: stateDefs,
    events: Array.from({ length: eventCount }, (_, e) => ({ name: `e${e}` })),
    transitions,
    layout: EMPTY_LAYOUT,
  };
}
