/**
 * What opens when the app starts: the machine that was open last, restored
 * from the library; a first-time visitor gets the vending-machine example as a
 * new entry; unreadable stored data is reported (and kept aside by the library)
 * and the app still starts.
 */
import { emptyMachine, type Machine } from '../../core/machine';
import { documentStore } from '../../store';
import { FIRST_VISIT_EXAMPLE, loadExample } from '../files/examples';
import type { Library as MachineLibrary } from '../../store/persistence';
import { connectLibrary, openAsNewEntry, reportLibraryNotices, reportUnreadable } from './session';
import { startupSources, type StartupSource } from './startupSources';

async function starterMachine(): Promise<Machine> {
  try {
    return await loadExample(FIRST_VISIT_EXAMPLE);
  } catch {
    return emptyMachine();
  }
}

/**
 * Connects the library and opens the starting machine.
 * @example await startSession(createLibrary(window.localStorage))
 */
export async function startSession(library: MachineLibrary | undefined, sources: readonly StartupSource[] = startupSources): Promise<void> {
  connectLibrary(library);
  for (const source of sources) {
    try {
      if (await source()) return;
    } catch {
      // A source that fails (a damaged link reports itself) falls through to the library.
    }
  }
  if (!library) {
    documentStore.getState().open(await starterMachine());
    return;
  }
  const entries = library.list();
  reportLibraryNotices();
  const id = library.currentId() ?? entries[0]?.id;
  if (id !== undefined && id !== null) {
    const loaded = library.load(id);
    if (loaded.ok) {
      library.setCurrent(id);
      documentStore.getState().open(loaded.machine, { documentId: id });
      return;
    }
    const name = entries.find((entry) => entry.id === id)?.name ?? 'Untitled';
    reportUnreadable(name, loaded.problems, loaded.keptAs);
  }
  openAsNewEntry(await starterMachine());
}
