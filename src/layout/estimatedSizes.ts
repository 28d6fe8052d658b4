/**
 * Box sizes from text length, for when nothing is measured yet (layout on open
 * before the canvas has rendered, the command line, benchmarks). The numbers
 * follow canvas.css: states are 56 px high and 160 to 320 px wide; labels are
 * 12 px text with 7 px padding, at most 200 px wide.
 */
import type { Machine, Transition } from '../core/machine';
import type { LayoutSizes, Size } from './types';

const CHARACTER_WIDTH = 7;
const STATE = { minWidth: 160, maxWidth: 320, height: 56, padding: 40 } as const;
const LABEL = { maxWidth: 200, height: 22, padding: 16 } as const;

/**
 * @example estimatedStateSize('AwaitingPayment') // { width: 160, height: 56 }
 */
export function estimatedStateSize(name: string): Size {
  const width = Math.min(STATE.maxWidth, Math.max(STATE.minWidth, name.length * CHARACTER_WIDTH + STATE.padding));
  return { width, height: STATE.height };
}

/**
 * @example estimatedLabelSize({ from: 'A', event: 'go', to: 'B', guard: 'ready' }) // { width: 86, height: 22 }
 */
export function estimatedLabelSize(transition: Transition): Size {
  const text = labelText(transition);
  return { width: Math.min(LABEL.maxWidth, text.length * CHARACTER_WIDTH + LABEL.padding), height: LABEL.height };
}

/**
 * Estimated sizes for every state and transition label of a machine.
 * @example layoutMachine(elk, machine, estimatedSizes(machine), { direction: 'RIGHT' })
 */
export function estimatedSizes(machine: Machine): LayoutSizes {
  return {
    states: new Map(machine.states.map((s) => [s.name, estimatedStateSize(s.name)])),
    labels: new Map(machine.transitions.map((t, i) => [i, estimatedLabelSize(t)])),
  };
}

/** Roughly what the canvas shows on an arrow: `event [guard] / action, action`. */
function labelText(transition: Transition): string {
  const guard = transition.guard ? ` [${transition.guard}]` : '';
  const actions = transition.actions?.length ? ` / ${transition.actions.join(', ')}` : '';
  return `${transition.event || '(no event)'}${guard}${actions}`;
}
