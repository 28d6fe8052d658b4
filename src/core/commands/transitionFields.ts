/**
 * Rules for the fields of one transition, shared by adding and editing. An
 * empty event is allowed (analysis reports it as `empty-event`) because the
 * editor draws the arrow before the user types the event.
 */
import { nameLengthProblem } from './names';

/** Why `event` cannot label a transition, or undefined. */
export function eventNameProblem(event: string): string | undefined {
  return event === '' ? undefined : nameLengthProblem('event', event);
}
