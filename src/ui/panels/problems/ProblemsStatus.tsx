/** The status bar's problem counts; choosing them opens the Problems tab. */
import { viewStore } from '../../../store';
import { useAnalysis } from '../../analysis';
import { countsText } from './problemGroups';
import './problems.css';

export function ProblemsStatus() {
  const error = useAnalysis((s) => s.analysis.problems.filter((p) => p.severity === 'error').length);
  const warning = useAnalysis((s) => s.analysis.problems.filter((p) => p.severity === 'warning').length);
  const info = useAnalysis((s) => s.analysis.problems.length) - error - warning;
  const text = countsText({ error, warning, info });
  return (
    <button
      type="button"
      className="problems-status"
      data-testid="problem-counts"
      aria-label={`${text}. Show problems`}
      title="Show problems"
      onClick={() => viewStore.getState().setSidebarTab('problems')}
    >
      {error + warning + info === 0 ? (
        <span className="problems-status__count problems-status__count--clean">
          <span className="problems__icon problems__icon--clean" aria-hidden="true">✓</span>
          No problems
        </span>
      ) : null}
      <span className={`problems-status__count problems-status__count--error${error ? '' : ' problems-status__count--zero'}`}>
        <span className="problems__icon problems__icon--error" aria-hidden="true">!</span>
        {error}
      </span>
      <span className={`problems-status__count problems-status__count--warning${warning ? '' : ' problems-status__count--zero'}`}>
        <span className="problems__icon problems__icon--warning" aria-hidden="true">!</span>
        {warning}
      </span>
      {info ? (
        <span className="problems-status__count problems-status__count--info">
          <span className="problems__icon problems__icon--info" aria-hidden="true">i</span>
          {info}
        </span>
      ) : null}
    </button>
  );
}

/** The tab badge: how many problems there are, or nothing. */
export function useProblemsBadge(): number | undefined {
  const count = useAnalysis((s) => s.analysis.problems.length);
  return count || undefined;
}
