/** Download of the open machine as its canonical `<stem>.fsm.json` bytes. */
import { serialize, type Machine } from '../../core/machine';
import { fileStem } from '../../core/codegen/fileStem';

export function machineFileName(machine: Pick<Machine, 'name'>): string {
  return `${fileStem(machine.name)}.fsm.json`;
}

/** Saves text as a file through the browser's download. */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** Saves any blob (a PNG image) through the browser's download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Chromium reads the blob asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadMachine(machine: Machine): void {
  downloadText(serialize(machine), machineFileName(machine));
}
