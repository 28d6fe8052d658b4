/**
 * fast-check arbitraries for machines whose names try to break generated code:
 * quotes, backslashes, comment and template delimiters, line separators, lone
 * surrogates, reserved words, Object.prototype keys, and names that collide once
 * turned into identifiers. Every machine is runnable (no reference errors), with
 * guards, transition actions and entry/exit actions.
 */
import { fc } from '@fast-check/vitest';
import { CURRENT_VERSION, EMPTY_LAYOUT, type Machine, type StateDef, type Transition } from '../../machine';

export const adversarialNames: readonly string[] = [
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'valueOf',
  'class', 'default', 'new', 'delete', 'in', 'this', 'undefined', 'null', 'NaN',
  '"', "'", '`', '\\', '\\"', 'say "hi"', '*/', '/*', '//', '*/ throw 1; /*', '${x}', '`${1}`',
  'line\nbreak', 'cr\rlf\r\n', '\u2028', 'a\u2029b', '\t', '\u0000', '\u007f',
  'café', 'cafe\u0301', '🚀', '\ud800', 'x\udc00', 'a b', ' ', 'a-b', 'a_b', 'a.b', 'A', 'a', '0', '1e3',
  '\\u0041', '</script>', '<!--', 'S', 'S0', 'State', 'Event', 'Machine', 'states', 'x'.repeat(200),
];

const nameArbitrary = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...adversarialNames) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 8, unit: 'binary' }) },
);

const names = (min: number, max: number) => fc.uniqueArray(nameArbitrary, { minLength: min, maxLength: max });

export interface MachineShape {
  readonly maxStates?: number;
  readonly maxEvents?: number;
  readonly maxTransitions?: number;
}

/**
 * A runnable machine with adversarial names.
 * @example fc.sample(adversarialMachine(), 1)[0].states.length // 1 … 6
 */
export function adversarialMachine(shape: MachineShape = {}): fc.Arbitrary<Machine> {
  const { maxStates = 6, maxEvents = 4, maxTransitions = 14 } = shape;
  return fc
    .record({
      machineName: fc.oneof(fc.constantFrom(...adversarialNames), fc.string()),
      description: fc.option(fc.constantFrom(...adversarialNames), { nil: undefined }),
      stateNames: names(1, maxStates),
      eventNames: names(1, maxEvents),
      guardNames: names(0, 3),
      actionNames: names(0, 4),
      declaredEvents: fc.nat(maxEvents),
    })
    .chain((pools) => {
      const state = fc.nat(pools.stateNames.length - 1);
      const action = pools.actionNames.length ? fc.constantFrom(...pools.actionNames) : fc.constant('');
      const actionList = pools.actionNames.length ? fc.array(action, { maxLength: 3 }) : fc.constant([] as string[]);
      const guard = pools.guardNames.length
        ? fc.option(fc.constantFrom(...pools.guardNames), { nil: undefined, freq: 2 })
        : fc.constant(undefined);
      const transition = fc.record({
        from: state,
        event: fc.nat(pools.eventNames.length - 1),
        to: state,
        guard,
        actions: actionList,
      });
      const stateExtras = fc.array(fc.record({ final: fc.boolean(), entry: actionList, exit: actionList }), {
        minLength: pools.stateNames.length,
        maxLength: pools.stateNames.length,
      });
      return fc.record({
        pools: fc.constant(pools),
        initial: state,
        stateExtras,
        transitions: fc.array(transition, { maxLength: maxTransitions }),
      });
    })
    .map(({ pools, initial, stateExtras, transitions }): Machine => {
      const states: StateDef[] = pools.stateNames.map((name, i) => {
        const extra = stateExtras[i]!;
        return {
          name,
          // The initial state is never final, so every run has something to do.
          ...(extra.final && i !== initial ? { final: true as const } : {}),
          ...(extra.entry.length ? { entry: extra.entry } : {}),
          ...(extra.exit.length ? { exit: extra.exit } : {}),
        };
      });
      const table: Transition[] = transitions.map((t) => ({
        from: pools.stateNames[t.from]!,
        event: pools.eventNames[t.event]!,
        to: pools.stateNames[t.to]!,
        ...(t.guard !== undefined ? { guard: t.guard } : {}),
        ...(t.actions.length ? { actions: t.actions } : {}),
      }));
      return {
        version: CURRENT_VERSION,
        name: pools.machineName,
        ...(pools.description !== undefined ? { description: pools.description } : {}),
        initial: pools.stateNames[initial]!,
        states,
        events: pools.eventNames.slice(0, pools.declaredEvents).map((name) => ({ name })),
        transitions: table,
        layout: EMPTY_LAYOUT,
      };
    });
}
