/**
 * The generated module, compiled and run, agrees step by step with the
 * simulator's `step()` (SPEC section 3): the state, every rejection and its
 * reason, which guards are asked in which order, the exact order of actions
 * and what listeners hear.
 */
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { actionNames, alphabet, guardNames, type Machine } from '../machine';
import { startActions, step, transitionIndex } from '../simulate';
import { adversarialMachine } from './__fixtures__/adversarialMachines';
import { loadGenerated, record, type TransitionChange } from './__fixtures__/generatedModule';

interface Scenario {
  readonly machine: Machine;
  /** Resume in the state with this index instead of starting, when set. */
  readonly resumeAt: number | undefined;
  readonly steps: readonly { readonly event: number; readonly guardAnswers: readonly boolean[] }[];
}

const scenario: fc.Arbitrary<Scenario> = adversarialMachine().chain((machine) =>
  fc.record({
    machine: fc.constant(machine),
    resumeAt: fc.option(fc.nat(machine.states.length - 1), { nil: undefined, freq: 4 }),
    steps: fc.array(
      fc.record({
        // One past the alphabet: an event the machine does not know, as untyped callers may send.
        event: fc.nat(alphabet(machine).length),
        guardAnswers: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
      }),
      { maxLength: 25 },
    ),
  }),
);

test.prop([scenario], { numRuns: 100 })('the generated module agrees with step() on random machines and inputs', ({ machine, resumeAt, steps }) => {
  const module = loadGenerated(machine);
  const events = [...alphabet(machine), 'an event this machine does not know'];
  const log: string[] = [];
  let answers: readonly boolean[] = [];
  let asked = 0;
  const guards = record(guardNames(machine), (name) => ({ state, event }: { state: string; event: string }) => {
    log.push(`guard ${JSON.stringify([name, state, event])}`);
    return answers[asked++] ?? false;
  });
  const actions = record(actionNames(machine), (name) => (context: Partial<TransitionChange>) => {
    log.push(`action ${JSON.stringify([name, context.from, context.event, context.to])}`);
  });

  const resumeState = resumeAt === undefined ? undefined : machine.states[resumeAt]!.name;
  const running = module.createMachine({ guards, actions, ...(resumeState === undefined ? {} : { state: resumeState }) });
  running.subscribe((change) => log.push(`heard ${JSON.stringify([change.from, change.event, change.to])}`));
  let state = resumeState ?? machine.initial!;
  const expected: string[] =
    resumeState === undefined ? startActions(machine).map((a) => `action ${JSON.stringify([a.name, undefined, undefined, state])}`) : [];
  expect(log).toEqual(expected);
  expect(running.state).toBe(state);

  for (const { event: eventNumber, guardAnswers } of steps) {
    const event = events[eventNumber]!;
    const expectedLog: string[] = [];
    let simulatorAsked = 0;
    const result = step(machine, state, event, (guard, context) => {
      expectedLog.push(`guard ${JSON.stringify([guard, context.state, context.event])}`);
      return guardAnswers[simulatorAsked++] ?? false;
    });
    const guardLog = [...expectedLog];
    const fires = result.kind === 'fired';
    const candidates = transitionIndex(machine).get(state)?.get(event) ?? [];
    const isFinal = machine.states.some((s) => s.name === state && s.final);
    expect(module.isLegal(state, event)).toBe(!isFinal && candidates.length > 0);

    log.length = 0;
    answers = guardAnswers;
    asked = 0;
    expect(running.can(event)).toBe(fires);
    expect(log, '`can` asks the same guards and runs no action').toEqual(guardLog);

    log.length = 0;
    asked = 0;
    if (result.kind === 'fired') {
      for (const action of result.actions) expectedLog.push(`action ${JSON.stringify([action.name, state, event, result.to])}`);
      expectedLog.push(`heard ${JSON.stringify([state, event, result.to])}`);
      expect(running.send(event)).toBe(result.to);
      state = result.to;
    } else {
      let thrown: unknown;
      try {
        running.send(event);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(module.InvalidTransitionError);
      expect(thrown).toMatchObject({ state, event, reason: result.reason });
    }
    expect(log).toEqual(expectedLog);
    expect(running.state).toBe(state);
  }
}, 60_000);
