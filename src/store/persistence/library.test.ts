import { describe, expect, it } from 'vitest';
import { emptyMachine, restoreText, serialize, type Machine } from '../../core/machine';
import { addState } from '../../core/commands';
import { createLibrary } from './library';
import { CURRENT_KEY, machineKey } from './keys';
import { MemoryStorage } from './memoryStorage';

function clock(start = 1000) {
  let t = start;
  return () => t++;
}

function machine(name: string, ...states: string[]): Machine {
  let m = emptyMachine(name);
  for (const state of states) {
    const result = addState(m, { name: state });
    if (!result.ok) throw new Error(result.reason);
    m = result.machine;
  }
  return m;
}

describe('createLibrary', () => {
  it('creates, lists (most recent first) and loads machines', () => {
    const storage = new MemoryStorage();
    const library = createLibrary(storage, clock());
    const a = library.create(machine('First', 'A'));
    const b = library.create(machine('__proto__', 'constructor'));
    expect(a).not.toBe(b);
    expect(library.list().map((e) => e.name)).toEqual(['__proto__', 'First']);
    const loaded = library.load(b);
    expect(loaded.ok && serialize(loaded.machine)).toBe(serialize(machine('__proto__', 'constructor')));
  });

  it('stores canonical serialize text under the statewright: prefix', () => {
    const storage = new MemoryStorage();
    const library = createLibrary(storage, clock());
    const m = machine('Order', 'Paid');
    const id = library.create(m);
    expect(storage.getItem(machineKey(id))).toBe(serialize(m));
    expect(machineKey(id).startsWith('statewright:')).toBe(true);
  });

  it('save replaces the machine and moves it to the top of the list with its new name', () => {
    const library = createLibrary(new MemoryStorage(), clock());
    const a = library.create(machine('A'));
    library.create(machine('B'));
    library.save(a, machine('A renamed', 'X'));
    expect(library.list().map((e) => e.name)).toEqual(['A renamed', 'B']);
    const loaded = library.load(a);
    expect(loaded.ok && loaded.machine.states.map((s) => s.name)).toEqual(['X']);
  });

  it('rename changes the name in the list and inside the document', () => {
    const storage = new MemoryStorage();
    const library = createLibrary(storage, clock());
    const id = library.create(machine('Old', 'S'));
    const renamed = library.rename(id, 'New "name"');
    expect(renamed.name).toBe('New "name"');
    expect(library.list()[0]!.name).toBe('New "name"');
    const stored = restoreText(storage.getItem(machineKey(id))!);
    expect(stored.ok && stored.machine.name).toBe('New "name"');
    expect(() => library.rename(id, ' ')).toThrow(/needs a name/);
  });

  it('duplicate stores an independent copy called "Copy of …"', () => {
    const library = createLibrary(new MemoryStorage(), clock());
    const id = library.create(machine('Vending', 'Idle'));
    const copy = library.duplicate(id);
    expect(copy).not.toBe(id);
    const loaded = library.load(copy);
    expect(loaded.ok && loaded.machine.name).toBe('Copy of Vending');
    expect(loaded.ok && loaded.machine.states.map((s) => s.name)).toEqual(['Idle']);
    library.save(copy, machine('Changed'));
    const original = library.load(id);
    expect(original.ok && original.machine.name).toBe('Vending');
  });

  it('remove deletes the machine, its entry and the current id when it pointed there', () => {
    const storage = new MemoryStorage();
    const library = createLibrary(storage, clock());
    const a = library.create(machine('A'));
    const b = library.create(machine('B'));
    library.setCurrent(a);
    library.remove(a);
    expect(library.list().map((e) => e.id)).toEqual([b]);
    expect(storage.getItem(machineKey(a))).toBeNull();
    expect(storage.getItem(CURRENT_KEY)).toBeNull();
    expect(library.currentId()).toBeUndefined();
    const gone = library.load(a);
    expect(gone.ok).toBe(false);
    expect(!gone.ok && gone.keptAs).toBe('');
  });

  it('remembers the current machine across library instances (a reload)', () => {
    const storage = new MemoryStorage();
    const first = createLibrary(storage, clock());
    expect(first.currentId()).toBeUndefined();
    const id = first.create(machine('Kept', 'S'));
    first.setCurrent(id);
    const second = createLibrary(storage, clock(5000));
    expect(second.currentId()).toBe(id);
    expect(second.list().map((e) => e.name)).toEqual(['Kept']);
  });
});
