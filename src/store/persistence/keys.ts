/**
 * Storage keys. Everything Statewright keeps in the browser starts with
 * `statewright:` so it never collides with other apps on the same origin.
 */
export const PREFIX = 'statewright:';
export const INDEX_KEY = `${PREFIX}index`;
export const CURRENT_KEY = `${PREFIX}current`;
const MACHINE_PREFIX = `${PREFIX}machine:`;
const UNREADABLE_PREFIX = `${PREFIX}unreadable:`;

/** The subset of the Web Storage API the library uses (localStorage in the app). */
export type LibraryStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export function machineKey(id: string): string {
  return MACHINE_PREFIX + id;
}

/** The id in a machine key, or undefined for any other key. */
export function idOfMachineKey(key: string): string | undefined {
  return key.startsWith(MACHINE_PREFIX) ? key.slice(MACHINE_PREFIX.length) : undefined;
}

/** Where unreadable data is kept aside; `what` is a machine id or `index`. */
export function unreadableKey(what: string, at: number): string {
  return `${unreadablePrefix(what)}${at}`;
}

/** The start of every key holding unreadable data of `what` (ids never contain ':'). */
export function unreadablePrefix(what: string): string {
  return `${UNREADABLE_PREFIX}${what}:`;
}

export function isUnreadableKey(key: string): boolean {
  return key.startsWith(UNREADABLE_PREFIX);
}

/** Every key currently in the storage (a snapshot, since writes reorder keys). */
export function allKeys(storage: LibraryStorage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null) keys.push(key);
  }
  return keys;
}
