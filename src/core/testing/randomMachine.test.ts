import { describe, expect, it } from 'vitest';
import { restore } from '../machine/restore';
import { serialize } from '../machine/serialize';
import { randomMachine } from './randomMachine';

describe('randomMachine', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(serialize(randomMachine(1, 50, { guards: true }))).toBe(serialize(randomMachine(1, 50, { guards: true })));
    expect(serialize(randomMachine(1, 50))).not.toBe(serialize(randomMachine(2, 50)));
  });

  it('has the asked shape: S0 initial, the given finals without outgoing transitions, n transitions per other state', () => {
    const m = randomMachine(4, 100, { transitionsPerState: 2, events: 3, finals: 5 });
    expect(m.initial).toBe('S0');
    expect(m.states.filter((s) => s.final)).toHaveLength(5);
    expect(m.states[0]!.final).toBeUndefined();
    expect(m.transitions).toHaveLength(95 * 2);
    const finals = new Set(m.states.filter((s) => s.final).map((s) => s.name));
    expect(m.transitions.some((t) => finals.has(t.from))).toBe(false);
    expect(new Set(m.transitions.map((t) => t.event)).size).toBeLessThanOrEqual(3);
  });

  it('is a valid document that survives the restore door', () => {
    const m = randomMachine(9, 30, { guards: true });
    const restored = restore(JSON.parse(serialize(m)));
    expect(restored.ok).toBe(true);
    expect(m.transitions.some((t) => t.guard !== undefined)).toBe(true);
  });

  it('handles the smallest sizes', () => {
    expect(randomMachine(1, 1).states).toEqual([{ name: 'S0', final: true }]);
    expect(randomMachine(1, 1, { finals: 0 }).transitions).toHaveLength(3);
    expect(randomMachine(1, 0).states).toEqual([]);
  });
});
