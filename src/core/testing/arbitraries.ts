/**
 * fast-check arbitraries for machines. By default names are plain (`S0`, `e1`);
 * `adversarialNames` draws them from strings that break naive code: object
 * prototype keys, quotes, backslashes, newlines, blanks, unicode, `#` and commas.
 * `brokenReferences` lets transitions name unknown states and leave the event empty.
 */
import fc from 'fast-check';
import { CURRENT_VERSION, EMPTY_LAYOUT, type Machine, type StateDef, type Transition } from '../machine/types';

export interface ArbMachineOptions {
  readonly minStates?: number;
  /** Default 8. */
  readonly maxStates?: number;
  /** Default 3 × maxStates. */
  readonly maxTransitions?: number;
  /** Default 4. */
  readonly maxEvents?: number;
  readonly guards?: boolean;
  /** Allow final states (default true). */
  readonly finals?: boolean;
  readonly adversarialNames?: boolean;
  readonly brokenReferences?: boolean;
}

/** Strings that have broken state-machine tools: prototype keys, quoting, escapes, blanks, unicode. */
export const ADVERSARIAL_NAMES: readonly string[] = [
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'a"b', "it's", 'back\\slash', 'two\nlines',
  ' padded ', 'tab\there', 'ünïcödé', '状態', '🚀 launch', '#hash', 'a,b', '${x}', '</script>', '0', 'null', 'S0',
];

const plainName = (prefix: string) => (index: number) => `${prefix}${index}`;

function namePool(prefix: string, adversarial: boolean): fc.Arbitrary<(index: number) => string> {
  if (!adversarial) return fc.constant(plainName(prefix));
  // A shuffled pool, made unique by suffixing the index when the pool runs out.
  return fc.shuffledSubarray([...ADVERSARIAL_NAMES], { minLength: ADVERSARIAL_NAMES.length }).map(
    (pool) => (index: number) => (index < pool.length ? pool[index]! : `${pool[index % pool.length]!}${index}`),
  );
}

/**
 * Random machines with the given shape.
 * @example fc.assert(fc.property(arbMachine({ adversarialNames: true }), (m) => analyze(m).problems.length >= 0))
 */
export function arbMachine(options: ArbMachineOptions = {}): fc.Arbitrary<Machine> {
  const maxStates = options.maxStates ?? 8;
  const maxEvents = options.maxEvents ?? 4;
  const adversarial = options.adversarialNames ?? false;
  return fc
    .record({
      stateCount: fc.integer({ min: options.minStates ?? 1, max: maxStates }),
      eventCount: fc.integer({ min: 1, max: maxEvents }),
      declaredEvents: fc.integer({ min: 0, max: maxEvents }),
      stateName: namePool('S', adversarial),
      eventName: namePool('e', adversarial),
      guardName: namePool('g', adversarial),
      initialIndex: fc.nat(),
      finalFlags: fc.array(fc.boolean(), { minLength: maxStates, maxLength: maxStates }),
      rows: fc.array(
        fc.record({ from: fc.nat(), to: fc.nat(), event: fc.nat(), guard: fc.option(fc.nat({ max: 3 }), { freq: 3 }), broken: fc.nat({ max: 9 }) }),
        { maxLength: options.maxTransitions ?? 3 * maxStates },
      ),
    })
    .map(({ stateCount, eventCount, declaredEvents, stateName, eventName, guardName, initialIndex, finalFlags, rows }) => {
      const states: StateDef[] = Array.from({ length: stateCount }, (_, s) =>
        options.finals !== false && finalFlags[s] && finalFlags[(s + 1) % maxStates] ? { name: stateName(s), final: true } : { name: stateName(s) },
      );
      const transitions: Transition[] = rows.map((row) => {
        const broken = options.brokenReferences ? row.broken : -1;
        const transition: Transition = {
          from: broken === 0 ? `missing ${stateName(row.from)}` : states[row.from % stateCount]!.name,
          event: broken === 1 ? '' : eventName(row.event % eventCount),
          to: broken === 2 ? `missing ${stateName(row.to)}` : states[row.to % stateCount]!.name,
        };
        return options.guards && row.guard !== null ? { ...transition, guard: guardName(row.guard) } : transition;
      });
      return {
        version: CURRENT_VERSION,
        name: 'Arbitrary',
        initial: states[initialIndex % stateCount]!.name,
        states,
        events: Array.from({ length: Math.min(declaredEvents, eventCount) }, (_, e) => ({ name: eventName(e) })),
        transitions,
        layout: EMPTY_LAYOUT,
      } satisfies Machine;
    });
}
