/**
 * The ELK graph for a machine (pure). ELK sees only generated ids (`s0`, `t0`,
 * `l0`), never user names, so a state called `root` or `__proto__` cannot clash
 * with anything; `ElkGraphIds` maps them back.
 *
 * Options: layered layout; labels are real boxes placed at the middle of their
 * edge, so layering and spacing leave room for them; model order is kept so the
 * same machine gives the same picture; self-loops are spread around their
 * state; separate components are packed side by side. A machine too long to
 * read in one window can be wrapped into rows (or columns) by `WRAPPED_OPTIONS`;
 * layoutMachine decides when.
 */
import type { ElkExtendedEdge, ElkNode, LayoutOptions as ElkOptions } from 'elkjs/lib/elk-api';
import type { Machine } from '../core/machine';
import { estimatedLabelSize, estimatedStateSize } from './estimatedSizes';
import type { LayoutOptions, LayoutSizes } from './types';

export interface ElkGraphIds {
  /** State name by node id. */
  readonly states: ReadonlyMap<string, string>;
  /** Transition table index by edge id. */
  readonly transitions: ReadonlyMap<string, number>;
}

export const GRAPH_OPTIONS: Readonly<ElkOptions> = {
  'elk.algorithm': 'layered',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
  'elk.layered.edgeLabels.sideSelection': 'SMART_DOWN',
  'elk.layered.edgeRouting.selfLoopDistribution': 'EQUALLY',
  'elk.layered.edgeRouting.selfLoopOrdering': 'STACKED',
  // Spacing measured on the examples (layoutFit.test.ts): labels get their own
  // layer, so the gap between states is the label plus twice this, which is
  // room enough; the earlier 80 made a 12-state example four screens wide.
  'elk.spacing.nodeNode': '50',
  'elk.layered.spacing.nodeNodeBetweenLayers': '20',
  'elk.spacing.edgeNode': '15',
  'elk.layered.spacing.edgeNodeBetweenLayers': '15',
  'elk.spacing.edgeEdge': '10',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '10',
  'elk.spacing.edgeLabel': '6',
  'elk.spacing.labelLabel': '8',
  'elk.spacing.labelNode': '8',
  'elk.separateConnectedComponents': 'true',
  'elk.spacing.componentComponent': '80',
  'elk.padding': '[top=20,left=20,bottom=20,right=20]',
  'elk.randomSeed': '1',
};

/**
 * Above this many states, keeping model order and thorough crossing minimisation
 * cost too much: on a 100-state machine dropping both made ELK 7 times faster
 * (16 s to 2.2 s on a busy 2-core machine). Results stay deterministic (fixed
 * random seed); they just follow the table order less closely.
 */
export const LARGE_MACHINE_STATES = 60;
export const LARGE_GRAPH_OPTIONS: Readonly<ElkOptions> = {
  'elk.layered.considerModelOrder.strategy': 'NONE',
  'elk.layered.thoroughness': '1',
};

/**
 * ELK's graph wrapping: a long layered drawing is cut into chunks placed side by
 * side, aiming at the width/height ratio of the editor's canvas, so a 10-15
 * state process fits a window with its labels readable. Only for machines up
 * to LARGE_MACHINE_STATES (it is another full layout run).
 */
export const WRAPPED_OPTIONS: Readonly<ElkOptions> = {
  'elk.layered.wrapping.strategy': 'MULTI_EDGE',
  'elk.aspectRatio': '1.2',
};

const LABEL_OPTIONS: Readonly<ElkOptions> = { 'elk.edgeLabels.placement': 'CENTER' };

/**
 * Builds the ELK input graph and the id maps to read its answer.
 * `wrapped` adds WRAPPED_OPTIONS.
 * @example const { graph, ids } = elkGraph(machine, estimatedSizes(machine), { direction: 'RIGHT' })
 */
export function elkGraph(machine: Machine, sizes: LayoutSizes, options: LayoutOptions, wrapped = false): { graph: ElkNode; ids: ElkGraphIds } {
  const nodeIdOf = new Map<string, string>();
  const stateOfNode = new Map<string, string>();
  const children: ElkNode[] = [];
  machine.states.forEach((state, index) => {
    if (nodeIdOf.has(state.name)) return;
    const id = `s${index}`;
    nodeIdOf.set(state.name, id);
    stateOfNode.set(id, state.name);
    const size = sizes.states.get(state.name) ?? estimatedStateSize(state.name);
    children.push({ id, width: size.width, height: size.height });
  });

  const edges: ElkExtendedEdge[] = [];
  const transitionOfEdge = new Map<string, number>();
  machine.transitions.forEach((transition, index) => {
    const source = nodeIdOf.get(transition.from);
    const target = nodeIdOf.get(transition.to);
    // A transition naming an unknown state has nothing to attach to; analysis reports it.
    if (source === undefined || target === undefined) return;
    const id = `t${index}`;
    transitionOfEdge.set(id, index);
    const label = sizes.labels.get(index) ?? estimatedLabelSize(transition);
    edges.push({
      id,
      sources: [source],
      targets: [target],
      // ELK skips labels without text; the sizes come from the canvas, so the text is only a marker.
      labels: [{ id: `l${index}`, text: `l${index}`, width: label.width, height: label.height, layoutOptions: { ...LABEL_OPTIONS } }],
    });
  });

  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      ...GRAPH_OPTIONS,
      ...(children.length > LARGE_MACHINE_STATES ? LARGE_GRAPH_OPTIONS : {}),
      ...(wrapped ? WRAPPED_OPTIONS : {}),
      'elk.direction': options.direction,
    },
    children,
    edges,
  };
  return { graph, ids: { states: stateOfNode, transitions: transitionOfEdge } };
}
