import { formatInputProblem, restoreText, type Machine } from '../machine';

/**
 * A machine from a document written inline in a test (shorthand allowed),
 * through the same restore door as every real input. Fails loudly on a bad fixture.
 * @example machineFrom({ version: 1, initial: 'A', states: ['A'] })
 */
export function machineFrom(doc: unknown): Machine {
  const restored = restoreText(JSON.stringify(doc));
  if (!restored.ok) throw new Error(`bad test machine: ${restored.problems.map(formatInputProblem).join('; ')}`);
  return restored.machine;
}
