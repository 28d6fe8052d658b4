/**
 * Tiny inline machines for unit tests: `tinyMachine({ initial: 'A', finals: ['C'],
 * transitions: [['A', 'go', 'B'], ['B', 'next', 'C', 'ready']] })`. States are
 * listed in `states` or, when omitted, taken in order of first mention.
 */
import { CURRENT_VERSION, EMPTY_LAYOUT, type Machine, type StateDef, type Transition } from '../machine/types';

/** `[from, event, to, guard?]` */
export type Row = readonly [string, string, string, string?];

export interface TinyMachineSpec {
  readonly initial?: string;
  readonly states?: readonly string[];
  readonly finals?: readonly string[];
  readonly events?: readonly string[];
  readonly transitions?: readonly Row[];
  readonly entry?: ReadonlyMap<string, readonly string[]>;
  readonly exit?: ReadonlyMap<string, readonly string[]>;
  readonly actions?: ReadonlyMap<number, readonly string[]>;
}

/**
 * A machine from a compact description.
 * @example tinyMachine({ initial: 'A', transitions: [['A', 'go', 'B']] })
 */
export function tinyMachine(spec: TinyMachineSpec): Machine {
  const rows = spec.transitions ?? [];
  const names = spec.states ?? [...new Set([...(spec.initial ? [spec.initial] : []), ...rows.flatMap(([from, , to]) => [from, to]), ...(spec.finals ?? [])])];
  const finals = new Set(spec.finals ?? []);
  const states: StateDef[] = names.map((name) => {
    const entry = spec.entry?.get(name);
    const exit = spec.exit?.get(name);
    return { name, ...(finals.has(name) ? { final: true as const } : {}), ...(entry ? { entry } : {}), ...(exit ? { exit } : {}) };
  });
  const transitions: Transition[] = rows.map(([from, event, to, guard], index) => {
    const actions = spec.actions?.get(index);
    return { from, event, to, ...(guard !== undefined ? { guard } : {}), ...(actions ? { actions } : {}) };
  });
  return {
    version: CURRENT_VERSION,
    name: 'Tiny',
    ...(spec.initial !== undefined ? { initial: spec.initial } : {}),
    states,
    events: (spec.events ?? []).map((name) => ({ name })),
    transitions,
    layout: EMPTY_LAYOUT,
  };
}
