/**
 * The Export dialog: pick a format, read the generated code, copy or download
 * it. Loaded on demand (React.lazy), and it generates only while open. A
 * machine with errors shows them instead, with links to each on the canvas.
 */
import { useDeferredValue, useMemo } from 'react';
import { selectMachine, useDocument } from '../../../store';
import { CodeView } from '../../code/CodeView';
import { Dialog } from '../Dialog';
import { ExportActions } from './ExportActions';
import { ExportErrors } from './ExportErrors';
import { defaultModulePath, exportErrors, exportText } from './exportOutput';
import { chooseTarget, setModulePath, useExportPreferences } from './exportPreferences';
import { shownTarget } from './exportTargetsShown';
import { TargetPicker } from './TargetPicker';
import './export.css';

type Output = { readonly kind: 'code'; readonly text: string } | { readonly kind: 'failed'; readonly reason: string } | { readonly kind: 'errors' };

export default function ExportDialog({ onClose }: { readonly onClose: () => void }) {
  const machine = useDocument(selectMachine);
  const targetId = useExportPreferences((s) => s.targetId);
  const modulePath = useExportPreferences((s) => s.modulePath);
  const deferredModulePath = useDeferredValue(modulePath);
  const { target, title } = shownTarget(targetId);
  const errors = exportErrors(machine);
  const fileName = target.fileName(machine.name);

  const output = useMemo((): Output => {
    if (errors.length > 0) return { kind: 'errors' };
    try {
      return { kind: 'code', text: exportText(machine, target, deferredModulePath) };
    } catch (error) {
      return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
    }
  }, [machine, target, deferredModulePath, errors]);

  const blocked =
    output.kind === 'errors' ? 'Fix the errors above to export this machine.' : output.kind === 'failed' ? 'Nothing to copy: the code could not be generated.' : null;

  return (
    <Dialog
      title="Export"
      size="wide"
      onClose={onClose}
      testId="export-dialog"
      footer={<ExportActions text={output.kind === 'code' ? output.text : null} fileName={fileName} language={target.language} blockedReason={blocked} />}
    >
      <div className="export">
        <TargetPicker chosenId={target.id} onChoose={chooseTarget} />
        <div className="export__main">
          <div className="export__bar">
            <span className="export__file" title={fileName}>
              {fileName}
            </span>
            {target.id === 'test' ? (
              <label className="export__module">
                <span className="export__module-label">Import the module from</span>
                <input
                  className="input export__module-input"
                  value={modulePath}
                  placeholder={defaultModulePath(machine)}
                  spellCheck={false}
                  onChange={(event) => setModulePath(event.target.value)}
                />
              </label>
            ) : null}
          </div>
          {output.kind === 'errors' ? (
            <ExportErrors errors={errors} machine={machine} onClose={onClose} />
          ) : output.kind === 'failed' ? (
            <p className="export__failed" role="alert">
              {title} could not be generated: {output.reason}
            </p>
          ) : (
            <CodeView code={output.text} language={target.language} label={`${fileName} preview`} testId="export-preview" />
          )}
        </div>
      </div>
    </Dialog>
  );
}

