/**
 * Why the machine cannot be exported: its errors, each a button that closes
 * the dialog and shows the state or transition on the canvas.
 */
import type { Problem } from '../../../core/analysis';
import type { Machine } from '../../../core/machine';
import { focusOnState, focusOnTransition } from '../../canvas/flowHandle';
import { subjectText } from '../../panels/problems/problemGroups';

interface ExportErrorsProps {
  readonly errors: readonly Problem[];
  readonly machine: Machine;
  readonly onClose: () => void;
}

export function ExportErrors({ errors, machine, onClose }: ExportErrorsProps) {
  const show = (problem: Problem) => {
    onClose();
    if (problem.state !== undefined) focusOnState(problem.state);
    else if (problem.transition !== undefined) focusOnTransition(problem.transition);
  };
  const count = errors.length === 1 ? 'one error' : `${errors.length} errors`;
  return (
    <section className="export__errors" aria-labelledby="export-errors-title" data-testid="export-errors">
      <h3 id="export-errors-title" className="export__errors-title">
        This machine has {count}, so it cannot be exported yet
      </h3>
      <p className="export__errors-lead">Fix {errors.length === 1 ? 'it' : 'them'} on the canvas or in the Inspector, then export again. Choose an error to go to it.</p>
      <ul className="export__error-list">
        {errors.map((problem, index) => {
          const subject = subjectText(problem, machine);
          const showable = problem.state !== undefined || problem.transition !== undefined;
          const content = (
            <>
              <span className="export__error-icon" aria-hidden="true">
                !
              </span>
              <span className="export__error-text">
                <span className="export__error-message">{problem.message}</span>
                <span className="export__error-subject">{subject}</span>
              </span>
            </>
          );
          return (
            <li key={`${problem.code}:${index}`} className="export__error" data-code={problem.code}>
              {showable ? (
                <button type="button" className="export__error-row export__error-row--button" title={`Close and show ${subject} on the canvas`} onClick={() => show(problem)}>
                  {content}
                </button>
              ) : (
                <div className="export__error-row">{content}</div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
