/**
 * Imported machines whose source gives no name (a Mermaid diagram without a
 * title, SCXML without `name`, XState without `id`) take it from the file they
 * came from, so `door.mmd` opens as "door" rather than one more "Untitled".
 */
import type { RestoreResult } from '../machine/restore';

/** The name `restore()` gives a document that has none (SPEC section 1). */
const DEFAULT_NAME = 'Untitled';

/**
 * The file name without its folder and its machine extensions.
 * @example machineNameFromFile('/tmp/door.fsm.json') // 'door'
 */
export function machineNameFromFile(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return base.replace(/(\.fsm)?\.(json|mmd|mermaid|scxml|xml|js|mjs|cjs|ts|mts)$/i, '').trim();
}

/**
 * `result` with the file's name when the source named no machine; anything else unchanged.
 * @example nameImportFromFile(importMermaid(text), 'door.mmd') // machine.name === 'door'
 */
export function nameImportFromFile(result: RestoreResult, fileName: string): RestoreResult {
  if (!result.ok || result.machine.name !== DEFAULT_NAME) return result;
  const name = machineNameFromFile(fileName);
  return name === '' ? result : { ...result, machine: { ...result.machine, name } };
}
