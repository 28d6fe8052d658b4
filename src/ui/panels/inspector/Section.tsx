/** A titled group of fields in the inspector. */
import type { ReactNode } from 'react';

export function Section({ title, children, actions }: { readonly title: string; readonly children: ReactNode; readonly actions?: ReactNode }) {
  return (
    <section className="inspector__section" aria-label={title}>
      <div className="inspector__section-header">
        <h3 className="inspector__section-title">{title}</h3>
        {actions}
      </div>
      <div className="inspector__section-body">{children}</div>
    </section>
  );
}
