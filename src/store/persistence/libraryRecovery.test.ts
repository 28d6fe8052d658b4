import { describe, expect, it } from 'vitest';
import { emptyMachine, serialize } from '../../core/machine';
import { createLibrary } from './library';
import { LibraryError } from './libraryError';
import { INDEX_KEY, machineKey } from './keys';
import { MemoryStorage } from './memoryStorage';

const clock = () => {
  let t = 1000;
  return () => t++;
};

describe('unreadable machines', () => {
  it.each([
    ['bad JSON', '{"version": 1, "states": ['],
    ['a bad shape', '{"version": 1, "states": [{"name": 3}]}'],
    ['a newer version', '{"version": 99, "name": "Future"}'],
  ])('keeps %s aside, reports the problems and stays usable', (_, text) => {
    const storage = new MemoryStorage();
    const library = createLibrary(storage, clock());
    const id = library.create(emptyMachine('Good'));
    const other = library.create(emptyMachine('Other'));
    storage.setItem(machineKey(id), text);

    const result = library.load(id);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.keptAs).toMatch(/^statewright:unreadable:/);
    expect(storage.getItem(result.keptAs)).toBe(text);
    expect(library.unreadable()).toEqual([{ key: result.keptAs, text }]);
    // The entry stays listed (the user decides), and reading it again keeps no second copy.
    expect(library.list().map((e) => e.id).sort()).toEqual([id, other].sort());
    const again = library.load(id);
    expect(!again.ok && again.keptAs).toBe(result.keptAs);
    expect(library.unreadable()).toHaveLength(1);
    const fresh = library.create(emptyMachine('Fresh'));
    expect(library.load(fresh).ok).toBe(true);
    library.save(id, emptyMachine('Replaced'));
    expect(library.load(id).ok).toBe(true);
    expect(storage.getItem(result.keptAs)).toBe(text);
    library.discardUnreadable(result.keptAs);
    expect(library.unreadable()).toEqual([]);
  });

  it('names the versions when the stored machine is newer than this build', () => {
    const storage = new MemoryStorage();
    const library = createLibrary(storage, clock());
    const id = library.create(emptyMachine());
    storage.setItem(machineKey(id), '{"version": 2}');
    const result = library.load(id);
    expect(!result.ok && result.problems[0]!.message).toMatch(/version 2.*up to 1/);
  });

  it('keeps unreadable data aside before a save could overwrite it', () => {
    const storage = new MemoryStorage();
    const id = createLibrary(storage, clock()).create(emptyMachine('Mine'));
    storage.setItem(machineKey(id), 'garbage');
    const library = createLibrary(storage, clock());
    library.save(id, emptyMachine('Newer'));
    expect(library.unreadable().map((u) => u.text)).toEqual(['garbage']);
    expect(storage.getItem(machineKey(id))).toBe(serialize(emptyMachine('Newer')));
  });
  it('leaves unreadable data in place, and refuses to overwrite it, when there is no room for a copy', () => {
    const storage = new MemoryStorage(4000);
    const library = createLibrary(storage, clock());
    const id = library.create(emptyMachine('Big'));
    const garbage = 'g'.repeat(2500);
    storage.setItem(machineKey(id), garbage);
    const result = library.load(id);
    expect(!result.ok && result.keptAs).toBe(machineKey(id));
    expect(() => library.save(id, emptyMachine('Tiny'))).toThrow(/cannot be read and there is no room to keep it aside, so it was not overwritten/);
    expect(storage.getItem(machineKey(id))).toBe(garbage);
  });
});

describe('an unreadable index', () => {
  it.each([
    ['bad JSON', '{not json'],
    ['a bad shape', '{"version": 1, "machines": [{"id": 1}]}'],
    ['a newer version', '{"version": 7, "machines": []}'],
  ])('with %s is kept aside and rebuilt from the machines found', (_, text) => {
    const storage = new MemoryStorage();
    const first = createLibrary(storage, clock());
    const a = first.create(emptyMachine('Alpha'));
    const b = first.create(emptyMachine('constructor'));
    storage.setItem(INDEX_KEY, text);

    const library = createLibrary(storage, clock());
    const names = library.list().map((e) => [e.id, e.name]);
    expect(names).toEqual(expect.arrayContaining([[a, 'Alpha'], [b, 'constructor']]));
    expect(names).toHaveLength(2);
    const notices = library.takeNotices();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/could not be read.*rebuilt.*statewright:unreadable:index:/);
    expect(library.takeNotices()).toEqual([]);
    expect(library.unreadable().map((u) => u.text)).toEqual([text]);
    expect(library.load(a).ok).toBe(true);
  });

  it('lists machines whose index entry was lost, and forgets entries whose machine is gone', () => {
    const storage = new MemoryStorage();
    const library = createLibrary(storage, clock());
    const a = library.create(emptyMachine('A'));
    const b = library.create(emptyMachine('B'));
    storage.removeItem(INDEX_KEY);
    storage.removeItem(machineKey(b));
    expect(library.list().map((e) => e.id)).toEqual([a]);
    expect(library.takeNotices()).toEqual([]);
  });
});

describe('writes that fail', () => {
  it('throw a LibraryError that says what to do, and keep the previous good copy', () => {
    const storage = new MemoryStorage(3000);
    const library = createLibrary(storage, clock());
    const id = library.create(emptyMachine('Small'));
    const before = storage.getItem(machineKey(id));
    const huge = { ...emptyMachine('Huge'), description: 'x'.repeat(5000) };
    expect(() => library.save(id, huge)).toThrow(LibraryError);
    expect(() => library.save(id, huge)).toThrow(/storage for Statewright is full.*"Huge" was not saved.*previously saved copy is unchanged/);
    expect(storage.getItem(machineKey(id))).toBe(before);
    expect(library.list().map((e) => e.name)).toEqual(['Small']);
    expect(() => library.create(huge)).toThrow(LibraryError);
    expect(library.list()).toHaveLength(1);
  });

  it('put the previous copy back when the machine fits but the list does not', () => {
    const storage = new MemoryStorage();
    const library = createLibrary(storage, clock());
    const id = library.create(emptyMachine('Before'));
    const before = storage.getItem(machineKey(id));
    const original = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      if (key === INDEX_KEY) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      original(key, value);
    };
    expect(() => library.save(id, emptyMachine('After'))).toThrow(/"After" was not saved/);
    expect(storage.getItem(machineKey(id))).toBe(before);
  });
});
