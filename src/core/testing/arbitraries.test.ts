import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { restore } from '../machine/restore';
import { serialize } from '../machine/serialize';
import type { Machine } from '../machine/types';
import { arbMachine } from './arbitraries';

describe('arbMachine', () => {
  test.prop([arbMachine({ adversarialNames: true, guards: true, maxStates: 30 })])('gives documents the restore door accepts, with unique state names', (m) => {
    expect(new Set(m.states.map((s) => s.name)).size).toBe(m.states.length);
    expect(restore(JSON.parse(serialize(m))).ok).toBe(true);
  });

  test('produces unknown states and empty events when asked, and never otherwise', () => {
    const broken = (m: Machine) => {
      const names = new Set(m.states.map((s) => s.name));
      return m.transitions.some((t) => !names.has(t.from) || !names.has(t.to) || t.event === '');
    };
    expect(fc.sample(arbMachine({ brokenReferences: true }), 50).some(broken)).toBe(true);
    expect(fc.sample(arbMachine({}), 200).some(broken)).toBe(false);
  });

  test('draws adversarial names', () => {
    const sample = fc.sample(arbMachine({ adversarialNames: true, minStates: 8 }), 5);
    expect(sample.some((m) => m.states.some((s) => s.name === '__proto__' || s.name.includes('\n') || s.name.includes('"')))).toBe(true);
  });
});
