/**
 * How each transition is drawn relative to its siblings, computed once per
 * machine change (not per edge per frame): self-loops on one state nest by
 * level, and every arrow between the same two states (in either direction)
 * takes its own slot in a shared group, so parallel and opposite arrows are
 * separate curves with labels that do not sit on top of each other.
 */
import type { Transition } from '../../core/machine';
import { transitionLabel } from './transitionLabel';
import type { EdgeShape, LoopSide, Rect, Size, Vec } from './geometry';
import { arcShape, centre, danglingShape, loopShape, unitNormal } from './geometry';
import type { DanglingEnd } from './loopSides';

/** Labels wider than this are cut with an ellipsis (canvas.css keeps the same limit). */
export const MAX_LABEL_WIDTH = 200;
export const LABEL_HEIGHT = 22;
/** Smallest distance between neighbouring labels' centres across a group of arrows. */
const MIN_LABEL_STEP = 28;
const LABEL_GAP = 8;

/** The arrows between one pair of states, in table order; `first`/`second` fix a shared frame. */
export interface ArcGroup {
  readonly first: string;
  readonly second: string;
  readonly labels: readonly Size[];
}

export type EdgeRoute =
  | { readonly kind: 'loop'; readonly level: number }
  | { readonly kind: 'arc'; readonly group: ArcGroup; readonly slot: number };

/**
 * A generous size for a label's text in the canvas font (12px), so spacing
 * errs on the side of more room.
 * @example estimateLabelSize('go') // { width: 30, height: 22 }
 */
export function estimateLabelSize(text: string): Size {
  const width = Math.min(MAX_LABEL_WIDTH, Math.ceil([...text].length * 7) + 16);
  return { width, height: LABEL_HEIGHT };
}

/**
 * The route of every transition, by table index. Linear in the number of transitions.
 * @example planRoutes([{ from: 'A', event: 'x', to: 'A' }])[0] // { kind: 'loop', level: 0 }
 */
export function planRoutes(transitions: readonly Transition[], labelSize: (t: Transition) => Size = (t) => estimateLabelSize(transitionLabel(t))): EdgeRoute[] {
  const loopsPerState = new Map<string, number>();
  const groups = new Map<string, { first: string; second: string; labels: Size[] }>();
  const routes: EdgeRoute[] = [];
  for (const transition of transitions) {
    if (transition.from === transition.to) {
      const level = loopsPerState.get(transition.from) ?? 0;
      loopsPerState.set(transition.from, level + 1);
      routes.push({ kind: 'loop', level });
      continue;
    }
    const [first, second] = transition.from < transition.to ? [transition.from, transition.to] : [transition.to, transition.from];
    // JSON keeps the pair unambiguous whatever characters the names contain.
    const key = JSON.stringify([first, second]);
    let group = groups.get(key);
    if (!group) {
      group = { first, second, labels: [] };
      groups.set(key, group);
    }
    routes.push({ kind: 'arc', group, slot: group.labels.length });
    group.labels.push(labelSize(transition));
  }
  return routes;
}

/**
 * How far each arrow of a group bends off the chord from `first` to `second`
 * (control-point offset; the label ends up about half of it off the chord).
 * Neighbouring labels are spaced by their extent across the chord, so labels
 * of parallel arrows stay apart whether the chord is horizontal or vertical.
 * @example groupBends([{ width: 40, height: 22 }], a, b) // [0]
 */
export function groupBends(labels: readonly Size[], first: Vec, second: Vec): number[] {
  if (labels.length <= 1) return labels.map(() => 0);
  const normal = unitNormal(first, second);
  const extent = (size: Size) => Math.abs(normal.x) * size.width + Math.abs(normal.y) * size.height;
  const offsets = [0];
  for (let i = 1; i < labels.length; i++) {
    const step = Math.max(MIN_LABEL_STEP, (extent(labels[i - 1]!) + extent(labels[i]!)) / 2 + LABEL_GAP);
    offsets.push(offsets[i - 1]! + step);
  }
  const middle = offsets[offsets.length - 1]! / 2;
  return offsets.map((offset) => 2 * (offset - middle));
}

/** The marker of a missing state is sized like a label showing its name. */
export function ghostSize(missing: string): Size {
  return estimateLabelSize(missing);
}

/**
 * The shape the canvas draws for `transition` on `route` (TransitionEdge draws
 * exactly this; image export and layout repair model it). `source` and
 * `target` are its boxes; for a dangling arrow both are the one box it has.
 * `ghost` is the centre of the missing state's marker.
 * @example transitionShape({ from: 'A', event: 't', to: 'A' }, { kind: 'loop', level: 0 }, box, box, 'left').label
 */
export function transitionShape(
  transition: Transition,
  route: EdgeRoute,
  source: Rect,
  target: Rect,
  loopSide?: LoopSide,
  dangling?: DanglingEnd,
): EdgeShape & { readonly ghost?: Vec } {
  if (dangling) return danglingShape(source, dangling.slot, ghostSize(dangling.missing).width, dangling.outgoing, dangling.side);
  if (route.kind === 'loop') return loopShape(source, route.level, loopSide, estimateLabelSize(transitionLabel(transition)).width);
  const firstIsSource = route.group.first === transition.from;
  const first = centre(firstIsSource ? source : target);
  const second = centre(firstIsSource ? target : source);
  const bend = groupBends(route.group.labels, first, second)[route.slot] ?? 0;
  return arcShape(source, target, first, second, bend);
}
