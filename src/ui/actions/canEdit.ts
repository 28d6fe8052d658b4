/**
 * Whether the document may be changed right now: not a read-only review and
 * not simulating. Editing actions use it as their `isEnabled`.
 */
import { documentStore, viewStore } from '../../store';

export function canEdit(): boolean {
  return !documentStore.getState().readOnly && viewStore.getState().mode === 'edit';
}
