/**
 * Applies a command from an inspector field and turns a refusal into the text
 * shown under the field (undefined when it was applied).
 */
import type { Machine } from '../../../core/machine';
import type { CommandResult } from '../../../core/commands';
import { documentStore } from '../../../store';
import { canEdit } from '../../actions/canEdit';

export function applyEdit(command: (machine: Machine) => CommandResult): string | undefined {
  if (!canEdit()) return 'The machine cannot be changed right now.';
  const outcome = documentStore.getState().apply(command);
  return outcome.ok ? undefined : outcome.reason;
}

/** Splits an action list typed as text: one per line or comma-separated, blanks dropped. */
export function parseNameList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export function formatNameList(names: readonly string[] | undefined): string {
  return (names ?? []).join(', ');
}
