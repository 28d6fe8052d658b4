import type { Machine } from '../machine';
import { changed, refused, type CommandResult } from './result';

export interface SetMachineInfoArgs {
  readonly name?: string | undefined;
  /** `''` removes the description. */
  readonly description?: string | undefined;
}

/**
 * Sets the machine's name (used for file names and generated code) and description.
 * @example setMachineInfo(m, { name: 'Order', description: 'Lifecycle of a customer order' })
 */
export function setMachineInfo(machine: Machine, args: SetMachineInfoArgs): CommandResult {
  if (args.name !== undefined && args.name.trim() === '') {
    return refused('A machine needs a name; it is used for downloaded files and generated code. Type at least one letter.');
  }
  const name = args.name ?? machine.name;
  const description = args.description ?? machine.description ?? '';
  if (name === machine.name && description === (machine.description ?? '')) return changed(machine);
  const { description: _old, ...rest } = machine;
  return changed({ ...rest, name, ...(description ? { description } : {}) });
}
