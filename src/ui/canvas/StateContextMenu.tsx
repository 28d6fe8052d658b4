/**
 * Right-click menu on a state: the mouse path to rename, set initial, toggle
 * final, draw a transition and delete. Arrow keys move between items, Escape closes.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { selectMachine, useDocument, viewStore } from '../../store';
import { closeContextMenu, openConnectPicker, useCanvasUi } from './canvasUi';
import { canEdit, deleteSelection, flipFinal, makeInitial } from './canvasEdits';
import { focusStateElement } from './flowHandle';

interface MenuItem {
  readonly label: string;
  readonly run: () => void;
  readonly disabled?: boolean;
}

export function StateContextMenu() {
  const menu = useCanvasUi((s) => s.contextMenu);
  const machine = useDocument(selectMachine);
  const list = useRef<HTMLDivElement>(null);
  const state = menu ? machine.states.find((s) => s.name === menu.state) : undefined;

  useEffect(() => {
    if (menu) list.current?.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])')?.focus();
  }, [menu]);

  if (!menu || !state) return null;
  const editable = canEdit();
  const name = state.name;
  const items: MenuItem[] = [
    { label: 'Rename', run: () => viewStore.getState().startEditing({ kind: 'state', name }), disabled: !editable },
    { label: 'Set as initial', run: () => makeInitial(name), disabled: !editable || machine.initial === name },
    { label: state.final ? 'Unmark final' : 'Mark final', run: () => flipFinal(name), disabled: !editable },
    { label: 'Add transition from here…', run: () => openConnectPicker(name), disabled: !editable },
    {
      label: 'Delete',
      run: () => {
        viewStore.getState().selectState(name);
        deleteSelection();
      },
      disabled: !editable,
    },
  ];

  const close = () => {
    closeContextMenu();
    focusStateElement(name);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not([disabled])') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') close();
    else if (event.key === 'ArrowDown') buttons[(at + 1) % buttons.length]?.focus();
    else if (event.key === 'ArrowUp') buttons[(at - 1 + buttons.length) % buttons.length]?.focus();
    else if (event.key === 'Tab') {
      /* focus stays in the menu */
    } else return;
    event.preventDefault();
  };

  return (
    <>
      <div className="state-menu__backdrop" onMouseDown={close} onContextMenu={(e) => (e.preventDefault(), close())} />
      <div
        ref={list}
        className="state-menu"
        role="menu"
        aria-label={`Actions for state ${name}`}
        style={{ left: menu.x, top: menu.y }}
        onKeyDown={onKeyDown}
      >
        {items.map((item) => (
          <button
            key={item.label}
            type="button"
            role="menuitem"
            className="state-menu__item"
            disabled={item.disabled}
            onClick={() => {
              closeContextMenu();
              item.run();
            }}
          >
            {item.label}
          </button>
        ))}
      </div>
    </>
  );
}
