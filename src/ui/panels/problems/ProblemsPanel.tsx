/** The Problems tab: every check result, grouped by severity; choosing one shows its state or transition on the canvas. */
import { useState } from 'react';
import { useAnalysis } from '../../analysis';
import { ProblemRow } from './ProblemRow';
import { countBySeverity, countsText, groupProblems, noProblemsDetail, plural, type ProblemGroup } from './problemGroups';
import './problems.css';

/** Rows shown per group before "Show all": a 1,000-state machine can have thousands of problems. */
const FIRST_ROWS = 100;

function Group({ group }: { readonly group: ProblemGroup }) {
  const machine = useAnalysis((s) => s.machine);
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? group.problems : group.problems.slice(0, FIRST_ROWS);
  const headingId = `problems-group-${group.severity}`;
  return (
    <section className="problems__group" aria-labelledby={headingId}>
      <h3 className="problems__group-title" id={headingId}>
        {group.title} <span className="problems__count">{group.problems.length}</span>
      </h3>
      <ul className="problems__list" aria-labelledby={headingId}>
        {shown.map((problem, index) => (
          <ProblemRow key={`${problem.code}:${problem.state ?? problem.transition ?? problem.event ?? ''}:${index}`} problem={problem} machine={machine} />
        ))}
      </ul>
      {shown.length < group.problems.length ? (
        <button type="button" className="button button--ghost button--small problems__more" onClick={() => setShowAll(true)}>
          Show all {group.problems.length}
        </button>
      ) : null}
    </section>
  );
}

function NoProblems() {
  const stats = useAnalysis((s) => s.analysis.stats);
  return (
    <div className="problems__clean" role="status">
      <span className="problems__clean-icon" aria-hidden="true">
        ✓
      </span>
      <div>
        <p className="problems__clean-title">No problems found</p>
        <p className="problems__clean-detail">{noProblemsDetail(stats)}</p>
      </div>
    </div>
  );
}

export function ProblemsPanel() {
  const problems = useAnalysis((s) => s.analysis.problems);
  const stats = useAnalysis((s) => s.analysis.stats);
  const pending = useAnalysis((s) => s.pending);
  const groups = groupProblems(problems);
  return (
    <div className="problems" data-testid="problems-panel" aria-busy={pending}>
      <p className="problems__summary" role="status" aria-live="polite">
        <span>{countsText(countBySeverity(problems))}</span>
        <span className="problems__stats" title={`${plural(stats.reachable, 'state is', 'states are')} reachable from the initial state, of ${stats.states}`}>
          {stats.reachable}/{stats.states} reachable
          {pending ? ' · checking…' : ''}
        </span>
      </p>
      {groups.length === 0 ? <NoProblems /> : groups.map((group) => <Group key={group.severity} group={group} />)}
    </div>
  );
}
