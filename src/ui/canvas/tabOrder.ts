/**
 * Tab order on the canvas: every state first, then every arrow. React Flow
 * renders arrows before states in the DOM, so the browser's own order would
 * visit all arrows first. Arrows are therefore out of the page's tab sequence
 * (tabIndex -1, set in flowElements) and Tab walks into them from the last
 * state here; leaving the last arrow continues after the states as usual.
 */
import type { KeyboardEvent } from 'react';

const NODE = '.react-flow__node';
const EDGE = '.react-flow__edge';

/** Moves focus for Tab and Shift+Tab on a focused state or arrow; other keys and targets are left alone. */
export function followCanvasTabOrder(event: KeyboardEvent, container: HTMLElement): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target;
  if (!(target instanceof Element) || !(target.matches(NODE) || target.matches(EDGE))) return;
  const nodes = [...container.querySelectorAll<HTMLElement>(`${NODE}[tabindex]`)];
  const edges = [...container.querySelectorAll<HTMLElement>(`${EDGE}[tabindex]`)];
  const lastNode = nodes.at(-1);
  const focus = (element: HTMLElement | undefined) => {
    if (!element) return;
    event.preventDefault();
    element.focus();
  };
  if (target.matches(NODE)) {
    if (!event.shiftKey && target === lastNode) focus(edges[0]);
    return;
  }
  const at = edges.indexOf(target as HTMLElement);
  if (event.shiftKey) {
    focus(at > 0 ? edges[at - 1] : lastNode);
  } else if (at < edges.length - 1) {
    focus(edges[at + 1]);
  } else {
    // From the last arrow the browser's own Tab continues from the last state: out of the canvas.
    lastNode?.focus();
  }
}
