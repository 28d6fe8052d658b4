/**
 * "My machines": the machines this browser keeps, in a Storage passed in (so
 * tests use an in-memory one). Every read goes through `restoreText`; data
 * that cannot be restored is copied aside under `statewright:unreadable:…`
 * before anything could overwrite it, and the library stays usable. A failed
 * write throws a LibraryError the UI can show and leaves the last good copy.
 */
import { restoreText, serialize, type InputProblem, type Machine } from '../../core/machine';
import { setMachineInfo } from '../../core/commands';
import { allKeys, CURRENT_KEY, isUnreadableKey, machineKey, unreadableKey, unreadablePrefix, type LibraryStorage } from './keys';
import { describeWriteFailure, LibraryError, writeItem } from './libraryError';
import { readIndex, writeIndex, type LibraryEntry } from './libraryIndex';

export type LoadResult =
  | { readonly ok: true; readonly machine: Machine }
  /**
   * `keptAs` is the key of the copy of the unreadable text ('' when nothing was
   * stored). The entry stays in the list until the user removes it or saves over it.
   */
  | { readonly ok: false; readonly problems: readonly InputProblem[]; readonly keptAs: string };

export interface Library {
  /** Stored machines, most recently changed first. */
  list(): LibraryEntry[];
  load(id: string): LoadResult;
  /** Writes the canonical text; throws LibraryError if the browser refuses. */
  save(id: string, machine: Machine): void;
  /** Stores a new machine and returns its id; throws LibraryError if the browser refuses. */
  create(machine: Machine): string;
  /** Renames the stored machine (inside the document too) and returns it renamed. */
  rename(id: string, name: string): Machine;
  /** Stores a copy named "Copy of …" and returns the new id. */
  duplicate(id: string): string;
  remove(id: string): void;
  currentId(): string | undefined;
  setCurrent(id: string): void;
  /** Messages about repairs made while reading (a rebuilt list), each returned once. */
  takeNotices(): string[];
  /** Data kept aside because it could not be restored, for download or deletion. */
  unreadable(): { readonly key: string; readonly text: string }[];
  discardUnreadable(key: string): void;
}

export function createLibrary(storage: LibraryStorage, now: () => number = () => Date.now()): Library {
  const notices: string[] = [];
  // Ids whose stored text is known to restore (loaded or written here), so a
  // save never overwrites unreadable data that nobody has looked at yet.
  const readable = new Set<string>();

  const entries = (): LibraryEntry[] => {
    const read = readIndex(storage, now);
    if (read.notice) notices.push(read.notice);
    return read.entries;
  };

  // Copies (never moves) unreadable text aside: the entry stays listed, so the
  // user sees it and decides; the copy is what protects the data from a later save.
  const keepAside = (id: string, text: string): string => {
    const prefix = unreadablePrefix(id);
    const keys = allKeys(storage);
    const existing = keys.find((key) => key.startsWith(prefix) && storage.getItem(key) === text);
    if (existing) return existing;
    let key = unreadableKey(id, now());
    for (let n = 2; keys.includes(key); n++) key = `${unreadableKey(id, now())}-${n}`;
    try {
      storage.setItem(key, text);
      return key;
    } catch {
      // No room for a copy: the text stays where it is, and save() refuses to overwrite it.
      return machineKey(id);
    }
  };

  const dropEntry = (id: string): void => {
    const remaining = entries().filter((entry) => entry.id !== id);
    try {
      writeIndex(storage, remaining);
    } catch {
      // The index is rebuilt from the machine keys on the next read.
    }
  };

  const load = (id: string): LoadResult => {
    const text = storage.getItem(machineKey(id));
    if (text === null) {
      return { ok: false, problems: [{ path: '', message: 'this machine is no longer stored in this browser; it may have been deleted in another tab' }], keptAs: '' };
    }
    const result = restoreText(text);
    if (result.ok) {
      readable.add(id);
      return result;
    }
    readable.delete(id);
    return { ok: false, problems: result.problems, keptAs: keepAside(id, text) };
  };

  const save = (id: string, machine: Machine): void => {
    const key = machineKey(id);
    const previous = storage.getItem(key);
    if (previous !== null && !readable.has(id) && !restoreText(previous).ok && keepAside(id, previous) === key) {
      throw new LibraryError(`The stored copy of ${JSON.stringify(machine.name)} cannot be read and there is no room to keep it aside, so it was not overwritten. Download your machine as a file, then delete machines you no longer need.`);
    }
    const what = JSON.stringify(machine.name);
    writeItem(storage, key, serialize(machine), what);
    const others = entries().filter((entry) => entry.id !== id);
    try {
      writeIndex(storage, [{ id, name: machine.name, updatedAt: now() }, ...others]);
    } catch (error) {
      // Keep machine and list consistent: put the previous copy back. If even
      // that fails, the new text stays, which is a valid machine too.
      try {
        if (previous === null) storage.removeItem(key);
        else storage.setItem(key, previous);
      } catch {
        readable.add(id);
      }
      throw new LibraryError(describeWriteFailure(error, what));
    }
    readable.add(id);
  };

  const create = (machine: Machine): string => {
    const taken = new Set(allKeys(storage));
    let id = newId(now());
    while (taken.has(machineKey(id))) id = newId(now());
    save(id, machine);
    return id;
  };

  const loadOrThrow = (id: string): Machine => {
    const result = load(id);
    if (result.ok) return result.machine;
    const kept = result.keptAs ? ` The stored text is kept under "${result.keptAs}".` : '';
    throw new LibraryError(`This machine could not be read: ${result.problems[0]?.message ?? 'unknown problem'}.${kept}`);
  };

  return {
    list: () => entries().sort((a, b) => b.updatedAt - a.updatedAt),
    load,
    save,
    create,
    rename(id, name) {
      const renamed = setMachineInfo(loadOrThrow(id), { name });
      if (!renamed.ok) throw new LibraryError(renamed.reason);
      save(id, renamed.machine);
      return renamed.machine;
    },
    duplicate(id) {
      const machine = loadOrThrow(id);
      return create({ ...machine, name: `Copy of ${machine.name}` });
    },
    remove(id) {
      storage.removeItem(machineKey(id));
      readable.delete(id);
      if (storage.getItem(CURRENT_KEY) === id) storage.removeItem(CURRENT_KEY);
      dropEntry(id);
    },
    currentId() {
      const id = storage.getItem(CURRENT_KEY);
      return id !== null && storage.getItem(machineKey(id)) !== null ? id : undefined;
    },
    setCurrent(id) {
      writeItem(storage, CURRENT_KEY, id, 'which machine is open');
    },
    takeNotices: () => notices.splice(0),
    unreadable: () => allKeys(storage).filter(isUnreadableKey).map((key) => ({ key, text: storage.getItem(key) ?? '' })),
    discardUnreadable(key) {
      if (isUnreadableKey(key)) storage.removeItem(key);
    },
  };
}

/** A short id that sorts by creation time; uniqueness is checked against stored keys. */
function newId(at: number): string {
  return `${at.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
