/**
 * A keyboard-navigable menu list (WAI-ARIA menu pattern): Up/Down/Home/End move,
 * Enter/Space choose, Right opens a submenu, Left/Escape go back.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MenuItem } from './menuTypes';

interface MenuListProps {
  readonly items: readonly MenuItem[];
  readonly label: string;
  readonly className?: string;
  /** Closes the whole menu (after a choice, or Escape from the top level). */
  readonly onClose: (returnFocus: boolean) => void;
  /** For a submenu: go back to the parent item. */
  readonly onBack?: () => void;
  readonly emptyText?: string;
}

const focusable = (item: MenuItem) => item.kind !== 'separator';

export function MenuList({ items, label, className, onClose, onBack, emptyText }: MenuListProps) {
  const firstIndex = items.findIndex(focusable);
  const [active, setActive] = useState(firstIndex);
  const [openSubmenu, setOpenSubmenu] = useState<number | null>(null);
  const refs = useRef<(HTMLElement | null)[]>([]);

  // A submenu whose items load after it opens (Examples) starts with nothing to focus.
  useEffect(() => {
    if (active < 0 && firstIndex >= 0) setActive(firstIndex);
  }, [active, firstIndex]);

  useEffect(() => {
    if (openSubmenu === null) refs.current[active]?.focus();
  }, [active, openSubmenu]);

  const move = (delta: number) => {
    if (items.length === 0) return;
    let next = active;
    for (let i = 0; i < items.length; i++) {
      next = (next + delta + items.length) % items.length;
      const item = items[next];
      if (item && focusable(item)) break;
    }
    setOpenSubmenu(null);
    setActive(next);
  };

  const choose = (index: number) => {
    const item = items[index];
    if (!item) return;
    if (item.kind === 'submenu') setOpenSubmenu(index);
    if (item.kind === 'item' && !item.disabled) {
      onClose(false);
      item.onSelect();
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      Home: () => setActive(firstIndex),
      End: () => setActive(items.length - 1),
      Enter: () => choose(active),
      ' ': () => choose(active),
      ArrowRight: () => items[active]?.kind === 'submenu' && setOpenSubmenu(active),
      ArrowLeft: () => onBack?.(),
      Escape: () => (onBack ? onBack() : onClose(true)),
      Tab: () => onClose(false),
    };
    const handler = keys[event.key];
    if (!handler) return;
    if (event.key !== 'Tab') event.preventDefault();
    event.stopPropagation();
    handler();
  };

  return (
    <div role="menu" aria-label={label} className={`menu ${className ?? ''}`} onKeyDown={onKeyDown}>
      {items.length === 0 && emptyText ? <div className="menu__empty">{emptyText}</div> : null}
      {items.map((item, index) => {
        if (item.kind === 'separator') return <div key={item.id} role="separator" className="menu__separator" />;
        const isSubmenu = item.kind === 'submenu';
        return (
          <div key={item.id} className="menu__entry" onMouseEnter={() => setOpenSubmenu(isSubmenu ? index : null)}>
            <div
              ref={(element) => {
                refs.current[index] = element;
              }}
              role="menuitem"
              tabIndex={index === active ? 0 : -1}
              aria-disabled={item.kind === 'item' && item.disabled ? true : undefined}
              aria-haspopup={isSubmenu ? 'menu' : undefined}
              aria-expanded={isSubmenu ? openSubmenu === index : undefined}
              title={item.kind === 'item' ? item.hint : undefined}
              className="menu__item"
              onClick={() => choose(index)}
              onMouseMove={() => active !== index && openSubmenu === null && setActive(index)}
            >
              <span className="menu__label">{item.label}</span>
              {item.kind === 'item' && item.shortcut ? <kbd className="menu__shortcut">{item.shortcut}</kbd> : null}
              {isSubmenu ? <span className="menu__chevron" aria-hidden="true">▸</span> : null}
            </div>
            {isSubmenu && openSubmenu === index ? (
              <MenuList
                items={item.items}
                label={item.label}
                className="menu--submenu"
                emptyText={item.emptyText ?? 'Nothing here yet'}
                onClose={onClose}
                onBack={() => {
                  setOpenSubmenu(null);
                  refs.current[index]?.focus();
                }}
              />
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
