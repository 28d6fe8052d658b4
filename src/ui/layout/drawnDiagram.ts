/**
 * Where the canvas will draw every state box, transition label and missing
 * state's marker for a given set of positions, using the canvas's own
 * geometry (transitionShape: floating arcs between box centres, labels on the
 * curve's middle, self-loops on the quietest side of their box, arrows naming
 * a missing state to a marker with its name). ELK routes edges its own way, so
 * auto-layout checks and repairs its answer against this model, which is what
 * the user actually sees; the image export draws it. Pure: no DOM, no React.
 */
import type { Machine, Point } from '../../core/machine';
import { labelRect, type EdgeShape, type Rect, type Size, type Vec } from '../canvas/geometry';
import { ghostSize, planRoutes, transitionShape, type EdgeRoute } from '../canvas/geometryRoutes';
import { danglingEnds, edgeSides, type DanglingEnd, type EdgeSides } from '../canvas/loopSides';
import { DEFAULT_NODE_SIZE } from '../canvas/placement';
import { estimatedLabelSize } from '../../layout/estimatedSizes';

export interface DrawnSizes {
  /** State box sizes by state name; missing ones are the canvas's default box. */
  readonly states: ReadonlyMap<string, Size>;
  /** Label sizes by transition index; missing ones are estimated from the text. */
  readonly labels: ReadonlyMap<number, Size>;
}

/** A missing state's marker: where it is and the name it shows. */
export interface DrawnGhost {
  readonly rect: Rect;
  readonly missing: string;
}

export interface DrawnDiagram {
  readonly states: ReadonlyMap<string, Rect>;
  /** Label boxes by transition index (a transition with both ends missing is not drawn). */
  readonly labels: ReadonlyMap<number, Rect>;
  /** What each drawn transition connects, by index (one end may be a missing state). */
  readonly ends: ReadonlyMap<number, { readonly from: string; readonly to: string }>;
  /** Markers of missing states, by index of the transition naming them. */
  readonly ghosts: ReadonlyMap<number, DrawnGhost>;
  /** The sides loops and dangling arrows stand on, and each dangling arrow's end. */
  readonly edges: DrawnEdges;
}

/** What the canvas decides per machine and positions before drawing any arrow. */
export interface DrawnEdges {
  readonly sides: EdgeSides;
  readonly dangling: ReadonlyMap<number, DanglingEnd>;
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

/**
 * Loop sides and dangling ends for `positions`, by the canvas's rules (edgeSides, danglingEnds).
 * @example drawnEdges(machine, positions).sides.loops.get('Yellow') // 'left'
 */
export function drawnEdges(machine: Machine, positions: ReadonlyMap<string, Point>): DrawnEdges {
  const sides = edgeSides(machine.transitions, positions);
  const names = new Set(machine.states.map((s) => s.name));
  return { sides, dangling: danglingEnds(names, machine.transitions, sides.dangling) };
}

export function stateRect(name: string, position: Point, sizes: DrawnSizes): Rect {
  const size = sizes.states.get(name) ?? DEFAULT_NODE_SIZE;
  return { x: position.x, y: position.y, width: size.width, height: size.height };
}

/**
 * The shape the canvas draws for transition `index` among the boxes `states`
 * (TransitionEdge's transitionShape), with `ghost` set for a dangling arrow.
 */
export function drawnShape(machine: Machine, index: number, states: ReadonlyMap<string, Rect>, edges: DrawnEdges): (EdgeShape & { readonly ghost?: Vec }) | undefined {
  const transition = machine.transitions[index];
  const route = routesOf(machine)[index];
  if (!transition || !route) return undefined;
  const dangling = edges.dangling.get(index);
  const source = states.get(dangling && !dangling.outgoing ? transition.to : transition.from);
  const target = dangling ? source : states.get(transition.to);
  if (!source || !target) return undefined;
  const loopSide = transition.from === transition.to ? edges.sides.loops.get(transition.from) : undefined;
  return transitionShape(transition, route, source, target, loopSide, dangling);
}

/** The label box of transition `index`, and its missing state's marker if it has one. */
export function drawnLabel(
  machine: Machine,
  index: number,
  states: ReadonlyMap<string, Rect>,
  edges: DrawnEdges,
  sizes: DrawnSizes,
): { readonly label: Rect; readonly ghost?: DrawnGhost } | undefined {
  const shape = drawnShape(machine, index, states, edges);
  const transition = machine.transitions[index];
  if (!shape || !transition) return undefined;
  const label = labelRect(shape.label, sizes.labels.get(index) ?? estimatedLabelSize(transition));
  const dangling = edges.dangling.get(index);
  if (!dangling || !shape.ghost) return { label };
  return { label, ghost: { rect: labelRect(shape.ghost, ghostSize(dangling.missing)), missing: dangling.missing } };
}

/**
 * Every box, label and missing state's marker as the canvas would draw them at `positions`.
 * @example drawnDiagram(machine, machine.layout.positions, { states: new Map(), labels: new Map() }).labels.get(0)
 */
export function drawnDiagram(machine: Machine, positions: ReadonlyMap<string, Point>, sizes: DrawnSizes): DrawnDiagram {
  const states = new Map<string, Rect>();
  for (const state of machine.states) {
    const position = positions.get(state.name);
    if (position) states.set(state.name, stateRect(state.name, position, sizes));
  }
  const edges = drawnEdges(machine, positions);
  const labels = new Map<number, Rect>();
  const ends = new Map<number, { from: string; to: string }>();
  const ghosts = new Map<number, DrawnGhost>();
  machine.transitions.forEach((transition, index) => {
    const drawn = drawnLabel(machine, index, states, edges, sizes);
    if (!drawn) return;
    labels.set(index, drawn.label);
    if (drawn.ghost) ghosts.set(index, drawn.ghost);
    ends.set(index, { from: transition.from, to: transition.to });
  });
  return { states, labels, ends, ghosts, edges };
}
