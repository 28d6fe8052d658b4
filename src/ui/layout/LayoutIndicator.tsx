/** Status bar item while a layout runs: its phase and elapsed time, and a way to stop it. */
import { useLayoutStatus } from './layoutStatus';
import './layout.css';

const PHASES = { loading: 'Starting the layout engine', layout: 'Laying out', tidying: 'Tidying labels' } as const;

export function LayoutIndicator() {
  const status = useLayoutStatus();
  if (!status) return null;
  return (
    <span className="layout-indicator" role="status" data-testid="layout-indicator">
      <span className="layout-indicator__spinner" aria-hidden="true" />
      <span>
        {PHASES[status.phase]}… {(status.elapsedMs / 1000).toFixed(1)} s
      </span>
      <button type="button" className="layout-indicator__cancel" onClick={status.cancel} title="Stop the layout; nothing changes">
        Stop
      </button>
    </span>
  );
}
