/**
 * The list of stored machines (`statewright:index`): id, name and last change,
 * so "My machines" opens without parsing every machine. The index is derived
 * data: the machine keys are the truth, so an index that cannot be read is kept
 * aside and rebuilt from the machines found, and entries are reconciled with
 * the machine keys on every read.
 */
import { restoreText } from '../../core/machine';
import { allKeys, idOfMachineKey, INDEX_KEY, machineKey, unreadableKey, type LibraryStorage } from './keys';

export interface LibraryEntry {
  readonly id: string;
  readonly name: string;
  /** Milliseconds since the epoch; 0 when unknown (an entry rebuilt after a loss). */
  readonly updatedAt: number;
}

export interface IndexRead {
  readonly entries: LibraryEntry[];
  /** Set when the stored index had to be kept aside or repaired; says what happened. */
  readonly notice?: string;
}

const INDEX_VERSION = 1;

/** Reads the index, repairing it from the machine keys when needed. Never throws. */
export function readIndex(storage: LibraryStorage, now: () => number): IndexRead {
  const raw = storage.getItem(INDEX_KEY);
  const parsed = raw === null ? [] : parseIndex(raw);
  let notice: string | undefined;
  if (parsed === undefined) notice = keepIndexAside(storage, raw!, now());
  const { entries, changed } = reconcile(storage, parsed ?? []);
  if (changed || parsed === undefined) {
    try {
      writeIndex(storage, entries);
    } catch {
      // The index is derived from the machine keys and is rebuilt on the next read.
    }
  }
  return notice ? { entries, notice } : { entries };
}

/** Stores the index; throws what `setItem` throws. */
export function writeIndex(storage: LibraryStorage, entries: readonly LibraryEntry[]): void {
  storage.setItem(INDEX_KEY, JSON.stringify({ version: INDEX_VERSION, machines: entries }));
}

function parseIndex(raw: string): LibraryEntry[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value.version !== INDEX_VERSION || !Array.isArray(value.machines)) return undefined;
  const entries: LibraryEntry[] = [];
  const ids = new Set<string>();
  for (const item of value.machines) {
    if (!isRecord(item) || typeof item.id !== 'string' || typeof item.name !== 'string' || !Number.isFinite(item.updatedAt)) return undefined;
    if (ids.has(item.id)) return undefined;
    ids.add(item.id);
    entries.push({ id: item.id, name: item.name, updatedAt: item.updatedAt as number });
  }
  return entries;
}

function keepIndexAside(storage: LibraryStorage, raw: string, at: number): string {
  const key = unreadableKey('index', at);
  try {
    storage.setItem(key, raw);
    return `The list of your machines could not be read, so it was rebuilt from the machines stored in this browser. The unreadable list is kept under "${key}".`;
  } catch {
    return 'The list of your machines could not be read and the browser storage is too full to keep a copy of it, so it was rebuilt from the machines stored in this browser.';
  }
}

/** Drops entries whose machine is gone and adds machines the index does not list. */
function reconcile(storage: LibraryStorage, entries: readonly LibraryEntry[]): { entries: LibraryEntry[]; changed: boolean } {
  const storedIds = new Set<string>();
  for (const key of allKeys(storage)) {
    const id = idOfMachineKey(key);
    if (id !== undefined) storedIds.add(id);
  }
  const kept = entries.filter((entry) => storedIds.has(entry.id));
  const listed = new Set(kept.map((entry) => entry.id));
  const found: LibraryEntry[] = [];
  for (const id of storedIds) {
    if (!listed.has(id)) found.push({ id, name: storedName(storage, id), updatedAt: 0 });
  }
  return { entries: [...kept, ...found], changed: kept.length !== entries.length || found.length > 0 };
}

function storedName(storage: LibraryStorage, id: string): string {
  const result = restoreText(storage.getItem(machineKey(id)) ?? '');
  return result.ok ? result.machine.name : 'Unreadable machine';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
