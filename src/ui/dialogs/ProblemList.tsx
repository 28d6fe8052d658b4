/** Every input problem with its JSON path, in the order they were found. */
import type { InputProblem } from '../../core/machine';

export function ProblemList({ problems, label }: { readonly problems: readonly InputProblem[]; readonly label: string }) {
  return (
    <ul className="problem-list" aria-label={label} data-testid="input-problems">
      {problems.map((problem, index) => (
        <li key={index} className="problem-list__item">
          <span className="problem-list__path">{problem.path || '(document)'}</span>
          <span className="problem-list__message">{problem.message}</span>
        </li>
      ))}
    </ul>
  );
}
