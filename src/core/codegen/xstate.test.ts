import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createActor, createMachine } from 'xstate';
import { generateXState } from './xstate';
import { restore } from '../machine/restore';
import type { Machine } from '../machine/types';
import { startActions, step } from '../simulate';
import { arbRichMachine } from '../import/roundTrip.testSupport';

/** Runs the generated module text with the real xstate and returns its `machine`. */
function loadExport(source: string) {
  const body = source
    .replace("import { createMachine } from 'xstate';", '')
    .replace('export const machine =', 'const machine =');
  expect(body).not.toMatch(/^\s*(import|export)\b/m);
  return new Function('createMachine', `${body}\nreturn machine;`)(createMachine) as ReturnType<typeof createMachine>;
}

/**
 * The known XState limits the export header warns about: a state named `__proto__`,
 * a state named `#…` containing `.` or `\`, wildcard event names. (The arbitrary's
 * machine is named `Arbitrary`; no pool name is `#Arbitrary`.)
 */
const xstateLimit = (name: string, kind: 'state' | 'event') =>
  (kind === 'state' && (name === '__proto__' || (name.startsWith('#') && /[.\\]/.test(name)))) ||
  (kind === 'event' && (name === '*' || name.endsWith('.*')));

function allNames<T extends string>(machine: Machine, pick: (m: Machine) => T[]): T[] {
  return [...new Set(pick(machine))];
}

describe('XState export runs in the real xstate like step() says', () => {
  test.prop(
    [
      arbRichMachine({ adversarialNames: true, exclude: xstateLimit }).chain((machine) =>
        fc.record({
          machine: fc.constant(machine),
          guardOutcomes: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
          events: fc.array(fc.nat(), { maxLength: 25 }),
        }),
      ),
    ],
    { numRuns: 150 },
  )('same state, same rejections, same actions in the same order', ({ machine, guardOutcomes, events }) => {
    const guardNames = allNames(machine, (m) => m.transitions.flatMap((t) => (t.guard === undefined ? [] : [t.guard])));
    const outcome = new Map(guardNames.map((name, index) => [name, guardOutcomes[index % guardOutcomes.length]!]));
    const log: string[] = [];
    const actionNames = allNames(machine, (m) => [
      ...m.states.flatMap((s) => [...(s.entry ?? []), ...(s.exit ?? [])]),
      ...m.transitions.flatMap((t) => t.actions ?? []),
    ]);
    const exported = loadExport(generateXState(machine)).provide({
      guards: Object.fromEntries(guardNames.map((name) => [name, () => outcome.get(name)!])),
      actions: Object.fromEntries(actionNames.map((name) => [name, () => void log.push(name)])),
    });
    const actor = createActor(exported).start();
    expect(log).toEqual(startActions(machine).map((a) => a.name));

    const alphabet = [...new Set(machine.transitions.map((t) => t.event)), 'not an event'];
    let state = machine.initial!;
    for (const pick of events) {
      const event = alphabet[pick % alphabet.length]!;
      const expected = step(machine, state, event, (guard) => outcome.get(guard)!);
      const snapshot = actor.getSnapshot();
      expect(snapshot.value).toBe(state);
      expect(snapshot.can({ type: event })).toBe(expected.kind === 'fired');
      if (expected.kind === 'rejected' && expected.reason === 'final-state') break;
      log.length = 0;
      actor.send({ type: event });
      if (expected.kind === 'fired') {
        expect(log).toEqual(expected.actions.map((a) => a.name));
        state = expected.to;
      } else {
        expect(log).toEqual([]);
      }
      expect(actor.getSnapshot().value).toBe(state);
    }
    actor.stop();
  });
});

describe('generateXState', () => {
  const order = restore({
    version: 1,
    name: 'Order',
    initial: 'Awaiting',
    states: [{ name: 'Awaiting', entry: ['startTimer'] }, { name: 'Paid' }, { name: 'Shipped', final: true }],
    transitions: [
      { from: 'Awaiting', event: 'Pay', to: 'Paid', guard: 'amountPositive', actions: ['charge'] },
      { from: 'Awaiting', event: 'Pay', to: 'Awaiting' },
      { from: 'Paid', event: 'Ship', to: 'Shipped' },
    ],
  });
  if (!order.ok) throw new Error('fixture machine is invalid');

  it('writes the module byte for byte as the fixture shows', async () => {
    const { readFile } = await import('node:fs/promises');
    const fixture = await readFile(new URL('./__fixtures__/xstate-order.xstate.js', import.meta.url), 'utf8');
    expect(generateXState(order.machine, { sourceFile: 'order.fsm.json' })).toBe(fixture);
  });

  it('marks self-loops reenter and keeps guarded alternatives in table order', () => {
    const text = generateXState(order.machine);
    expect(text).toContain('"Pay": [\n          { "target": "Paid", "guard": "amountPositive", "actions": ["charge"] },\n          { "target": "Awaiting", "reenter": true }');
  });

  it('writes __proto__ as a computed key and warns that XState cannot hold that state', () => {
    const machine = restore({ version: 1, initial: '__proto__', states: ['__proto__', 'a.b'], transitions: [{ from: 'a.b', event: '*', to: '__proto__' }] });
    if (!machine.ok) throw new Error('invalid');
    const text = generateXState(machine.machine);
    expect(text).toContain('["__proto__"]: {}');
    expect(text).toContain('state "__proto__" does not work');
    expect(text).toContain('reads the event names "*" as wildcards');
  });

  it('escapes dots and leading # in targets so XState finds the state', () => {
    const machine = restore({ version: 1, initial: 'a.b', states: ['a.b', '#c', 'back\\slash'], transitions: [
      { from: 'a.b', event: 'go', to: '#c' }, { from: '#c', event: 'go', to: 'back\\slash' }, { from: 'back\\slash', event: 'go', to: 'a.b' },
    ] });
    if (!machine.ok) throw new Error('invalid');
    const actor = createActor(loadExport(generateXState(machine.machine))).start();
    const seen = [actor.getSnapshot().value];
    for (let i = 0; i < 3; i++) {
      actor.send({ type: 'go' });
      seen.push(actor.getSnapshot().value);
    }
    expect(seen).toEqual(['a.b', '#c', 'back\\slash', 'a.b']);
  });

  it('keeps a final state\'s exit actions out of XState, which would run them on completion', () => {
    const machine = restore({ version: 1, initial: 'A', states: ['A', { name: 'Done', final: true, exit: ['never'] }], transitions: [{ from: 'A', event: 'finish', to: 'Done' }] });
    if (!machine.ok) throw new Error('invalid');
    const ran: string[] = [];
    const actor = createActor(loadExport(generateXState(machine.machine)).provide({ actions: { never: () => void ran.push('never') } })).start();
    actor.send({ type: 'finish' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(ran).toEqual([]);
  });
});
