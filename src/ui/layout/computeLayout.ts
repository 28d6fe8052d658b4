/**
 * The heavy half of auto-layout, loaded on first use with the ELK client:
 * ELK (in its worker) on boxes grown by their self-loop room, then the repair
 * pass against what the canvas draws, then rounding. Returns only positions;
 * applying them is the caller's business.
 */
import type { LayoutDirection, Machine, Point } from '../../core/machine';
import { LARGE_MACHINE_STATES } from '../../layout/elkGraph';
import { requestLayout, type LayoutProgress } from '../../layout/layoutClient';
import type { DrawnSizes } from './drawnDiagram';
import { withLoopRoom, withoutLoopRoom } from './loopRoom';
import { placeNearNeighbours } from './placeNearNeighbours';
import { repairLayout } from './repairLayout';

export type LayoutScope = 'all' | 'missing';

/**
 * Time the repair pass may take on the main thread. It stops as soon as nothing
 * overlaps (about 0.1 s for the examples), but on a busy machine 250 ms left
 * overlaps in the TCP example laid out top to bottom; a machine small enough to
 * read in one window gets a second, a large one keeps the short default so the
 * editor does not freeze where a perfect result is out of reach anyway.
 */
const REPAIR_BUDGET_MS = { small: 1000, large: 250 } as const;

export interface ComputeControls {
  readonly signal: AbortSignal;
  readonly onPhase: (phase: LayoutProgress['phase'] | 'tidying', elapsedMs: number) => void;
}

/**
 * New positions: for `'all'`, every state; for `'missing'`, only states without a stored one
 * (all of them when none has one).
 * @example await computeLayout(machine, measureDrawn(machine), 'RIGHT', 'all', controls)
 */
export async function computeLayout(machine: Machine, sizes: DrawnSizes, direction: LayoutDirection, scope: LayoutScope, controls: ComputeControls): Promise<Map<string, Point>> {
  const started = performance.now();
  const room = withLoopRoom(machine, sizes);
  const result = await requestLayout(machine, room.sizes, { direction }, { signal: controls.signal, onProgress: (p) => controls.onPhase(p.phase, p.elapsedMs) });
  const elk = withoutLoopRoom(result.positions, room);
  controls.onPhase('tidying', performance.now() - started);
  // Let the indicator paint before the repair pass takes the main thread for a moment.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (controls.signal.aborted) throw new DOMException('The layout was cancelled.', 'AbortError');

  const budgetMs = machine.states.length <= LARGE_MACHINE_STATES ? REPAIR_BUDGET_MS.small : REPAIR_BUDGET_MS.large;
  const stored = machine.layout.positions;
  const partial = scope === 'missing' && machine.states.some((s) => stored.has(s.name));
  if (!partial) return rounded(repairLayout(machine, elk, sizes, { budgetMs }));

  const added = placeNearNeighbours(machine, sizes, elk, direction);
  const everything = new Map(stored);
  for (const [name, point] of added) everything.set(name, point);
  const repaired = repairLayout(machine, everything, sizes, { pinned: new Set(stored.keys()), budgetMs });
  const out = new Map<string, Point>();
  for (const name of added.keys()) out.set(name, repaired.get(name)!);
  return rounded(out);
}

function rounded(positions: ReadonlyMap<string, Point>): Map<string, Point> {
  const out = new Map<string, Point>();
  for (const [name, p] of positions) out.set(name, { x: Math.round(p.x), y: Math.round(p.y) });
  return out;
}
