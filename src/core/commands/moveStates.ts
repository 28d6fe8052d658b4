import type { Machine, Point } from '../machine';
import { changed, quote, refused, type CommandResult } from './result';
import { stateNames } from './names';
import { isFinitePoint } from './addState';

export interface MoveStatesArgs {
  readonly positions: ReadonlyMap<string, Point>;
}

/**
 * Sets the layout positions of states (one drag of a selection is one call, so
 * one undo step). Names that are not states are ignored: positions of states
 * that do not exist carry no meaning and are not kept.
 * @example moveStates(m, { positions: new Map([['Idle', { x: 40, y: 80 }]]) })
 */
export function moveStates(machine: Machine, { positions }: MoveStatesArgs): CommandResult {
  const states = stateNames(machine);
  const next = new Map(machine.layout.positions);
  let moved = false;
  for (const [name, point] of positions) {
    if (!states.has(name)) continue;
    if (!isFinitePoint(point)) return refused(`The new position of ${quote(name)} is not a finite point; drag the state again.`);
    const old = next.get(name);
    if (old && old.x === point.x && old.y === point.y) continue;
    next.set(name, { x: point.x, y: point.y });
    moved = true;
  }
  if (!moved) return changed(machine);
  return changed({ ...machine, layout: { ...machine.layout, positions: next } });
}
