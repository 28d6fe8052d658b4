/**
 * What every edit command returns. Commands are pure: they never mutate their
 * input and never throw for user input. A refusal carries a sentence the UI can
 * show as is. When an edit changes nothing, the command returns the very same
 * machine object, so the store can skip recording an undo step.
 */
import type { Machine } from '../machine';

export type CommandResult = { readonly ok: true; readonly machine: Machine } | { readonly ok: false; readonly reason: string };

/**
 * The edit succeeded (or changed nothing, when `machine` is the input itself).
 * @example changed({ ...machine, initial: 'Idle' })
 */
export function changed(machine: Machine): CommandResult {
  return { ok: true, machine };
}

/**
 * The edit was refused; `reason` says what is wrong and what to do instead.
 * @example refused('A state named "Paid" already exists; choose another name.')
 */
export function refused(reason: string): CommandResult {
  return { ok: false, reason };
}

/**
 * Quotes a user-supplied name for a message, so quotes, newlines and spaces stay visible.
 * @example quote('say "hi"') // '"say \\"hi\\""'
 */
export function quote(name: string): string {
  return JSON.stringify(name);
}
