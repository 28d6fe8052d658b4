/**
 * Whatever the user does in My machines, and even when the list itself gets
 * damaged, every machine stored is listed and loads back byte for byte.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { emptyMachine, serialize } from '../../core/machine';
import { addState } from '../../core/commands';
import { createLibrary } from './library';
import { INDEX_KEY } from './keys';
import { MemoryStorage } from './memoryStorage';

const operation = fc.oneof(
  fc.record({ op: fc.constant('create' as const), name: fc.string({ minLength: 1, maxLength: 6 }) }),
  fc.record({ op: fc.constant('save' as const), pick: fc.nat(), state: fc.string({ minLength: 1, maxLength: 6 }) }),
  fc.record({ op: fc.constant('rename' as const), pick: fc.nat(), name: fc.string({ minLength: 1, maxLength: 6 }) }),
  fc.record({ op: fc.constant('duplicate' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('damageIndex' as const), junk: fc.string({ maxLength: 10 }) }),
  fc.record({ op: fc.constant('reload' as const) }),
);

describe('My machines under random use', () => {
  test.prop([fc.array(operation, { maxLength: 30 })], { numRuns: 150 })('lists every stored machine and loads each back unchanged', (operations) => {
    const storage = new MemoryStorage();
    let clock = 0;
    let library = createLibrary(storage, () => clock++);
    const expected = new Map<string, string>();
    const pick = (n: number) => [...expected.keys()][n % Math.max(1, expected.size)];

    for (const step of operations) {
      if (step.op === 'create') {
        const machine = emptyMachine(step.name.trim() || 'Untitled');
        expected.set(library.create(machine), serialize(machine));
      } else if (step.op === 'damageIndex') {
        storage.setItem(INDEX_KEY, step.junk);
      } else if (step.op === 'reload') {
        library = createLibrary(storage, () => clock++);
      } else {
        const id = pick(step.pick);
        if (id === undefined) continue;
        if (step.op === 'save') {
          const edited = addState(emptyMachine('Saved'), { name: step.state });
          if (!edited.ok) continue;
          library.save(id, edited.machine);
          expected.set(id, serialize(edited.machine));
        } else if (step.op === 'rename') {
          if (step.name.trim() === '') continue;
          expected.set(id, serialize(library.rename(id, step.name)));
        } else if (step.op === 'duplicate') {
          const copy = library.duplicate(id);
          const loaded = library.load(copy);
          if (!loaded.ok) throw new Error('a fresh copy did not load');
          expect(loaded.machine.name.startsWith('Copy of ')).toBe(true);
          expected.set(copy, serialize(loaded.machine));
        } else {
          library.remove(id);
          expected.delete(id);
        }
      }
      expect(library.list().map((entry) => entry.id).sort()).toEqual([...expected.keys()].sort());
    }
    for (const [id, bytes] of expected) {
      const loaded = library.load(id);
      expect(loaded.ok && serialize(loaded.machine)).toBe(bytes);
    }
  });
});
