/**
 * The inspector: edits whatever is selected, or the machine itself when nothing is.
 * The transition view is not re-mounted when the selected index changes, so moving
 * a transition up or down keeps keyboard focus on the button that moved it.
 */
import { useShallow } from 'zustand/react/shallow';
import { useDocument, useView } from '../../../store';
import { MachineInspector } from './MachineInspector';
import { MultiInspector } from './MultiInspector';
import { StateInspector } from './StateInspector';
import { TransitionInspector } from './TransitionInspector';
import './inspector.css';

type Target =
  | { readonly kind: 'machine' }
  | { readonly kind: 'state'; readonly name: string }
  | { readonly kind: 'transition'; readonly index: number }
  | { readonly kind: 'multiple'; readonly states: readonly string[]; readonly transitions: readonly number[] };

/** What to inspect: a stale selection (after undo) falls back to what still exists. */
function useTarget(): Target {
  const selection = useView((v) => v.selection);
  const existing = useDocument(
    useShallow((s) => {
      const machine = s.history.present;
      const names = new Set(machine.states.map((state) => state.name));
      return [
        ...selection.states.filter((name) => names.has(name)).map((name) => `s:${name}`),
        ...selection.transitions.filter((index) => index >= 0 && index < machine.transitions.length).map((index) => `t:${index}`),
      ];
    }),
  );
  const states = existing.filter((key) => key.startsWith('s:')).map((key) => key.slice(2));
  const transitions = existing.filter((key) => key.startsWith('t:')).map((key) => Number(key.slice(2)));
  if (states.length + transitions.length > 1) return { kind: 'multiple', states, transitions };
  if (states[0] !== undefined) return { kind: 'state', name: states[0] };
  if (transitions[0] !== undefined) return { kind: 'transition', index: transitions[0] };
  return { kind: 'machine' };
}

export function Inspector() {
  const target = useTarget();
  const readOnly = useDocument((s) => s.readOnly);
  const simulating = useView((v) => v.mode === 'simulate');
  const disabled = readOnly || simulating;
  return (
    <div className="inspector" data-testid="inspector">
      {disabled ? (
        <p className="inspector__notice">{readOnly ? 'This machine is open read-only.' : 'Stop the simulation to edit the machine.'}</p>
      ) : null}
      {target.kind === 'machine' ? <MachineInspector disabled={disabled} /> : null}
      {target.kind === 'state' ? <StateInspector key={`s:${target.name}`} name={target.name} disabled={disabled} /> : null}
      {target.kind === 'transition' ? <TransitionInspector key="transition" index={target.index} disabled={disabled} /> : null}
      {target.kind === 'multiple' ? <MultiInspector states={target.states} transitions={target.transitions} disabled={disabled} /> : null}
    </div>
  );
}
