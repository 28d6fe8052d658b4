/**
 * A full-width strip above the toolbar for messages about the whole document,
 * e.g. "You are viewing a shared machine (read-only) — Edit a copy".
 * Renders nothing without children.
 */
import type { ReactNode } from 'react';

export function Banner({ children, tone = 'info' }: { readonly children?: ReactNode; readonly tone?: 'info' | 'warning' }) {
  if (!children) return null;
  return (
    <div className={`banner banner--${tone}`} role="region" aria-label="Notice about this machine">
      {children}
    </div>
  );
}
