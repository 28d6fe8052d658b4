/**
 * Opening machines from outside: the file picker, a dropped file, an example.
 * A valid machine opens as a new My machines entry; an invalid one shows every
 * problem and leaves the open machine untouched.
 */
import { viewStore } from '../../store';
import { openDialog } from '../dialogs/dialogStore';
import { openAsNewEntry } from '../persistence/session';
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

export async function openExample(file: string, title: string): Promise<void> {
  try {
    openAsNewEntry(await loadExample(file));
    viewStore.getState().notify({ tone: 'success', title: `Opened the example “${title}” as a new machine.` });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    viewStore.getState().notify({ tone: 'error', title: reason, details: ['Check your connection and try again.'] });
  }
}
