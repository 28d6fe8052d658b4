import type { Machine } from '../machine';
import { changed, refused, type CommandResult } from './result';
import { declaredAlphabet } from './declaredAlphabet';
import { eventNames, newNameProblem } from './names';

export interface AddEventArgs {
  readonly name: string;
  readonly description?: string | undefined;
}

/**
 * Declares a new event at the end of the alphabet (no transition uses it yet,
 * which analysis reports as `unused-event` until one does).
 * @example addEvent(m, { name: 'Refund', description: 'Customer asks for the money back' })
 */
export function addEvent(machine: Machine, { name, description }: AddEventArgs): CommandResult {
  const problem = newNameProblem('event', name, eventNames(machine));
  if (problem) return refused(problem);
  return changed({ ...machine, events: [...declaredAlphabet(machine), { name, ...(description ? { description } : {}) }] });
}
