/**
 * While the view pans or zooms, the viewport (every state, arrow and label) is
 * its own compositor layer: each frame then only moves or scales a picture that
 * is already drawn, instead of the browser re-rastering the whole canvas, which
 * on a machine without GPU raster was most of a frame's cost. The layer is let go
 * when the movement ends, so the browser draws the canvas once more at the new
 * zoom and text stays sharp; during a zoom gesture it may look soft for a moment.
 */
import { useMemo, type RefObject } from 'react';

export function useCompositedMoves(wrapper: RefObject<HTMLElement | null>): { onMoveStart: () => void; onMoveEnd: () => void } {
  return useMemo(() => {
    const viewport = () => wrapper.current?.querySelector<HTMLElement>('.react-flow__viewport') ?? null;
    return {
      onMoveStart: () => {
        const element = viewport();
        if (element) element.style.willChange = 'transform';
      },
      onMoveEnd: () => {
        const element = viewport();
        if (element) element.style.willChange = '';
      },
    };
  }, [wrapper]);
}
