/**
 * Where the canvas will draw every state box and transition label for a given
 * set of positions, using the canvas's own geometry (floating arcs between box
 * centres, labels on the curve's middle, self-loops above the box). ELK routes
 * edges its own way, so auto-layout checks and repairs its answer against this
 * model, which is what the user actually sees. Pure: no DOM, no React.
 */
import type { Machine, Point } from '../../core/machine';
import { arcShape, centre, labelRect, loopShape, type EdgeShape, type Rect, type Size } from '../canvas/geometry';
import { groupBends, planRoutes, type EdgeRoute } from '../canvas/geometryRoutes';
import { DEFAULT_NODE_SIZE } from '../canvas/placement';
import { estimatedLabelSize } from '../../layout/estimatedSizes';

export interface DrawnSizes {
  /** State box sizes by state name; missing ones are the canvas's default box. */
  readonly states: ReadonlyMap<string, Size>;
  /** Label sizes by transition index; missing ones are estimated from the text. */
  readonly labels: ReadonlyMap<number, Size>;
}

export interface DrawnDiagram {
  readonly states: ReadonlyMap<string, Rect>;
  /** Label boxes by transition index (transitions naming a missing state are not drawn). */
  readonly labels: ReadonlyMap<number, Rect>;
  /** What each drawn transition connects, by index. */
  readonly ends: ReadonlyMap<number, { readonly from: string; readonly to: string }>;
}

/** Routes depend only on the table, so they are planned once per machine, as the canvas does. */
const routeCache = new WeakMap<Machine['transitions'], EdgeRoute[]>();

export function routesOf(machine: Machine): EdgeRoute[] {
  let routes = routeCache.get(machine.transitions);
  if (!routes) {
    routes = planRoutes(machine.transitions);
    routeCache.set(machine.transitions, routes);
  }
  return routes;
}

export function stateRect(name: string, position: Point, sizes: DrawnSizes): Rect {
  const size = sizes.states.get(name) ?? DEFAULT_NODE_SIZE;
  return { x: position.x, y: position.y, width: size.width, height: size.height };
}

/** The shape the canvas draws for transition `index` between the two boxes (TransitionEdge's rule). */
export function drawnShape(machine: Machine, index: number, source: Rect, target: Rect): EdgeShape | undefined {
  const transition = machine.transitions[index];
  const route = routesOf(machine)[index];
  if (!transition || !route) return undefined;
  if (route.kind === 'loop') return loopShape(source, route.level);
  const firstIsSource = route.group.first === transition.from;
  const first = centre(firstIsSource ? source : target);
  const second = centre(firstIsSource ? target : source);
  const bend = groupBends(route.group.labels, first, second)[route.slot] ?? 0;
  return arcShape(source, target, first, second, bend);
}

/** The label box of transition `index` given its two state boxes. */
export function drawnLabel(machine: Machine, index: number, source: Rect, target: Rect, sizes: DrawnSizes): Rect | undefined {
  const shape = drawnShape(machine, index, source, target);
  const transition = machine.transitions[index];
  if (!shape || !transition) return undefined;
  return labelRect(shape.label, sizes.labels.get(index) ?? estimatedLabelSize(transition));
}

/**
 * Every box and label as the canvas would draw them at `positions`.
 * @example drawnDiagram(machine, machine.layout.positions, { states: new Map(), labels: new Map() }).labels.get(0)
 */
export function drawnDiagram(machine: Machine, positions: ReadonlyMap<string, Point>, sizes: DrawnSizes): DrawnDiagram {
  const states = new Map<string, Rect>();
  for (const state of machine.states) {
    const position = positions.get(state.name);
    if (position) states.set(state.name, stateRect(state.name, position, sizes));
  }
  const labels = new Map<number, Rect>();
  const ends = new Map<number, { from: string; to: string }>();
  machine.transitions.forEach((transition, index) => {
    const source = states.get(transition.from);
    const target = states.get(transition.to);
    if (!source || !target) return;
    const label = drawnLabel(machine, index, source, target, sizes);
    if (!label) return;
    labels.set(index, label);
    ends.set(index, { from: transition.from, to: transition.to });
  });
  return { states, labels, ends };
}
