/**
 * The sizes the canvas actually drew: state boxes from React Flow's measurements,
 * transition labels from their elements (layout size, so the zoom does not
 * matter). Anything not drawn yet is left out and gets an estimate downstream.
 */
import type { Machine } from '../../core/machine';
import type { Size } from '../canvas/geometry';
import { measuredStateSizes } from '../canvas/flowHandle';
import { FAR_CLASS } from '../canvas/labelDetail';
import type { DrawnSizes } from './drawnDiagram';

/** @example layoutSizes(machine).labels.get(0) // { width: 86, height: 22 } */
export function measureDrawn(machine: Machine): DrawnSizes {
  const labels = new Map<number, Size>();
  if (typeof document !== 'undefined') {
    // Zoomed far out the canvas does not draw labels (labelDetail); draw them for
    // this one synchronous read, so a layout there still gets their real sizes.
    const far = [...document.querySelectorAll(`.${FAR_CLASS}`)];
    for (const element of far) element.classList.remove(FAR_CLASS);
    try {
      for (const element of document.querySelectorAll<HTMLElement>('.transition-label[data-transition]')) {
        const index = Number(element.dataset.transition);
        if (!Number.isInteger(index) || index < 0 || index >= machine.transitions.length) continue;
        if (element.offsetWidth > 0) labels.set(index, { width: element.offsetWidth, height: element.offsetHeight });
      }
    } finally {
      for (const element of far) element.classList.add(FAR_CLASS);
    }
  }
  return { states: measuredStateSizes(machine), labels };
}
