/**
 * React Flow nodes and edges derived from the machine and the selection.
 * Each node and edge object is reused while what it shows is unchanged, so
 * React Flow repaints only the state or arrow an edit touched.
 */
import { useMemo, useRef } from 'react';
import { MarkerType } from '@xyflow/react';
import type { Machine, Point, StateDef, Transition } from '../../core/machine';
import { placeMissing } from './placement';
import { planRoutes, type EdgeRoute } from './geometryRoutes';
import { stateNodeId, transitionEdgeId } from './nodeIds';
import { SOURCE_HANDLE, TARGET_HANDLE, type StateFlowNode } from './StateNode';
import type { TransitionFlowEdge } from './TransitionEdge';
import { transitionAriaLabel } from './transitionLabel';
import { danglingEnds, edgeSides, type DanglingEnd } from './loopSides';
import type { LoopSide, Rect } from './geometry';
import { DEFAULT_NODE_SIZE } from './placement';

export type { DanglingEnd } from './loopSides';

export interface Size {
  readonly width: number;
  readonly height: number;
}

interface NodeInputs {
  readonly state: StateDef;
  readonly initial: boolean;
  readonly position: Point;
  readonly selected: boolean;
  readonly editable: boolean;
  readonly size: Size | undefined;
}

function sameNodeInputs(a: NodeInputs, b: NodeInputs): boolean {
  return (
    a.state === b.state &&
    a.initial === b.initial &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.selected === b.selected &&
    a.editable === b.editable &&
    a.size?.width === b.size?.width &&
    a.size?.height === b.size?.height
  );
}

export function stateAriaLabel(state: StateDef, initial: boolean): string {
  const traits = [initial && 'initial', state.final && 'final'].filter(Boolean);
  return `State ${state.name}${traits.length ? ` (${traits.join(', ')})` : ''}`;
}

export type NodeCache = Map<string, { inputs: NodeInputs; node: StateFlowNode }>;

/**
 * The state nodes. `dragging` holds positions of nodes being dragged (by node
 * id), which follow the pointer before the drop is recorded as one undo step;
 * `sizes` holds measured sizes so rebuilt nodes do not flash while re-measured.
 * Nodes whose inputs did not change are taken from `cache` (the same object),
 * and `cache` is refilled with this build.
 */
export function buildStateNodes(
  machine: Machine,
  positions: ReadonlyMap<string, Point>,
  selected: ReadonlySet<string>,
  editable: boolean,
  dragging: ReadonlyMap<string, Point> | null,
  sizes: ReadonlyMap<string, Size>,
  cache: NodeCache,
): StateFlowNode[] {
  const previous = new Map(cache);
  cache.clear();
  return machine.states.map((state) => {
    const id = stateNodeId(state.name);
    const inputs: NodeInputs = {
      state,
      initial: machine.initial === state.name,
      position: dragging?.get(id) ?? positions.get(state.name) ?? { x: 0, y: 0 },
      selected: selected.has(state.name),
      editable,
      size: sizes.get(id),
    };
    const cached = previous.get(id);
    const node: StateFlowNode =
      cached && sameNodeInputs(cached.inputs, inputs)
        ? cached.node
        : {
            id,
            type: 'state',
            position: inputs.position,
            data: { state, initial: inputs.initial, editable },
            selected: inputs.selected,
            draggable: editable,
            connectable: editable,
            ariaLabel: stateAriaLabel(state, inputs.initial),
            ...(inputs.size ? { measured: inputs.size } : {}),
          };
    cache.set(id, { inputs, node });
    return node;
  });
}

/** `buildStateNodes` memoised for a component. */
export function useStateNodes(
  machine: Machine,
  selected: ReadonlySet<string>,
  editable: boolean,
  dragging: ReadonlyMap<string, Point> | null,
  sizes: ReadonlyMap<string, Size>,
): StateFlowNode[] {
  const cache = useRef<NodeCache>(new Map());
  const positions = useMemo(() => placeMissing(machine), [machine]);
  return useMemo(
    () => buildStateNodes(machine, positions, selected, editable, dragging, sizes, cache.current),
    // `machine` itself is left out on purpose: only states, initial and positions show on nodes.
    [machine.states, machine.initial, positions, selected, editable, dragging, sizes],
  );
}

function sameDangling(a: DanglingEnd | undefined, b: DanglingEnd | undefined): boolean {
  return a === b || (!!a && !!b && a.missing === b.missing && a.outgoing === b.outgoing && a.slot === b.slot && a.side === b.side);
}

interface EdgeInputs {
  readonly transition: Transition;
  readonly sourceBox: Rect;
  readonly targetBox: Rect;
  readonly dangling: DanglingEnd | undefined;
  readonly route: EdgeRoute;
  readonly loopSide: LoopSide | undefined;
  readonly selected: boolean;
  readonly editable: boolean;
}

export type EdgeCache = Map<number, { inputs: EdgeInputs; edge: TransitionFlowEdge }>;

function sameBox(a: Rect, b: Rect): boolean {
  return a === b || (a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height);
}

const UNPLACED: Rect = { x: 0, y: 0, ...DEFAULT_NODE_SIZE };

/**
 * Each state's box on the canvas by name: its position (the dragged one while a
 * drag is in progress) and its measured size, or the default size before React
 * Flow has measured it. Edges take their ends from here rather than each
 * subscribing to React Flow's node store, which would run two selectors per
 * arrow on every frame of a pan.
 */
export function stateBoxes(
  machine: Machine,
  positions: ReadonlyMap<string, Point>,
  dragging: ReadonlyMap<string, Point> | null,
  sizes: ReadonlyMap<string, Size>,
): ReadonlyMap<string, Rect> {
  const boxes = new Map<string, Rect>();
  for (const state of machine.states) {
    const id = stateNodeId(state.name);
    const at = dragging?.get(id) ?? positions.get(state.name) ?? { x: 0, y: 0 };
    const size = sizes.get(id) ?? DEFAULT_NODE_SIZE;
    boxes.set(state.name, { x: at.x, y: at.y, width: size.width, height: size.height });
  }
  return boxes;
}

/**
 * The transition edges. A transition with one end naming a missing state is
 * drawn from the end it has to a marker with the missing name, so the problem
 * the checks report is visible and selectable; one with both ends missing has
 * nowhere to be drawn and is left out. Unchanged edges are taken from `cache`, as for nodes.
 */
export function buildTransitionEdges(
  machine: Machine,
  routes: readonly EdgeRoute[],
  selected: ReadonlySet<number>,
  editable: boolean,
  cache: EdgeCache,
  sides: ReadonlyMap<string, LoopSide> = new Map(),
  hangingSides: ReadonlyMap<string, LoopSide> = new Map(),
  boxes: ReadonlyMap<string, Rect> = stateBoxes(machine, placeMissing(machine), null, new Map()),
): TransitionFlowEdge[] {
  const previous = new Map(cache);
  cache.clear();
  const stateNames = new Set(machine.states.map((s) => s.name));
  const edges: TransitionFlowEdge[] = [];
  const hanging = danglingEnds(stateNames, machine.transitions, hangingSides);
  machine.transitions.forEach((transition, index) => {
    const hasFrom = stateNames.has(transition.from);
    const hasTo = stateNames.has(transition.to);
    if (!hasFrom && !hasTo) return;
    const dangling = hanging.get(index);
    const endName = hasFrom ? transition.from : transition.to;
    const endNode = stateNodeId(endName);
    const loopSide = transition.from === transition.to ? sides.get(transition.from) : undefined;
    const sourceBox = boxes.get(dangling ? endName : transition.from) ?? UNPLACED;
    const targetBox = boxes.get(dangling ? endName : transition.to) ?? UNPLACED;
    const inputs: EdgeInputs = { transition, sourceBox, targetBox, dangling, route: routes[index]!, loopSide, selected: selected.has(index), editable };
    const cached = previous.get(index);
    const reuse =
      cached &&
      cached.inputs.transition === transition &&
      sameBox(cached.inputs.sourceBox, sourceBox) &&
      sameBox(cached.inputs.targetBox, targetBox) &&
      sameDangling(cached.inputs.dangling, dangling) &&
      sameRoute(cached.inputs.route, inputs.route) &&
      cached.inputs.loopSide === loopSide &&
      cached.inputs.selected === inputs.selected &&
      cached.inputs.editable === editable;
    const edge: TransitionFlowEdge = reuse
      ? cached.edge
      : {
          id: transitionEdgeId(index),
          type: 'transition',
          // A dangling arrow hangs off the one box it has at both ends; TransitionEdge draws the rest.
          source: dangling ? endNode : stateNodeId(transition.from),
          target: dangling ? endNode : stateNodeId(transition.to),
          sourceHandle: SOURCE_HANDLE,
          targetHandle: TARGET_HANDLE,
          selected: inputs.selected,
          ariaLabel: transitionAriaLabel(transition),
          // Out of the page's tab sequence: Tab reaches arrows after the states (tabOrder.ts).
          domAttributes: { tabIndex: -1 },
          markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, color: inputs.selected ? 'var(--canvas-accent)' : 'var(--canvas-edge)' },
          data: { transition, index, sourceBox, targetBox, route: inputs.route, editable, ...(loopSide ? { loopSide } : {}), ...(dangling ? { dangling } : {}) },
        };
    cache.set(index, { inputs, edge });
    edges.push(edge);
  });
  return edges;
}

/**
 * `buildTransitionEdges` memoised for a component; routes are planned once per
 * change of the table, loop sides once per change of the table or of the
 * committed positions (a drag in progress does not move loops around).
 */
export function useTransitionEdges(
  machine: Machine,
  selected: ReadonlySet<number>,
  editable: boolean,
  dragging: ReadonlyMap<string, Point> | null,
  sizes: ReadonlyMap<string, Size>,
): TransitionFlowEdge[] {
  const cache = useRef<EdgeCache>(new Map());
  const routes = useMemo(() => planRoutes(machine.transitions), [machine.transitions]);
  const positions = useMemo(() => placeMissing(machine), [machine]);
  const boxes = useMemo(() => stateBoxes(machine, positions, dragging, sizes), [machine, positions, dragging, sizes]);
  const [sides, hangingSides] = useMemo(() => {
    const { loops, dangling } = edgeSides(machine.transitions, positions);
    return [loops, dangling] as const;
  }, [machine.transitions, positions]);
  return useMemo(
    () => buildTransitionEdges(machine, routes, selected, editable, cache.current, sides, hangingSides, boxes),
    [machine.transitions, machine.states, routes, selected, editable, sides, hangingSides, boxes],
  );
}

function sameRoute(a: EdgeRoute, b: EdgeRoute): boolean {
  if (a.kind === 'loop' || b.kind === 'loop') return a.kind === 'loop' && b.kind === 'loop' && a.level === b.level;
  if (a.slot !== b.slot || a.group.first !== b.group.first || a.group.second !== b.group.second) return false;
  const x = a.group.labels;
  const y = b.group.labels;
  return x.length === y.length && x.every((size, i) => size.width === y[i]!.width && size.height === y[i]!.height);
}
