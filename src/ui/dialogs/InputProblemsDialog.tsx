/** Shown when an opened or dropped file cannot be read: every problem, and the reassurance that nothing changed. */
import type { InputProblem } from '../../core/machine';
import { Dialog } from './Dialog';
import { ProblemList } from './ProblemList';

export function InputProblemsDialog({ source, problems, onClose }: { readonly source: string; readonly problems: readonly InputProblem[]; readonly onClose: () => void }) {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return (
    <Dialog
      title={`${source} could not be opened`}
      tone="error"
      onClose={onClose}
      testId="input-problems-dialog"
      footer={
        <button type="button" className="button button--primary" onClick={onClose} data-autofocus>
          OK
        </button>
      }
    >
      <p className="dialog__lead">
        The file has {count}. Your current machine was not changed. Fix the file and open it again.
      </p>
      <ProblemList problems={problems} label={`Problems in ${source}`} />
    </Dialog>
  );
}
