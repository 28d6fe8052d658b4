/** Lets the user drop a machine file anywhere on the window; shows an overlay while dragging. */
import { useEffect, useState } from 'react';
import { viewStore } from '../../store';
import { openMachineFile } from '../files/openMachineFile';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

export function DropOverlay() {
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    // Counting enter/leave pairs: leaving a child element fires dragleave too.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth++;
      setVisible(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setVisible(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setVisible(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      const [file, ...rest] = files;
      if (!file) return;
      if (rest.length > 0) viewStore.getState().notify({ tone: 'info', title: `Opened ${file.name} only: drop one file at a time.` });
      void openMachineFile(file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  if (!visible) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay">
      <div className="drop-overlay__card">
        <div className="drop-overlay__title">Drop to open</div>
        <div className="drop-overlay__hint">A .fsm.json file opens as a new machine; your others stay in My machines.</div>
      </div>
    </div>
  );
}
