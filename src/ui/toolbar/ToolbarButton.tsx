/** A toolbar button for one action: label, shortcut in the tooltip, disabled state. */
import { memo } from 'react';
import { formatShortcut, shortcutsOf } from '../actions/shortcutMatch';
import { isMac } from '../actions/platform';
import { runAction } from '../actions/registry';
import { useActionActive, useActionEnabled } from '../actions/useActionEnabled';
import type { Action } from '../actions/types';
import { viewStore } from '../../store';
import { Icon } from './icons';
import type { ToolbarSlot } from './toolbarSlots';

export function actionTooltip(action: Action): string {
  const shortcut = shortcutsOf(action.shortcut)[0];
  const base = action.description ?? action.label;
  return shortcut ? `${base} (${formatShortcut(shortcut, isMac)})` : base;
}

export const ToolbarButton = memo(function ToolbarButton({ action, slot }: { readonly action: Action; readonly slot: ToolbarSlot }) {
  const enabled = useActionEnabled(action);
  const active = useActionActive(action);
  const label = action.label.replace(/…$/, '');
  return (
    <button
      type="button"
      className={`button ${slot.primary ? 'button--primary' : 'button--ghost'} ${slot.iconOnly ? 'button--icon' : ''} toolbar__button${active ? ' toolbar__button--active' : ''}`}
      aria-pressed={active}
      aria-label={slot.iconOnly ? label : undefined}
      title={actionTooltip(action)}
      disabled={!enabled}
      data-action={action.id}
      onClick={() =>
        runAction(action, (error) =>
          viewStore.getState().notify({ tone: 'error', title: `${label} failed: ${error instanceof Error ? error.message : String(error)}` }),
        )
      }
    >
      {slot.icon ? <Icon name={slot.icon} /> : null}
      {slot.iconOnly ? null : <span>{label}</span>}
    </button>
  );
});
