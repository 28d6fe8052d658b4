/**
 * Whatever edits a user makes, the result must save and load back unchanged:
 * random command sequences (refusals included) always yield machines whose
 * canonical bytes survive restoreText, and never mutate the machine they edit.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { alphabet, emptyMachine, restoreText, serialize, type Machine } from '../machine';
import * as commands from './index';
import type { CommandResult } from './result';
import { AWKWARD_NAMES } from './testing';

const name = fc.oneof(
  fc.constantFrom(...AWKWARD_NAMES, 'A', 'B', 'State 1', '', 'x'.repeat(200), 'x'.repeat(201)),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);
const names = fc.array(name, { maxLength: 3 });
const point = fc.record({ x: fc.double({ min: -1e6, max: 1e6, noNaN: true }), y: fc.integer({ min: -5000, max: 5000 }) });

const step = fc.record({
  kind: fc.constantFrom(
    'addState', 'addNamedState', 'renameState', 'deleteStates', 'setInitial', 'toggleFinal', 'editState',
    'addTransition', 'editTransition', 'deleteTransitions', 'moveTransition', 'moveStates',
    'renameEvent', 'addEvent', 'editEvent', 'deleteEvent', 'setMachineInfo',
  ),
  pick: fc.nat(),
  other: fc.nat(),
  name,
  text: fc.oneof(fc.constant(''), fc.string({ maxLength: 8 })),
  names,
  point,
  flag: fc.boolean(),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function pickFrom<T>(items: readonly T[], index: number, fallback: T): T {
  return items.length === 0 ? fallback : items[index % items.length]!;
}

function apply(m: Machine, s: Step): CommandResult {
  const state = pickFrom(m.states.map((x) => x.name), s.pick, s.name);
  const target = pickFrom(m.states.map((x) => x.name), s.other, s.name);
  const event = pickFrom(alphabet(m), s.pick, s.name);
  const index = m.transitions.length === 0 ? s.pick : s.pick % m.transitions.length;
  switch (s.kind) {
    case 'addState': return commands.addState(m, s.flag ? { position: s.point } : {});
    case 'addNamedState': return commands.addState(m, { name: s.name, final: s.flag, position: s.point });
    case 'renameState': return commands.renameState(m, { from: state, to: s.name });
    case 'deleteStates': return commands.deleteStates(m, { names: [state] });
    case 'setInitial': return commands.setInitial(m, { name: state });
    case 'toggleFinal': return commands.toggleFinal(m, { name: state });
    case 'editState': return commands.editState(m, s.flag ? { name: state, description: s.text, entry: s.names } : { name: state, exit: s.names });
    case 'addTransition': return commands.addTransition(m, { from: state, to: target, event: s.flag ? event : s.name, guard: s.text, actions: s.names });
    case 'editTransition': return commands.editTransition(m, s.flag ? { index, event: s.name, guard: s.text } : { index, to: target, actions: s.names, description: s.text });
    case 'deleteTransitions': return commands.deleteTransitions(m, { indices: [index] });
    case 'moveTransition': return commands.moveTransition(m, { index, direction: s.flag ? 'up' : 'down' });
    case 'moveStates': return commands.moveStates(m, { positions: new Map([[state, s.point]]) });
    case 'renameEvent': return commands.renameEvent(m, { from: event, to: s.name });
    case 'addEvent': return commands.addEvent(m, { name: s.name, description: s.text });
    case 'editEvent': return commands.editEvent(m, { name: event, description: s.text });
    case 'deleteEvent': return commands.deleteEvent(m, { name: event });
    case 'setMachineInfo': return commands.setMachineInfo(m, s.flag ? { name: s.name } : { description: s.text });
  }
}

describe('random command sequences', () => {
  test.prop([fc.array(step, { maxLength: 40 })], { numRuns: 300 })('produce machines that serialize, restore and serialize to the same bytes', (steps) => {
    let machine = emptyMachine();
    for (const s of steps) {
      const before = serialize(machine);
      const result = apply(machine, s);
      expect(serialize(machine)).toBe(before);
      if (!result.ok) continue;
      machine = result.machine;
      const bytes = serialize(machine);
      const restored = restoreText(bytes);
      if (!restored.ok) throw new Error(`${s.kind} produced a machine that does not restore: ${JSON.stringify(restored.problems)}`);
      expect(serialize(restored.machine)).toBe(bytes);
    }
  });
});
