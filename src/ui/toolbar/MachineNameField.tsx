/** The machine's name in the toolbar, edited in place (one undo step per commit). */
import { setMachineInfo } from '../../core/commands';
import { documentStore, useDocument, useView } from '../../store';
import { canEdit } from '../actions/canEdit';
import { CommitField } from '../panels/fields/CommitField';

export function MachineNameField() {
  const name = useDocument((s) => s.history.present.name);
  const readOnly = useDocument((s) => s.readOnly);
  const simulating = useView((v) => v.mode === 'simulate');
  return (
    <CommitField
      value={name}
      label="Machine name"
      hideLabel
      disabled={readOnly || simulating}
      className="toolbar__name"
      inputClassName="toolbar__name-input"
      testId="machine-name"
      onCommit={(next) => {
        if (!canEdit()) return 'Switch back to editing to rename the machine.';
        if (next.trim() === '') return 'A machine needs a name.';
        const outcome = documentStore.getState().apply((m) => setMachineInfo(m, { name: next }));
        return outcome.ok ? undefined : outcome.reason;
      }}
    />
  );
}
