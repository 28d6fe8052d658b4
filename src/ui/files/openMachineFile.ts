/**
 * Opening machines from outside: the file picker, a dropped file, an example.
 * A valid machine opens as a new My machines entry; an invalid one shows every
 * problem and leaves the open machine untouched.
 */
import { viewStore } from '../../store';
import { openDialog } from '../dialogs/dialogStore';
import { listEntries, openAsNewEntry, openEntry, peekEntry } from '../persistence/session';
import { exampleCopyPlan } from './exampleCopy';
import { loadExample } from './examples';
import { OPENABLE_FILE_TYPES, readMachineText } from './readMachineText';

/** Asks the browser for a file. Resolves with null when the user cancels. */
export function chooseFile(accept = OPENABLE_FILE_TYPES): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

export async function openMachineFile(file: File): Promise<void> {
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    viewStore.getState().notify({ tone: 'error', title: `Could not read ${file.name}: ${reason}` });
    return;
  }
  const result = readMachineText(text, file.name);
  if (!result.ok) {
    openDialog({ kind: 'input-problems', source: file.name, problems: result.problems });
    return;
  }
  openAsNewEntry(result.machine);
  viewStore.getState().notify({
    tone: 'success',
    title: `Opened ${file.name} as a new machine. Your other machines are in My machines.`,
  });
}

export async function openFromPicker(): Promise<void> {
  const file = await chooseFile();
  if (file) await openMachineFile(file);
}

/** Opens an example: its unchanged copy in My machines if there is one, else a new entry with a name of its own. */
export async function openExample(file: string, title: string): Promise<void> {
  try {
    const example = await loadExample(file);
    const stored = listEntries().map((entry) => ({ id: entry.id, name: entry.name, machine: peekEntry(entry) }));
    const plan = exampleCopyPlan(example, stored);
    if ('open' in plan && openEntry(plan.open)) {
      viewStore.getState().notify({ tone: 'success', title: `Opened your unchanged copy of the example “${title}” from My machines.` });
      return;
    }
    const name = 'create' in plan ? plan.create : example.name;
    openAsNewEntry({ ...example, name });
    const named = name === example.name ? '' : `, “${name}”, so the changed “${example.name}” in My machines stays as it is`;
    viewStore.getState().notify({ tone: 'success', title: `Opened the example “${title}” as a new machine${named}.` });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    viewStore.getState().notify({ tone: 'error', title: reason, details: ['Check your connection and try again.'] });
  }
}
