/** One transition in a state's outgoing or incoming list: select it, and (outgoing) move it up or down. */
import { memo } from 'react';
import { moveTransition } from '../../../core/commands';
import type { Transition } from '../../../core/machine';
import { viewStore } from '../../../store';
import { applyEdit } from './applyEdit';
import { transitionLabel } from '../../canvas/transitionLabel';

interface TransitionRowProps {
  readonly index: number;
  readonly transition: Transition;
  /** Which end to show: the target for outgoing rows, the source for incoming ones. */
  readonly show: 'to' | 'from';
  /** For outgoing rows: table indices of the neighbours it swaps with. */
  readonly previous?: number | undefined;
  readonly next?: number | undefined;
  readonly reorderable?: boolean;
  readonly disabled: boolean;
  readonly onRefused: (reason: string) => void;
}

export const TransitionRow = memo(function TransitionRow(props: TransitionRowProps) {
  const { index, transition, show, previous, next, reorderable, disabled, onRefused } = props;
  const label = transitionLabel(transition);
  const other = show === 'to' ? transition.to : transition.from;
  const description = show === 'to' ? `${label} → ${other}` : `${other} → ${label}`;

  const move = (direction: 'up' | 'down', swapWith: number | undefined, list?: Element | null) => {
    const refusal = applyEdit((m) => moveTransition(m, { index, direction }));
    if (refusal) return onRefused(refusal);
    if (swapWith === undefined) return;
    if (viewStore.getState().selection.transitions.includes(index)) viewStore.getState().selectTransition(swapWith);
    // Rows are keyed by table index, so keyboard focus follows the moved transition to its new index.
    if (list) requestAnimationFrame(() => list.querySelector<HTMLElement>(`[data-index="${swapWith}"] .inspector__transition-link`)?.focus());
  };

  return (
    <li
      className="inspector__transition"
      onKeyDown={(event) => {
        if (!reorderable || disabled || !event.altKey) return;
        const list = event.currentTarget.parentElement;
        if (event.key === 'ArrowUp' && previous !== undefined) move('up', previous, list);
        else if (event.key === 'ArrowDown' && next !== undefined) move('down', next, list);
        else return;
        event.preventDefault();
      }}
      data-index={index}
      data-testid={`${show === 'to' ? 'outgoing' : 'incoming'}-transition`}>
      <button type="button" className="inspector__link inspector__transition-link" onClick={() => viewStore.getState().selectTransition(index)} aria-label={`Select ${description}`} title={`Select ${description}`}>
        <span className={`inspector__transition-label ${transition.event === '' ? 'inspector__transition-label--empty' : ''}`}>{label}</span>
        <span className="inspector__transition-other">{show === 'to' ? `→ ${other}` : `from ${other}`}</span>
      </button>
      {reorderable ? (
        <span className="inspector__order-buttons">
          <button
            type="button"
            className="button button--ghost button--small button--icon"
            aria-label={`Move ${description} up`}
            title="Move up: tried earlier when several transitions match (Alt+↑)"
            disabled={disabled || previous === undefined}
            onClick={() => move('up', previous)}
          >
            ↑
          </button>
          <button
            type="button"
            className="button button--ghost button--small button--icon"
            aria-label={`Move ${description} down`}
            title="Move down: tried later when several transitions match (Alt+↓)"
            disabled={disabled || next === undefined}
            onClick={() => move('down', next)}
          >
            ↓
          </button>
        </span>
      ) : null}
    </li>
  );
});
