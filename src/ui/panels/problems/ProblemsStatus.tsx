/** The status bar's problem counts; choosing them opens the Problems tab. */
import { viewStore } from '../../../store';
import { useAnalysis } from '../../analysis';
import { countsText, isOnlyEmptyMachine, plural } from './problemGroups';
import { SEVERITY_ICON } from './ProblemRow';
import './problems.css';

function Count({ severity, text }: { readonly severity: keyof typeof SEVERITY_ICON; readonly text: string }) {
  return (
    <span className={`problems-status__count problems-status__count--${severity}`}>
      <span className={`problems__icon problems__icon--${severity}`} aria-hidden="true">
        {SEVERITY_ICON[severity]}
      </span>
      {text}
    </span>
  );
}

export function ProblemsStatus() {
  const error = useAnalysis((s) => s.analysis.problems.filter((p) => p.severity === 'error').length);
  const warning = useAnalysis((s) => s.analysis.problems.filter((p) => p.severity === 'warning').length);
  const info = useAnalysis((s) => s.analysis.problems.length) - error - warning;
  // A new machine has no states yet; that is where everyone starts, not a failure to flag in red.
  const empty = useAnalysis((s) => isOnlyEmptyMachine(s.analysis.problems));
  const text = empty ? 'Empty machine' : countsText({ error, warning, info });
  return (
    <button
      type="button"
      className="problems-status"
      data-testid="problem-counts"
      aria-label={`${text}. Show problems`}
      title="Show problems"
      onClick={() => viewStore.getState().setSidebarTab('problems')}
    >
      {empty ? (
        <span className="problems-status__count problems-status__count--empty" data-testid="empty-machine-status">
          Empty machine
        </span>
      ) : null}
      {error + warning + info === 0 ? (
        <span className="problems-status__count">
          <span className="problems__icon problems__icon--clean" aria-hidden="true">
            ✓
          </span>
          No problems
        </span>
      ) : null}
      {error && !empty ? <Count severity="error" text={plural(error, 'error', 'errors')} /> : null}
      {warning ? <Count severity="warning" text={plural(warning, 'warning', 'warnings')} /> : null}
      {info ? <Count severity="info" text={`${info} info`} /> : null}
    </button>
  );
}

/** The tab badge: how many problems there are, or nothing. */
export function useProblemsBadge(): number | undefined {
  const count = useAnalysis((s) => s.analysis.problems.length);
  return count || undefined;
}
