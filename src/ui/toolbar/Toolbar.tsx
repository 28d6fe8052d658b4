/** The top bar: product name, machine name, File menu, then action buttons from toolbarSlots. */
import type { KeyboardEvent, ReactNode } from 'react';
import { actionById } from '../actions/registry';
import { FileMenu } from './FileMenu';
import { MachineNameField } from './MachineNameField';
import { ToolbarButton } from './ToolbarButton';
import { toolbarSlots, type ToolbarSlot } from './toolbarSlots';
import './toolbar.css';

function Slots({ section }: { readonly section: ToolbarSlot['section'] }) {
  return (
    <>
      {toolbarSlots
        .filter((slot) => slot.section === section)
        .map((slot) => {
          const action = actionById(slot.actionId);
          if (!action) return null;
          return slot.component ? <slot.component key={slot.actionId} /> : <ToolbarButton key={slot.actionId} action={action} slot={slot} />;
        })}
    </>
  );
}

/** Left/Right move between toolbar controls (the ARIA toolbar pattern); Tab still works as usual. */
function onToolbarKeyDown(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  const target = event.target as HTMLElement;
  if (target.tagName === 'INPUT' || target.closest('[role="menu"]')) return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>('button:not(:disabled), input:not(:disabled)')].filter(
    (control) => !control.closest('[role="menu"]'),
  );
  const index = controls.indexOf(target);
  if (index < 0) return;
  const next = controls[(index + (event.key === 'ArrowRight' ? 1 : -1) + controls.length) % controls.length];
  event.preventDefault();
  next?.focus();
}

export function Toolbar({ end }: { readonly end?: ReactNode }) {
  return (
    <header className="toolbar" role="toolbar" aria-label="Main toolbar" onKeyDown={onToolbarKeyDown}>
      <div className="toolbar__brand" aria-label="Statewright">
        <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="5" cy="10" r="3.2" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <circle cx="15" cy="10" r="3.2" fill="currentColor" />
          <path d="M8.4 10h3" stroke="currentColor" strokeWidth="1.6" />
        </svg>
        <span className="toolbar__product">Statewright</span>
      </div>
      <FileMenu />
      <span className="toolbar__divider" aria-hidden="true" />
      <MachineNameField />
      <span className="toolbar__divider" aria-hidden="true" />
      <Slots section="start" />
      <span className="toolbar__spacer" />
      <Slots section="end" />
      {end}
    </header>
  );
}
