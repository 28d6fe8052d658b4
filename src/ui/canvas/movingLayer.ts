/**
 * While the view pans or zooms, a small machine's viewport (its states, arrows
 * and labels) is its own compositor layer: each frame then only moves or scales
 * a picture that is already drawn, instead of the browser re-rastering the whole
 * canvas, which without GPU raster was most of a frame's cost. The layer is let
 * go when the movement ends, so the browser draws the canvas once more at the new
 * zoom and text stays sharp; during a zoom gesture it may look soft for a moment.
 *
 * Large machines are left alone: Chromium still re-layers the page on every
 * frame of the move, and with a composited viewport that pass grows with the
 * number of elements much faster than the raster it saves. Measured with
 * `bench/ui/profile.ts --scenario pan` (layerizing time over the scenario,
 * composited vs not): 100 states 0.9 s vs 0.45 s but p95 frame 16.7 ms vs 33.3 ms;
 * 300 states 4.7 s vs 1.1 s; 1,000 states 14.6 s vs 3.0 s, both slower.
 */
import { useMemo, type RefObject } from 'react';
import { useStoreApi } from '@xyflow/react';

/** States plus arrows up to which a moving viewport is composited (100 states and 300 arrows is about 400). */
export const MAX_COMPOSITED_ELEMENTS = 600;

export function useCompositedMoves(wrapper: RefObject<HTMLElement | null>): { onMoveStart: () => void; onMoveEnd: () => void } {
  const store = useStoreApi();
  return useMemo(() => {
    const viewport = () => wrapper.current?.querySelector<HTMLElement>('.react-flow__viewport') ?? null;
    return {
      onMoveStart: () => {
        const { nodeLookup, edgeLookup } = store.getState();
        if (nodeLookup.size + edgeLookup.size > MAX_COMPOSITED_ELEMENTS) return;
        const element = viewport();
        if (element) element.style.willChange = 'transform';
      },
      onMoveEnd: () => {
        const element = viewport();
        if (element) element.style.willChange = '';
      },
    };
  }, [wrapper, store]);
}
