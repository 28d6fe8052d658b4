/**
 * Execution semantics (SPEC section 3) as a pure function. The simulator, the
 * generated TypeScript module and the XState export are all held to this.
 *
 * Nothing here runs user code: guards are answered by a predicate and actions
 * come back as data, in the order they would run.
 */
import type { Machine } from '../machine/types';
import { transitionIndex } from './transitionIndex';

export type ActionPhase = 'exit' | 'transition' | 'entry';

export interface ActionRun {
  readonly name: string;
  readonly phase: ActionPhase;
}

export type RejectReason = 'final-state' | 'no-transition' | 'guard-false' | 'unknown-state';

export type StepResult =
  | {
      readonly kind: 'fired';
      readonly from: string;
      readonly event: string;
      readonly to: string;
      /** 0-based index of the transition in the table. */
      readonly transition: number;
      readonly actions: readonly ActionRun[];
    }
  | {
      readonly kind: 'rejected';
      readonly from: string;
      readonly event: string;
      readonly reason: RejectReason;
      /** For `guard-false`: the guards that were asked and answered false, in table order. */
      readonly falseGuards: readonly string[];
    };

/** Answers a named guard. The simulator uses switches; tests use random outcomes. */
export type GuardOracle = (guard: string, context: { readonly state: string; readonly event: string }) => boolean;

export const allGuardsTrue: GuardOracle = () => true;

/**
 * The entry actions run when the machine starts in its initial state.
 * @example startActions(m) // [{ name: 'startPaymentTimer', phase: 'entry' }]
 */
export function startActions(machine: Machine): ActionRun[] {
  const initial = machine.states.find((s) => s.name === machine.initial);
  return (initial?.entry ?? []).map((name) => ({ name, phase: 'entry' as const }));
}

/**
 * One `send(event)` in state `state`.
 * @example step(m, 'Idle', 'InsertCoin') // { kind: 'fired', to: 'HasCoin', … }
 */
export function step(machine: Machine, state: string, event: string, guards: GuardOracle = allGuardsTrue): StepResult {
  const source = stateDef(machine, state);
  const reject = (reason: RejectReason, falseGuards: string[] = []): StepResult => ({
    kind: 'rejected',
    from: state,
    event,
    reason,
    falseGuards,
  });
  if (!source) return reject('unknown-state');
  if (source.final) return reject('final-state');
  const candidates = transitionIndex(machine).get(state)?.get(event);
  if (!candidates?.length) return reject('no-transition');
  const falseGuards: string[] = [];
  for (const { index, transition } of candidates) {
    if (transition.guard !== undefined && !guards(transition.guard, { state, event })) {
      falseGuards.push(transition.guard);
      continue;
    }
    const target = stateDef(machine, transition.to);
    const actions: ActionRun[] = [
      ...(source.exit ?? []).map((name) => ({ name, phase: 'exit' as const })),
      ...(transition.actions ?? []).map((name) => ({ name, phase: 'transition' as const })),
      ...(target?.entry ?? []).map((name) => ({ name, phase: 'entry' as const })),
    ];
    return { kind: 'fired', from: state, event, to: transition.to, transition: index, actions };
  }
  return reject('guard-false', falseGuards);
}

const stateCache = new WeakMap<Machine, Map<string, Machine['states'][number]>>();

function stateDef(machine: Machine, name: string) {
  let byName = stateCache.get(machine);
  if (!byName) {
    byName = new Map(machine.states.map((s) => [s.name, s]));
    stateCache.set(machine, byName);
  }
  return byName.get(name);
}
