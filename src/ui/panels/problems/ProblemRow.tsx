/** One problem: severity icon, message, subject. Rows about a state or a transition are buttons that show it on the canvas. */
import { memo } from 'react';
import type { Problem } from '../../../core/analysis';
import type { Machine } from '../../../core/machine';
import { viewStore } from '../../../store';
import { focusOnState, focusOnTransition } from '../../canvas/flowHandle';
import { subjectText } from './problemGroups';

export const SEVERITY_ICON = { error: '!', warning: '!', info: 'i' } as const;

/** Events and the machine itself are edited in the Inspector with nothing selected; it lists the events. */
function showInInspector(event: string | undefined): void {
  const view = viewStore.getState();
  view.clearSelection();
  view.setSidebarTab('inspector');
  if (event === undefined) return;
  requestAnimationFrame(() => {
    const fields = document.querySelectorAll<HTMLInputElement>('[data-testid="event-row"] input');
    [...fields].find((field) => field.value === event)?.focus();
  });
}

function show(problem: Problem): void {
  if (problem.state !== undefined) focusOnState(problem.state);
  else if (problem.transition !== undefined) focusOnTransition(problem.transition);
  else showInInspector(problem.event);
}

export const ProblemRow = memo(function ProblemRow({ problem, machine }: { readonly problem: Problem; readonly machine: Machine }) {
  const subject = subjectText(problem, machine);
  const content = (
    <>
      <span className={`problems__icon problems__icon--${problem.severity}`} aria-label={problem.severity}>
        {SEVERITY_ICON[problem.severity]}
      </span>
      <span className="problems__text">
        <span className="problems__message">{problem.message}</span>
        <span className="problems__subject">{subject}</span>
      </span>
    </>
  );
  const onCanvas = problem.state !== undefined || problem.transition !== undefined;
  return (
    <li className="problems__item" data-code={problem.code}>
      <button
        type="button"
        className="problems__row problems__row--button"
        title={onCanvas ? `Show ${subject} on the canvas` : 'Show in the Inspector'}
        onClick={() => show(problem)}
      >
        {content}
      </button>
    </li>
  );
});
