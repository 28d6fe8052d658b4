/**
 * The export targets as the picker shows them: the registry's targets in the
 * order a user looks for them, each with a title and a one-line hint. A target
 * added to the registry later still shows (at the end, under its own label).
 */
import { exportTargets, type ExportTarget } from '../../../core/codegen';

export interface ShownTarget {
  readonly target: ExportTarget;
  readonly title: string;
  readonly hint: string;
}

const WORDS = new Map<string, { readonly title: string; readonly hint: string }>([
  ['ts', { title: 'TypeScript module', hint: 'Typed createMachine() with no dependencies' }],
  ['test', { title: 'Vitest tests for the module', hint: 'Every legal and illegal step, every state reached' }],
  ['mermaid', { title: 'Mermaid', hint: 'stateDiagram-v2 for Markdown and docs' }],
  ['scxml', { title: 'SCXML', hint: 'W3C State Chart XML' }],
  ['dot', { title: 'Graphviz DOT', hint: 'Render with dot -Tsvg' }],
  ['xstate', { title: 'XState v5', hint: 'An XState machine; supply guards and actions with provide()' }],
  ['json', { title: 'JSON', hint: 'The canonical .fsm.json document' }],
]);

const ORDER = [...WORDS.keys()];

function rank(target: ExportTarget): number {
  const index = ORDER.indexOf(target.id);
  return index === -1 ? ORDER.length : index;
}

export const shownTargets: readonly ShownTarget[] = [...exportTargets]
  .sort((a, b) => rank(a) - rank(b))
  .map((target) => ({ target, ...(WORDS.get(target.id) ?? { title: target.label, hint: '' }) }));

/** The target shown for `id`, falling back to the first (a remembered id may have been removed). */
export function shownTarget(id: string): ShownTarget {
  const found = shownTargets.find((shown) => shown.target.id === id) ?? shownTargets[0];
  if (!found) throw new Error('No export targets are registered.');
  return found;
}
