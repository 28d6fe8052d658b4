/**
 * Removes what ELK's answer still gets wrong once the canvas draws it: the
 * canvas draws arrows as arcs between box centres (not ELK's routes), so a
 * label can land on a state in between, or on another label. This pass finds
 * those overlaps in the drawn model (drawnDiagram.ts) and moves one state at a
 * time to the nearby spot that removes the most overlap, until none is left or
 * the time budget is spent. States in `pinned` (placed by the user) never move.
 */
import type { Machine, Point } from '../../core/machine';
import type { Rect } from '../canvas/geometry';
import { drawnDiagram, drawnLabel, stateRect, type DrawnSizes } from './drawnDiagram';

/** Space kept free between any two drawn things, so they never touch either. */
export const CLEARANCE = 4;

export type Collision =
  | { readonly kind: 'state-state'; readonly a: string; readonly b: string }
  | { readonly kind: 'label-state'; readonly label: number; readonly state: string }
  | { readonly kind: 'label-label'; readonly a: number; readonly b: number };

/** Overlap area of two rects grown by `CLEARANCE`, so near misses count a little too. */
function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) + CLEARANCE;
  if (w <= 0) return 0;
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) + CLEARANCE;
  return h <= 0 ? 0 : w * h;
}

/**
 * Every pair of drawn things that overlap (or come closer than `CLEARANCE`).
 * @example layoutCollisions(machine, positions, sizes) // [{ kind: 'label-state', label: 3, state: 'Idle' }]
 */
export function layoutCollisions(machine: Machine, positions: ReadonlyMap<string, Point>, sizes: DrawnSizes): Collision[] {
  const drawn = drawnDiagram(machine, positions, sizes);
  const states = [...drawn.states];
  const labels = [...drawn.labels];
  const found: Collision[] = [];
  for (let i = 0; i < states.length; i++) {
    for (let j = i + 1; j < states.length; j++) {
      if (overlap(states[i]![1], states[j]![1]) > 0) found.push({ kind: 'state-state', a: states[i]![0], b: states[j]![0] });
    }
  }
  for (const [index, rect] of labels) {
    for (const [name, box] of states) if (overlap(rect, box) > 0) found.push({ kind: 'label-state', label: index, state: name });
  }
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      if (overlap(labels[i]![1], labels[j]![1]) > 0) found.push({ kind: 'label-label', a: labels[i]![0], b: labels[j]![0] });
    }
  }
  return found;
}

export interface RepairOptions {
  /** States that must stay where they are. */
  readonly pinned?: ReadonlySet<string>;
  /** Stop after this long (the pass runs on the main thread); default 250 ms. */
  readonly budgetMs?: number;
}

const STEPS = [0, 24, -24, 48, -48, 96, -96, 160, -160, 240, -240, 320, -320];

/**
 * Positions with the overlaps of the drawn diagram removed as far as the budget allows.
 * @example repairLayout(machine, elkPositions, sizes, { pinned: new Set(['Idle']) })
 */
export function repairLayout(machine: Machine, start: ReadonlyMap<string, Point>, sizes: DrawnSizes, options: RepairOptions = {}): Map<string, Point> {
  const deadline = performance.now() + (options.budgetMs ?? 250);
  const positions = new Map(start);
  const pinned = options.pinned ?? new Set<string>();
  const incident = new Map<string, number[]>();
  machine.transitions.forEach((t, index) => {
    for (const name of new Set([t.from, t.to])) incident.set(name, [...(incident.get(name) ?? []), index]);
  });

  const rects = new Map<string, Rect>();
  const labels = new Map<number, Rect>();
  const refreshState = (name: string) => {
    const position = positions.get(name);
    if (position) rects.set(name, stateRect(name, position, sizes));
  };
  const refreshLabel = (index: number) => {
    const t = machine.transitions[index];
    const source = t && rects.get(t.from);
    const target = t && rects.get(t.to);
    const rect = source && target ? drawnLabel(machine, index, source, target, sizes) : undefined;
    if (rect) labels.set(index, rect);
    else labels.delete(index);
  };
  for (const state of machine.states) refreshState(state.name);
  machine.transitions.forEach((_, index) => refreshLabel(index));

  /** Overlap of the state `name` and its labels with everything else. */
  const costAround = (name: string): number => {
    const own = rects.get(name);
    const ownLabels = new Set(incident.get(name) ?? []);
    let cost = 0;
    const against = (rect: Rect, skipState: string | undefined, skipLabels: ReadonlySet<number>) => {
      for (const [other, box] of rects) if (other !== skipState) cost += overlap(rect, box);
      for (const [index, box] of labels) if (!skipLabels.has(index)) cost += overlap(rect, box);
    };
    if (own) against(own, name, ownLabels);
    const seen = new Set<number>();
    for (const index of ownLabels) {
      const rect = labels.get(index);
      if (!rect) continue;
      seen.add(index);
      // Labels of the same state are compared once per pair, and with the state itself through `against` above.
      against(rect, name, seen);
    }
    return cost;
  };

  const moveTo = (name: string, point: Point) => {
    positions.set(name, point);
    refreshState(name);
    for (const index of incident.get(name) ?? []) refreshLabel(index);
  };

  for (;;) {
    const collisions = layoutCollisions(machine, positions, sizes);
    if (collisions.length === 0 || performance.now() > deadline) break;
    const movers = new Set<string>();
    for (const collision of collisions) for (const name of moversOf(machine, collision)) if (!pinned.has(name)) movers.add(name);
    let best: { name: string; point: Point; gain: number } | undefined;
    for (const name of movers) {
      const origin = positions.get(name);
      if (!origin) continue;
      const before = costAround(name);
      for (const dx of STEPS) {
        for (const dy of STEPS) {
          if (dx === 0 && dy === 0) continue;
          const point = { x: origin.x + dx, y: origin.y + dy };
          moveTo(name, point);
          // A small charge per pixel moved keeps the picture close to ELK's.
          const gain = before - costAround(name) - (Math.abs(dx) + Math.abs(dy)) * 0.5;
          if (gain > 0 && (!best || gain > best.gain)) best = { name, point, gain };
        }
      }
      moveTo(name, origin);
      if (performance.now() > deadline) break;
    }
    if (!best) break;
    moveTo(best.name, best.point);
  }
  return positions;
}

function moversOf(machine: Machine, collision: Collision): string[] {
  const ends = (index: number) => {
    const t = machine.transitions[index];
    return t ? [t.from, t.to] : [];
  };
  switch (collision.kind) {
    case 'state-state':
      return [collision.a, collision.b];
    case 'label-state':
      return [collision.state, ...ends(collision.label)];
    case 'label-label':
      return [...ends(collision.a), ...ends(collision.b)];
  }
}
