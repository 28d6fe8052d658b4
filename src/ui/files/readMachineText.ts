/**
 * The UI's door for text from outside (an opened file, a drop, a paste): every
 * format ends in the model's one `restore` door, so problems always come back
 * with their JSON path (or line) and nothing half-read is ever opened.
 */
import { restoreText, type RestoreResult } from '../../core/machine';
import { detectFormat, importMachine, nameImportFromFile, type SourceFormat } from '../../core/import';

const formatByExtension: readonly [RegExp, SourceFormat][] = [
  [/\.(mmd|mermaid)$/i, 'mermaid'],
  [/\.(scxml|xml)$/i, 'scxml'],
];

/**
 * Reads a machine from a Statewright document, a Mermaid state diagram, SCXML
 * or an XState config. Text that is none of them is read as a Statewright
 * document, so the user sees exactly why it is not one. An import whose source
 * names no machine is named after the file.
 * @example readMachineText(await file.text(), file.name)
 */
export function readMachineText(text: string, fileName = ''): RestoreResult {
  const format = detectFormat(text) ?? formatByExtension.find(([pattern]) => pattern.test(fileName))?.[1];
  if (format === undefined || format === 'statewright') return restoreText(text);
  return nameImportFromFile(importMachine(text, format), fileName);
}

/** File types the Open dialog offers. */
export const OPENABLE_FILE_TYPES = '.fsm.json,.json,application/json,.mmd,.mermaid,.scxml,.xml,.js,.mjs,.ts';
