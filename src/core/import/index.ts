/**
 * Importers for machines made in other tools. Each reads its format into a
 * plain document and ends in `restore()`, so imports pass the same door as
 * files and links. Imports carry no layout: the editor lays them out.
 */
import { restoreText, type RestoreResult } from '../machine/restore';
import { detectFormat, type SourceFormat } from './detectFormat';
import { importMermaid } from './mermaid';
import { importScxml } from './scxml';
import { importXState } from './xstate';

export { detectFormat, type SourceFormat } from './detectFormat';
export { importMermaid } from './mermaid';
export { importScxml } from './scxml';
export { importXState } from './xstate';
export { machineNameFromFile, nameImportFromFile } from './nameFromFile';

/** The formats `statewright import --from` accepts. */
export const importFormats = ['mermaid', 'scxml', 'xstate'] as const;
export type ImportFormat = (typeof importFormats)[number];

const importers: ReadonlyMap<SourceFormat, (text: string) => RestoreResult> = new Map([
  ['statewright', restoreText],
  ['mermaid', importMermaid],
  ['scxml', importScxml],
  ['xstate', importXState],
]);

/**
 * Reads `text` as `format`, or as whatever `detectFormat` recognises when no format is given.
 * @example importMachine('stateDiagram-v2\n[*] --> Idle') // { ok: true, machine }
 */
export function importMachine(text: string, format?: SourceFormat): RestoreResult {
  const chosen = format ?? detectFormat(text);
  const importer = chosen && importers.get(chosen);
  if (!importer) {
    return {
      ok: false,
      problems: [{ path: '', message: 'not a format Statewright recognises: expected a Statewright document, a Mermaid stateDiagram-v2, SCXML, or an XState machine config' }],
    };
  }
  return importer(text);
}
