/** Shared by the canvas specs that check where states and labels are drawn. */
import type { Box } from './canvas';

/** True when two screen boxes overlap (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Three states placed close together, with a guard, actions and a self-loop. */
export const trafficLight = {
  version: 1,
  name: 'Traffic light',
  initial: 'Red',
  states: ['Red', 'Green', 'Yellow'],
  transitions: [
    { from: 'Red', event: 'go', to: 'Green', guard: 'carsWaiting', actions: ['startTimer', 'beep'] },
    { from: 'Green', event: 'slow', to: 'Yellow' },
    { from: 'Yellow', event: 'stop', to: 'Red' },
    { from: 'Yellow', event: 'tick', to: 'Yellow' },
  ],
  layout: { states: { Red: { x: 0, y: 0 }, Green: { x: 340, y: 0 }, Yellow: { x: 170, y: 240 } } },
};

