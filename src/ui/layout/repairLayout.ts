/**
 * Removes what ELK's answer still gets wrong once the canvas draws it: the
 * canvas draws arrows as arcs between box centres (not ELK's routes), so a
 * label can land on a state in between, or on another label. This pass finds
 * those overlaps in the drawn model (drawnDiagram.ts) and moves one state at a
 * time to the nearby spot that removes the most overlap, until none is left or
 * the time budget is spent. States in `pinned` (placed by the user) never move.
 * A missing state's marker counts as a label of the transition naming it.
 */
import type { Machine, Point } from '../../core/machine';
import type { Rect } from '../canvas/geometry';
import { drawnDiagram, drawnEdges, drawnLabel, stateRect, type DrawnEdges, type DrawnSizes } from './drawnDiagram';

/** Space kept free between any two drawn things, so they never touch either. */
export const CLEARANCE = 4;

export type Collision =
  | { readonly kind: 'state-state'; readonly a: string; readonly b: string }
  | { readonly kind: 'label-state'; readonly label: number; readonly state: string }
  | { readonly kind: 'label-label'; readonly a: number; readonly b: number }
  | { readonly kind: 'ghost-state'; readonly ghost: number; readonly state: string }
  | { readonly kind: 'ghost-label'; readonly ghost: number; readonly label: number };

/** Any overlap costs at least this much, so clearing a near miss is worth a short move (the move charge is 0.5 per pixel). */
const MIN_OVERLAP_COST = 64;

/** Overlap area of two rects grown by `CLEARANCE`, so near misses count a little too. */
function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) + CLEARANCE;
  if (w <= 0) return 0;
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) + CLEARANCE;
  return h <= 0 ? 0 : Math.max(w * h, MIN_OVERLAP_COST);
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
  for (const [index, { rect }] of drawn.ghosts) {
    for (const [name, box] of states) if (overlap(rect, box) > 0) found.push({ kind: 'ghost-state', ghost: index, state: name });
    for (const [other, box] of labels) if (overlap(rect, box) > 0) found.push({ kind: 'ghost-label', ghost: index, label: other });
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

  // Loops and dangling arrows take a side that depends on where the neighbours are, so they are redrawn after every move.
  const sideDependent: number[] = [];
  const stateNames = new Set(machine.states.map((s) => s.name));
  machine.transitions.forEach((t, index) => {
    if (t.from === t.to || !stateNames.has(t.from) || !stateNames.has(t.to)) sideDependent.push(index);
  });

  const rects = new Map<string, Rect>();
  // Labels and missing states' markers, keyed by transition index (a marker by its bitwise complement).
  const labels = new Map<number, Rect>();
  let edges: DrawnEdges = drawnEdges(machine, positions);
  const refreshState = (name: string) => {
    const position = positions.get(name);
    if (position) rects.set(name, stateRect(name, position, sizes));
  };
  const refreshLabel = (index: number) => {
    const drawn = drawnLabel(machine, index, rects, edges, sizes);
    if (drawn) labels.set(index, drawn.label);
    else labels.delete(index);
    if (drawn?.ghost) labels.set(~index, drawn.ghost.rect);
    else labels.delete(~index);
  };
  for (const state of machine.states) refreshState(state.name);
  machine.transitions.forEach((_, index) => refreshLabel(index));

  /** Overlap of the state `name` and its labels with everything else. */
  const costAround = (name: string): number => {
    const own = rects.get(name);
    const ownLabels = new Set((incident.get(name) ?? []).flatMap((index) => [index, ~index]));
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
    if (sideDependent.length > 0) edges = drawnEdges(machine, positions);
    for (const index of new Set([...(incident.get(name) ?? []), ...sideDependent])) refreshLabel(index);
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
    case 'ghost-state':
      return [collision.state, ...ends(collision.ghost)];
    case 'ghost-label':
      return [...ends(collision.ghost), ...ends(collision.label)];
  }
}
