/**
 * The text an arrow carries: `event [guard] / actions`, as on a UML state diagram.
 * Pure, so the canvas, the geometry (label sizes) and tests agree on it.
 */
import type { Transition } from '../../core/machine';

/** Shown instead of an empty event so the arrow never looks finished when it is not. */
export const EMPTY_EVENT_PLACEHOLDER = '(no event)';

/**
 * @example transitionLabel({ from: 'A', event: 'go', to: 'B', guard: 'ok', actions: ['log'] }) // 'go [ok] / log'
 */
export function transitionLabel(transition: Transition): string {
  const event = transition.event === '' ? EMPTY_EVENT_PLACEHOLDER : transition.event;
  const guard = transition.guard ? ` [${transition.guard}]` : '';
  const actions = transition.actions?.length ? ` / ${transition.actions.join(', ')}` : '';
  return `${event}${guard}${actions}`;
}

/**
 * The accessible name of a transition's arrow.
 * @example transitionAriaLabel({ from: 'Idle', event: 'InsertCoin', to: 'HasCoin' }) // 'Transition Idle –InsertCoin→ HasCoin'
 */
export function transitionAriaLabel(transition: Transition): string {
  const event = transition.event === '' ? EMPTY_EVENT_PLACEHOLDER : transition.event;
  return `Transition ${transition.from} –${event}→ ${transition.to}`;
}
