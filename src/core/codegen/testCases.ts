/**
 * What the generated test file (`--to test`) checks, as data: one case per
 * transition that can be made to fire, the state × event pairs with no
 * transition, and the shortest event path to every reachable state. Computed
 * here from the machine, independently of the generated module under test.
 */
import { pathTo } from '../analysis';
import type { Machine } from '../machine';
import { alphabet } from '../machine';
import { transitionIndex } from '../simulate';

/** Guard answers that make exactly one transition fire: its own guard true, earlier ones for the same state and event false. */
export interface GuardSetting {
  readonly trueGuards: readonly string[];
  readonly falseGuards: readonly string[];
}

export interface TransitionCase extends GuardSetting {
  readonly index: number;
  readonly from: string;
  readonly event: string;
  readonly to: string;
  /** Exit actions of `from`, the transition's actions, entry actions of `to`, in order. */
  readonly actions: readonly string[];
}

/**
 * The last step of the shortest path to `state`: from `previous` on `event`. Following
 * `previous` back to the initial state gives the whole path, so the table grows with
 * the number of states, not with states × path length.
 */
export interface PathStepCase extends GuardSetting {
  readonly state: string;
  readonly previous: string;
  readonly event: string;
}

export interface TestCases {
  /** Entry actions of the initial state, run at start. */
  readonly startActions: readonly string[];
  readonly transitions: readonly TransitionCase[];
  /** Table rows that can never fire alone (shadowed, out of a final state, or a guard name repeated earlier in its cell). */
  readonly unforcible: readonly number[];
  /** Legal events per non-final state: every other state × event pair must be rejected. */
  readonly legalEvents: ReadonlyMap<string, readonly string[]>;
  /** Legal pairs whose transitions are all guarded: with every guard false they must be rejected. */
  readonly allGuarded: readonly (readonly [string, string])[];
  /** One row per reachable state other than the initial one, parents before children. */
  readonly paths: readonly PathStepCase[];
}

/**
 * The cases of the generated test file for a runnable machine.
 * @example testCases(order).transitions[0] // { from: 'AwaitingPayment', event: 'Pay', to: 'Paid', trueGuards: ['amountPositive'], … }
 */
export function testCases(machine: Machine): TestCases {
  const index = transitionIndex(machine);
  const stateByName = new Map(machine.states.map((s) => [s.name, s]));
  const transitions: TransitionCase[] = [];
  const unforcible: number[] = [];
  machine.transitions.forEach((transition, i) => {
    const setting = guardSetting(machine, i);
    if (stateByName.get(transition.from)?.final || !setting) {
      unforcible.push(i);
      return;
    }
    const actions = [
      ...(stateByName.get(transition.from)?.exit ?? []),
      ...(transition.actions ?? []),
      ...(stateByName.get(transition.to)?.entry ?? []),
    ];
    transitions.push({ index: i, from: transition.from, event: transition.event, to: transition.to, actions, ...setting });
  });

  const legalEvents = new Map<string, string[]>();
  const allGuarded: [string, string][] = [];
  for (const state of machine.states) {
    if (state.final) continue;
    const events = alphabet(machine).filter((event) => index.get(state.name)?.get(event)?.length);
    if (events.length) legalEvents.set(state.name, events);
    for (const event of events) {
      if (index.get(state.name)?.get(event)?.every((c) => c.transition.guard !== undefined)) allGuarded.push([state.name, event]);
    }
  }

  // Breadth-first order (by path length), so a row's `previous` always has its own row above it.
  const paths = machine.states
    .flatMap((state) => {
      const steps = pathTo(machine, state.name);
      const last = steps?.[steps.length - 1];
      if (!steps || !last) return [];
      const setting = {
        trueGuards: [...last.guards].filter(([, value]) => value).map(([name]) => name),
        falseGuards: [...last.guards].filter(([, value]) => !value).map(([name]) => name),
      };
      return [{ length: steps.length, row: { state: state.name, previous: last.from, event: last.event, ...setting } }];
    })
    .sort((a, b) => a.length - b.length)
    .map(({ row }) => row);
  const startActions = stateByName.get(machine.initial ?? '')?.entry ?? [];
  return { startActions, transitions, unforcible, legalEvents, allGuarded, paths };
}

/** The guard answers that make transition `i` fire, or undefined when no answers can (see `unforcible`). */
function guardSetting(machine: Machine, i: number): GuardSetting | undefined {
  const transition = machine.transitions[i]!;
  const falseGuards = new Set<string>();
  for (const candidate of transitionIndex(machine).get(transition.from)?.get(transition.event) ?? []) {
    if (candidate.index === i) break;
    if (candidate.transition.guard === undefined) return undefined;
    falseGuards.add(candidate.transition.guard);
  }
  if (transition.guard !== undefined && falseGuards.has(transition.guard)) return undefined;
  return { trueGuards: transition.guard === undefined ? [] : [transition.guard], falseGuards: [...falseGuards] };
}
