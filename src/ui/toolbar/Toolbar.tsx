/** The top bar: product name, machine name, File menu, then action buttons from toolbarSlots. */
import type { ReactNode } from 'react';
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
          return action ? <ToolbarButton key={slot.actionId} action={action} slot={slot} /> : null;
        })}
    </>
  );
}

export function Toolbar({ end }: { readonly end?: ReactNode }) {
  return (
    <header className="toolbar" role="toolbar" aria-label="Main toolbar">
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
