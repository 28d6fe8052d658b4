/**
 * Test support for the import/export round trips: machines with entry, exit and
 * transition actions and descriptions, named from a pool that targets the three
 * formats (Mermaid syntax, XML, XState paths and wildcards), and the transition
 * table the round trips must preserve.
 */
import fc from 'fast-check';
import { ADVERSARIAL_NAMES, arbMachine } from '../testing/arbitraries';
import type { Machine, StateDef, Transition } from '../machine/types';

/** Names aimed at the encodings of these formats, on top of the shared adversarial pool. */
export const FORMAT_HOSTILE_NAMES: readonly string[] = [
  ...ADVERSARIAL_NAMES,
  'a: b', 'semi;colon', '%% comment', 'direction TB', 'x --> y', '[*]', 'note left of x', 'state "q" as s0', 'end note',
  '<img src=x onerror=alert(1)>', '&amp;', '#35;', '#quot;', 'a.b', '.lead', '#a.b', 'x.*', 'back\\u{41}', 'bell\u0007',
  '\ud800lone', 'a [b] / c', '  ', 'trailing ', 'style x:#f00;', 'classDef a fill:#f00;', '{', '}', 'A --', 'ümlaut/ß',
];

/** Descriptions aimed at the Mermaid documentation comments: directives, line breaks, entity codes, look-alike lines. */
export const HOSTILE_DESCRIPTIONS: readonly string[] = [
  'Waits for the customer to pay.\nThen ships.', '%%{init: {"theme":"dark"}}%%', '%%{init: {"theme":"dark"}', '100% sure, 50%% off',
  'event Ship: looks like an event line', 'event x:', '   indented\n\n\nafter blanks', 'ends with a newline\n', '\nstarts with one',
  'line\r\nbreaks\rof every\u2028kind\u2029and\u0085NEL', 'direction TB', '#35; #quot; #1234567890123456789012345678901;', 'a:::warning',
  '<img src=x onerror=alert(1)>', '---\ntitle: injected\n---', 'stateDiagram-v2', 's0 --> s1 : Pay', '}%%', '\ud800lone', '状態 🚀', 'tab\there\t',
];

export interface RichOptions {
  readonly adversarialNames?: boolean;
  /** Also give the machine, its events and its transitions descriptions from HOSTILE_DESCRIPTIONS. */
  readonly documented?: boolean;
  /** Names to leave out (a format's documented limits). */
  readonly exclude?: (name: string, kind: 'state' | 'event') => boolean;
}

const renamer = (pool: readonly string[], prefix: string) =>
  fc.shuffledSubarray([...pool], { minLength: pool.length }).map((shuffled) => (original: string) => {
    const index = Number(original.slice(prefix.length));
    return index < shuffled.length ? shuffled[index]! : `${shuffled[index % shuffled.length]!}${index}`;
  });

/**
 * Machines with guards, actions, entry/exit actions and state descriptions.
 * @example fc.assert(fc.property(arbRichMachine({ adversarialNames: true }), (m) => …))
 */
export function arbRichMachine(options: RichOptions = {}): fc.Arbitrary<Machine> {
  const rich = arbUndocumentedMachine(options);
  return options.documented ? rich.chain(withDescriptions) : rich;
}

const description = () => fc.option(fc.oneof(fc.constantFrom(...HOSTILE_DESCRIPTIONS), fc.string({ unit: 'binary', maxLength: 12 })), { nil: undefined });

/** The machine with a description, descriptions for some of its events (and one unused event), and for some transitions. */
function withDescriptions(machine: Machine): fc.Arbitrary<Machine> {
  const eventNames = [...new Set(machine.transitions.map((t) => t.event)), 'unused event'];
  return fc
    .record({
      machine: description(),
      events: fc.array(description(), { minLength: eventNames.length, maxLength: eventNames.length }),
      transitions: fc.array(description(), { minLength: machine.transitions.length, maxLength: machine.transitions.length }),
    })
    .map((drawn) => ({
      ...machine,
      ...(drawn.machine ? { description: drawn.machine } : {}),
      events: eventNames.flatMap((name, index) => (drawn.events[index] ? [{ name, description: drawn.events[index] }] : [])),
      transitions: machine.transitions.map((t, index) => (drawn.transitions[index] ? { ...t, description: drawn.transitions[index] } : t)),
    }));
}

function arbUndocumentedMachine(options: RichOptions): fc.Arbitrary<Machine> {
  const exclude = options.exclude ?? (() => false);
  const statePool = FORMAT_HOSTILE_NAMES.filter((n) => !exclude(n, 'state'));
  const eventPool = FORMAT_HOSTILE_NAMES.filter((n) => !exclude(n, 'event'));
  const plain = (prefix: string) => fc.constant((original: string) => original.replace(/^[A-Za-z]+/, prefix));
  const adversarial = options.adversarialNames ?? true;
  const actionList = fc.array(fc.constantFrom(...FORMAT_HOSTILE_NAMES, 'log', 'notify'), { maxLength: 3 });
  return fc
    .record({
      machine: arbMachine({ guards: true, maxStates: 6, maxEvents: 4 }),
      renameState: adversarial ? renamer(statePool, 'S') : plain('S'),
      renameEvent: adversarial ? renamer(eventPool, 'e') : plain('e'),
      renameGuard: adversarial ? renamer(FORMAT_HOSTILE_NAMES, 'g') : plain('g'),
      entries: fc.array(actionList, { minLength: 6, maxLength: 6 }),
      exits: fc.array(actionList, { minLength: 6, maxLength: 6 }),
      descriptions: fc.array(fc.option(fc.constantFrom(...FORMAT_HOSTILE_NAMES, 'Waits for the customer to pay.\nThen ships.')), { minLength: 6, maxLength: 6 }),
      actions: fc.array(actionList, { minLength: 20, maxLength: 20 }),
    })
    .map(({ machine, renameState, renameEvent, renameGuard, entries, exits, descriptions, actions }) => {
      const states: StateDef[] = machine.states.map((state, index) => {
        const description = descriptions[index];
        return {
          name: renameState(state.name),
          ...(description ? { description } : {}),
          ...(state.final ? { final: true as const } : {}),
          ...(entries[index]?.length ? { entry: entries[index] } : {}),
          ...(exits[index]?.length ? { exit: exits[index] } : {}),
        };
      });
      const transitions: Transition[] = machine.transitions.map((t, index) => ({
        from: renameState(t.from),
        event: renameEvent(t.event),
        to: renameState(t.to),
        ...(t.guard !== undefined ? { guard: renameGuard(t.guard) } : {}),
        ...(actions[index % actions.length]?.length ? { actions: actions[index % actions.length]! } : {}),
      }));
      return {
        ...machine,
        ...(machine.initial !== undefined ? { initial: renameState(machine.initial) } : {}),
        states,
        events: [],
        transitions,
      };
    });
}

/**
 * What a round trip through another format must keep: name, initial, states with
 * their flags, descriptions and actions, and the transitions of each state and
 * event in priority order. (Formats group transitions by state or by state and
 * event, which changes nothing about which one fires.)
 */
export function transitionTable(machine: Machine, keep: { readonly stateDescriptions?: boolean } = {}) {
  const transitions = sortedTransitions(machine).map((t) => ({ from: t.from, event: t.event, to: t.to, guard: t.guard, actions: t.actions ?? [] }));
  return {
    name: machine.name,
    initial: machine.initial,
    states: machine.states.map((s) => ({
      name: s.name,
      final: s.final ?? false,
      entry: s.entry ?? [],
      exit: s.exit ?? [],
      ...(keep.stateDescriptions !== false ? { description: s.description } : {}),
    })),
    transitions,
  };
}

/**
 * The documentation a round trip through Mermaid must also keep: the machine's
 * description, the described events and each transition's description, in
 * transition-table order.
 */
export function documentation(machine: Machine) {
  return {
    description: machine.description,
    events: machine.events.filter((e) => e.description).map((e) => ({ name: e.name, description: e.description })),
    transitions: sortedTransitions(machine).map((t) => t.description),
  };
}

/** Transitions by source state, then by (state, event) group, then in table order. */
function sortedTransitions(machine: Machine): Transition[] {
  const stateOrder = new Map(machine.states.map((s, index) => [s.name, index]));
  const groupOrder = new Map<string, number>();
  const groupKey = (t: Transition) => JSON.stringify([t.from, t.event]);
  machine.transitions.forEach((t) => {
    if (!groupOrder.has(groupKey(t))) groupOrder.set(groupKey(t), groupOrder.size);
  });
  return machine.transitions
    .map((t, index) => ({ t, index }))
    .sort((a, b) => (stateOrder.get(a.t.from) ?? 0) - (stateOrder.get(b.t.from) ?? 0) || groupOrder.get(groupKey(a.t))! - groupOrder.get(groupKey(b.t))! || a.index - b.index)
    .map(({ t }) => t);
}
