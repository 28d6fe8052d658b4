/**
 * Runs something once the canvas has drawn (and React Flow has measured) the
 * open machine's states: auto-layout on open needs the real sizes, a shared
 * link's selected state needs its node to centre on.
 */

/** How many frames to wait at most for the canvas to draw the states before running anyway. */
const MAX_WAIT_FRAMES = 60;

function canvasHasDrawn(): boolean {
  return typeof document !== 'undefined' && document.querySelector('.react-flow__node') !== null;
}

/** @example afterCanvasPaint(() => focusOnState('Idle')) */
export function afterCanvasPaint(run: () => void, frames = MAX_WAIT_FRAMES): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (canvasHasDrawn() || frames <= 0) run();
      else afterCanvasPaint(run, frames - 2);
    }),
  );
}
