/**
 * The edit an auto-layout makes: new positions (through the `moveStates`
 * command) and, when every state was placed, the direction, so the next
 * layout keeps the user's choice. One command, so one undo step.
 */
import { moveStates } from '../../core/commands';
import type { LayoutDirection, Machine, Point } from '../../core/machine';
import type { CommandOutcome } from '../../store';

/** @example documentStore.getState().apply(layoutCommand(positions, 'DOWN')) */
export function layoutCommand(positions: ReadonlyMap<string, Point>, direction: LayoutDirection | undefined): (machine: Machine) => CommandOutcome {
  return (machine) => {
    const moved = moveStates(machine, { positions });
    if (!moved.ok || direction === undefined || moved.machine.layout.direction === direction) return moved;
    return { ok: true, machine: { ...moved.machine, layout: { ...moved.machine.layout, direction } } };
  };
}
