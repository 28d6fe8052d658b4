/** A toolbar button that opens a menu; closes on outside click and returns focus on Escape. */
import { useEffect, useRef, useState } from 'react';
import { MenuList } from './MenuList';
import type { MenuItem } from './menuTypes';

interface MenuButtonProps {
  readonly label: string;
  readonly items: readonly MenuItem[];
  /** Called when the menu opens (to load items such as the examples). */
  readonly onOpen?: () => void;
  /** Greys the trigger out, with the reason as its tooltip, when no item could run. */
  readonly disabledReason?: string;
}

export function MenuButton({ label, items, onOpen, disabledReason }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', onPointerDown);
    return () => window.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const show = () => {
    onOpen?.();
    setOpen(true);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  return (
    <div className="menu-button" ref={root}>
      <button
        ref={button}
        type="button"
        className="button button--ghost menu-button__trigger"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={disabledReason !== undefined}
        {...(disabledReason !== undefined ? { title: disabledReason } : {})}
        onClick={() => (open ? setOpen(false) : show())}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            show();
          }
        }}
      >
        {label}
        <span aria-hidden="true" className="menu-button__caret">▾</span>
      </button>
      {open ? <MenuList items={items} label={label} className="menu--dropdown" onClose={close} /> : null}
    </div>
  );
}
