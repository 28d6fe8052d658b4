/**
 * The Export dialog as the app loads it: its code (and the highlighter it
 * pulls in) is a separate chunk fetched the first time the dialog opens. If the
 * chunk cannot load (offline, a new version deployed meanwhile), the dialog
 * says so instead of taking the app down, and the next opening tries again.
 */
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { Dialog } from '../Dialog';

const loadExportDialog = () => lazy(() => import('./ExportDialog'));
let ExportDialog = loadExportDialog();

export function LazyExportDialog({ onClose }: { readonly onClose: () => void }) {
  return (
    <LoadFailure onClose={onClose}>
      <Suspense
        fallback={
          <Dialog title="Export" size="wide" onClose={onClose}>
            <p className="dialog__lead">Loading the export formats…</p>
          </Dialog>
        }
      >
        <ExportDialog onClose={onClose} />
      </Suspense>
    </LoadFailure>
  );
}

class LoadFailure extends Component<{ readonly onClose: () => void; readonly children: ReactNode }, { readonly failed: string | null }> {
  override state = { failed: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { failed: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch() {
    // React.lazy keeps a failed load; a fresh one lets the next opening fetch again.
    ExportDialog = loadExportDialog();
  }

  override render() {
    if (this.state.failed === null) return this.props.children;
    return (
      <Dialog title="Export" size="wide" tone="error" onClose={this.props.onClose}>
        <p className="dialog__lead" role="alert">
          The export view could not be loaded ({this.state.failed}). Check your connection, close this and open Export again.
        </p>
      </Dialog>
    );
  }
}
