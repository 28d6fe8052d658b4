/** The toolbar's Auto-layout menu: the two directions, with their shortcuts. */
import { isMac } from '../actions/platform';
import { actionById, runAction } from '../actions/registry';
import { formatShortcut, shortcutsOf } from '../actions/shortcutMatch';
import { useActionEnabled } from '../actions/useActionEnabled';
import type { Action } from '../actions/types';
import { MenuButton } from '../toolbar/MenuButton';
import type { MenuItem } from '../toolbar/menuTypes';
import { viewStore } from '../../store';

const DIRECTIONS: readonly [string, string][] = [
  ['layout.right', 'Left to right'],
  ['layout.down', 'Top to bottom'],
];

function item(action: Action | undefined, label: string, enabled: boolean): MenuItem[] {
  if (!action) return [];
  const shortcut = shortcutsOf(action.shortcut)[0];
  return [
    {
      kind: 'item',
      id: action.id,
      label,
      ...(shortcut ? { shortcut: formatShortcut(shortcut, isMac) } : {}),
      ...(action.description ? { hint: action.description } : {}),
      disabled: !enabled,
      onSelect: () =>
        runAction(action, (error) =>
          viewStore.getState().notify({ tone: 'error', title: `Auto-layout failed: ${error instanceof Error ? error.message : String(error)}` }),
        ),
    },
  ];
}

export function LayoutMenu() {
  const [right, down] = DIRECTIONS.map(([id]) => actionById(id));
  const rightEnabled = useActionEnabled(right);
  const downEnabled = useActionEnabled(down);
  const items = [...item(right, DIRECTIONS[0]![1], rightEnabled), ...item(down, DIRECTIONS[1]![1], downEnabled)];
  const disabledReason = rightEnabled || downEnabled ? undefined : 'Auto-layout is available while editing a machine with states';
  return <MenuButton label="Auto-layout" items={items} {...(disabledReason ? { disabledReason } : {})} />;
}
