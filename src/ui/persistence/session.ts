/**
 * The link between the open document and "My machines": which entry is open,
 * opening files and examples as new entries (so nothing the user had is lost),
 * switching, renaming, duplicating and deleting entries. Components and actions
 * call these functions; none of them touches storage directly.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { emptyMachine, type InputProblem, type Machine } from '../../core/machine';
import { setMachineInfo } from '../../core/commands';
import { documentStore, viewStore } from '../../store';
import { startAutosave, type Autosave } from './autosave';
import type { Library as MachineLibrary, LibraryEntry } from '../../store/persistence';
import { setSaveStatus } from './saveStatus';

let library: MachineLibrary | undefined;
let autosave: Autosave | undefined;

/** Bumped after every change to the list of entries, so the My machines dialog re-reads it. */
const libraryRevision = createStore<{ revision: number }>()(() => ({ revision: 0 }));
const touchLibrary = () => libraryRevision.setState((s) => ({ revision: s.revision + 1 }));

export function useLibraryRevision(): number {
  return useStore(libraryRevision, (s) => s.revision);
}

/** Connects the library and starts saving the open document on every change. */
export function connectLibrary(next: MachineLibrary | undefined): void {
  autosave?.stop();
  library = next;
  autosave = next ? startAutosave(documentStore, next) : undefined;
  if (!next) setSaveStatus({ kind: 'not-saved', reason: 'This browser does not allow saving' });
}

export function hasLibrary(): boolean {
  return library !== undefined;
}

export function listEntries(): readonly LibraryEntry[] {
  autosave?.flush();
  const entries = library?.list() ?? [];
  reportLibraryNotices();
  return entries;
}

const peeked = new Map<string, Machine | undefined>();

/**
 * Loads an entry without opening it (for the My machines list: states count),
 * once per saved version, so listing never re-reads unchanged entries.
 */
export function peekEntry(entry: LibraryEntry): Machine | undefined {
  const key = `${entry.id}\u0000${entry.updatedAt}`;
  if (!peeked.has(key)) {
    const loaded = library?.load(entry.id);
    peeked.set(key, loaded?.ok ? loaded.machine : undefined);
    // The library has copied the unreadable data aside: say so once, after this render.
    if (loaded && !loaded.ok) queueMicrotask(() => reportUnreadable(entry.name, loaded.problems, loaded.keptAs));
  }
  return peeked.get(key);
}

function show(machine: Machine, documentId: string | undefined): void {
  autosave?.flush();
  viewStore.getState().clearSelection();
  viewStore.getState().stopEditing();
  documentStore.getState().open(machine, documentId === undefined ? {} : { documentId });
}

/**
 * Opens a machine as a new "My machines" entry, leaving every other entry as it was.
 * @example openAsNewEntry(exampleMachine)
 */
export function openAsNewEntry(machine: Machine): void {
  if (!library) {
    show(machine, undefined);
    return;
  }
  try {
    const id = library.create(machine);
    library.setCurrent(id);
    show(machine, id);
  } catch (error) {
    show(machine, undefined);
    notifyStorageError('The machine is open but could not be saved in this browser', error);
  }
  touchLibrary();
}

/** Opens a stored entry; an unreadable one is reported and kept aside by the library. */
export function openEntry(id: string): boolean {
  if (!library) return false;
  autosave?.flush();
  const name = library.list().find((e) => e.id === id)?.name ?? 'Untitled';
  const loaded = library.load(id);
  if (!loaded.ok) {
    reportUnreadable(name, loaded.problems, loaded.keptAs);
    touchLibrary();
    return false;
  }
  library.setCurrent(id);
  show(loaded.machine, id);
  touchLibrary();
  return true;
}

/** `states[1]: expected …`, or just the message when it concerns the whole text. */
const problemText = (problem: InputProblem) => (problem.path ? `${problem.path}: ${problem.message}` : problem.message);

export function reportUnreadable(name: string, problems: readonly InputProblem[], keptAs: string): void {
  const first = (problems[0] ? problemText(problems[0]) : 'its data is damaged').replace(/\.$/, '');
  const kept = keptAs ? ` The unreadable data was kept aside as ${keptAs}.` : '';
  viewStore.getState().notify({
    tone: 'error',
    title: `Your saved machine '${name}' could not be read: ${first}.${kept}`,
    details: problems.slice(1).map(problemText),
  });
}

/** Tells the user about repairs the library made while reading (a rebuilt list). */
export function reportLibraryNotices(): void {
  for (const message of library?.takeNotices() ?? []) viewStore.getState().notify({ tone: 'warning', title: message });
}

export function newMachine(): void {
  openAsNewEntry(emptyMachine());
}

export function currentEntryId(): string | undefined {
  return documentStore.getState().documentId;
}

/** Renames an entry; the open one is renamed through the document so it is one undo step. */
export function renameEntry(id: string, name: string): void {
  if (!library) return;
  if (id === currentEntryId()) {
    documentStore.getState().apply((m) => setMachineInfo(m, { name }));
  } else {
    try {
      library.rename(id, name);
    } catch (error) {
      notifyStorageError('Could not rename the machine', error);
    }
  }
  touchLibrary();
}

export function duplicateEntry(id: string): string | undefined {
  if (!library) return undefined;
  autosave?.flush();
  try {
    const copy = library.duplicate(id);
    touchLibrary();
    return copy;
  } catch (error) {
    notifyStorageError('Could not duplicate the machine', error);
    return undefined;
  }
}

/** Deletes an entry; deleting the open one opens the most recent other entry, or a new one. */
export function removeEntry(id: string): void {
  if (!library) return;
  const wasOpen = id === currentEntryId();
  library.remove(id);
  if (wasOpen) {
    const next = library.list()[0];
    if (!next || !openEntry(next.id)) newMachine();
  }
  touchLibrary();
}

function notifyStorageError(title: string, error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  viewStore.getState().notify({ tone: 'error', title: `${title}: ${reason}`, details: ['Download the machine to keep a copy.'] });
}
