/** One problem: severity icon, message, subject. Rows about a state or a transition are buttons that show it on the canvas. */
import { memo } from 'react';
import type { Problem } from '../../../core/analysis';
import type { Machine } from '../../../core/machine';
import { focusOnState, focusOnTransition } from '../../canvas/flowHandle';
import { subjectText } from './problemGroups';

export const SEVERITY_ICON = { error: '!', warning: '!', info: 'i' } as const;

function show(problem: Problem): void {
  if (problem.state !== undefined) focusOnState(problem.state);
  else if (problem.transition !== undefined) focusOnTransition(problem.transition);
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
  const showable = problem.state !== undefined || problem.transition !== undefined;
  return (
    <li className="problems__item" data-code={problem.code}>
      {showable ? (
        <button type="button" className="problems__row problems__row--button" title={`Show ${subject} on the canvas`} onClick={() => show(problem)}>
          {content}
        </button>
      ) : (
        <div className="problems__row">{content}</div>
      )}
    </li>
  );
});
