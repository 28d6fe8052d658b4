/**
 * The dotted grid behind the states: one element inside React Flow's viewport,
 * moved only when the view leaves it (gridPlacement.ts), so panning and zooming
 * repaint nothing. It is hidden when zoomed out so far that 16 px dots sit 3 px
 * apart on screen: grey noise rather than help.
 */
import { memo, useId, useLayoutEffect, useRef } from 'react';
import { useStoreApi, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { GRID_GAP, gridTile, visibleFlowRect, type FlowRect } from './gridPlacement';

/** Below this zoom the grid is hidden. */
export const GRID_MIN_ZOOM = 0.6;

function CanvasBackgroundView() {
  const store = useStoreApi();
  const patternId = `canvas-grid-${useId().replace(/:/g, '')}`;
  const grid = useRef<SVGSVGElement>(null);

  // Follows the store directly, like the overview's visible area: no React render per frame.
  useLayoutEffect(() => {
    let tile: FlowRect | undefined;
    let shown: boolean | undefined;
    const place = ({ transform, width, height }: ReactFlowState) => {
      const element = grid.current;
      if (!element) return;
      const visible = transform[2] >= GRID_MIN_ZOOM && width > 0 && height > 0;
      if (visible !== shown) element.style.visibility = visible ? 'visible' : 'hidden';
      shown = visible;
      if (!visible) return;
      const next = gridTile(tile, visibleFlowRect({ x: transform[0], y: transform[1], zoom: transform[2] }, { width, height }));
      if (next === tile) return;
      tile = next;
      Object.assign(element.style, { left: `${next.x}px`, top: `${next.y}px` });
      element.setAttribute('width', String(next.width));
      element.setAttribute('height', String(next.height));
    };
    place(store.getState());
    return store.subscribe(place);
  }, [store]);

  return (
    <ViewportPortal>
      <svg ref={grid} className="canvas-grid" aria-hidden="true" style={{ visibility: 'hidden' }}>
        {/* The tile's corners sit on multiples of the gap, so the pattern starting there lines up with the flow. */}
        <pattern id={patternId} width={GRID_GAP} height={GRID_GAP} patternUnits="userSpaceOnUse">
          <circle cx={GRID_GAP / 2} cy={GRID_GAP / 2} r={0.5} />
        </pattern>
        <rect width="100%" height="100%" fill={`url(#${patternId})`} />
      </svg>
    </ViewportPortal>
  );
}

export const CanvasBackground = memo(CanvasBackgroundView);
