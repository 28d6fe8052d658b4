/**
 * Every UI action, in one list that the toolbar, menus and the keyboard
 * dispatcher read. To add actions: export an `Action[]` and add it here.
 */
import { canvasActions } from '../canvas/canvasActions';
import { exportActions } from '../dialogs/export/exportActions';
import { simulatorActions } from '../panels/simulator/simulatorActions';
import { fileActions } from './fileActions';
import { layoutActions } from '../layout/layoutActions';
import { shareActions } from '../share/shareActions';
import { imageActions } from '../image/imageActions';
import { historyActions } from './historyActions';
import { helpActions } from '../help/helpActions';
import type { Action } from './types';

export const actions: readonly Action[] = [
  ...fileActions,
  ...historyActions,
  ...canvasActions,
  ...exportActions,
  ...simulatorActions,
  ...layoutActions,
  ...shareActions,
  ...imageActions,
  ...helpActions,
];

const byId = new Map(actions.map((action) => [action.id, action]));

export function actionById(id: string): Action | undefined {
  return byId.get(id);
}

export function isActionEnabled(action: Action): boolean {
  return action.isEnabled ? action.isEnabled() : true;
}

/** Runs an action if it is enabled; errors become a notice rather than vanishing. */
export function runAction(action: Action, onError: (error: unknown) => void): void {
  if (!isActionEnabled(action)) return;
  try {
    const result = action.run();
    if (result instanceof Promise) result.catch(onError);
  } catch (error) {
    onError(error);
  }
}
