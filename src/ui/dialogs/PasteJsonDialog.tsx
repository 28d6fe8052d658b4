/**
 * Paste a machine (Statewright JSON, Mermaid, SCXML or XState) over the current machine. Invalid text stays in the
 * box with every problem listed; valid text replaces the machine as one undo step.
 */
import { useState } from 'react';
import type { InputProblem } from '../../core/machine';
import { documentStore, viewStore } from '../../store';
import { readMachineText } from '../files/readMachineText';
import { Dialog } from './Dialog';
import { ProblemList } from './ProblemList';

export function PasteJsonDialog({ onClose }: { readonly onClose: () => void }) {
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<readonly InputProblem[]>([]);

  const apply = () => {
    const result = readMachineText(text);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    viewStore.getState().clearSelection();
    documentStore.getState().replace(result.machine);
    onClose();
    viewStore.getState().notify({ tone: 'success', title: `Replaced the machine with the pasted “${result.machine.name}”. Undo (Ctrl+Z) brings the previous one back.` });
  };

  return (
    <Dialog
      title="Paste a machine"
      size="large"
      onClose={onClose}
      testId="paste-json-dialog"
      closeOnBackdrop={text.trim() === ''}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" onClick={apply} disabled={text.trim() === ''}>
            Replace machine
          </button>
        </>
      }
    >
      <p className="dialog__lead">The pasted machine replaces the current one; Undo brings it back.</p>
      <label className="paste-json__label" htmlFor="paste-json-text">
        Machine text
      </label>
      <p className="paste-json__hint" id="paste-json-formats">
        Accepted: Statewright JSON (.fsm.json), Mermaid stateDiagram-v2, SCXML, XState machine config (JSON or <code>createMachine({'{…}'})</code>).
      </p>
      <textarea
        id="paste-json-text"
        aria-describedby="paste-json-formats"
        className={`input paste-json__text ${problems.length ? 'input--invalid' : ''}`}
        value={text}
        spellCheck={false}
        placeholder={'{\n  "version": 1,\n  "states": ["Idle", "Running"],\n  "initial": "Idle",\n  "transitions": [{ "from": "Idle", "event": "start", "to": "Running" }]\n}'}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            apply();
          }
        }}
        data-autofocus
      />
      {problems.length > 0 ? (
        <div className="paste-json__problems" role="alert">
          <p className="dialog__lead">
            This text cannot be read ({problems.length === 1 ? '1 problem' : `${problems.length} problems`}). Fix it and try again; nothing was changed.
          </p>
          <ProblemList problems={problems} label="Problems in the pasted text" />
        </div>
      ) : null}
    </Dialog>
  );
}
