/**
 * The Export dialog as the app loads it: its code (and the highlighter it
 * pulls in) is a separate chunk fetched the first time the dialog opens.
 */
import { lazy, Suspense } from 'react';
import { Dialog } from '../Dialog';

const ExportDialog = lazy(() => import('./ExportDialog'));

export function LazyExportDialog({ onClose }: { readonly onClose: () => void }) {
  return (
    <Suspense
      fallback={
        <Dialog title="Export" size="wide" onClose={onClose}>
          <p className="dialog__lead">Loading the export formats…</p>
        </Dialog>
      }
    >
      <ExportDialog onClose={onClose} />
    </Suspense>
  );
}
