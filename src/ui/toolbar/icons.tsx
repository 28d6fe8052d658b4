/** Small line icons for toolbar buttons (16px, currentColor). */
import type { ReactElement } from 'react';

const paths: Record<string, ReactElement> = {
  undo: <path d="M6 4 2.5 7.5 6 11M3 7.5h6.5a4 4 0 0 1 0 8H8" />,
  redo: <path d="m10 4 3.5 3.5L10 11m3-3.5H6.5a4 4 0 0 0 0 8H8" />,
  plus: <path d="M8 3v10M3 8h10" />,
  trash: <path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 8.5h5.6l.7-8.5" />,
  play: <path d="M5 3.5v9l7-4.5z" />,
  export: <path d="M8 2.5v7.5M5 5.5l3-3 3 3M3 9.5v3.5h10V9.5" />,
  share: <path d="M6.5 9.5 9.5 6.5M7 4.5l1.2-1.2a2.8 2.8 0 0 1 4 4L11 8.5M9 11.5l-1.2 1.2a2.8 2.8 0 0 1-4-4L5 7.5" />,
  help: (
    <>
      <circle cx="8" cy="8" r="6" />
      <path d="M6.2 6.4a1.9 1.9 0 1 1 2.6 1.7c-.5.2-.8.6-.8 1.1v.3M8 11.3v.01" />
    </>
  ),
  sidebar: <path d="M2.5 3.5h11v9h-11zM10 3.5v9" />,
};

export type IconName = keyof typeof paths;

export function Icon({ name }: { readonly name: string }) {
  const path = paths[name];
  if (!path) return null;
  return (
    <svg className="icon" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      {path}
    </svg>
  );
}
