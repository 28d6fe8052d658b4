/**
 * Runs ELK on a machine and reads back positions, label boxes and routes. The
 * ELK instance is passed in: in-process `elkjs` in Node and tests, the worker
 * client in the browser (see layoutClient.ts).
 *
 * A layered drawing of a long process is one long row (or column): 12 states
 * left to right came out 3,700 px wide, a fit zoom of 0.25, where the canvas
 * draws no labels. So when the straight drawing would fit a window only below
 * READABLE_ZOOM, ELK runs again with wrapping and the drawing that fits at the
 * larger zoom wins. Short machines stay in their straight line.
 */
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Machine, Point } from '../core/machine';
import { elkGraph, LARGE_MACHINE_STATES, type ElkGraphIds } from './elkGraph';
import { estimatedStateSize } from './estimatedSizes';
import { fitZoom, READABLE_ZOOM } from './fitZoom';
import type { LayoutOptions, LayoutResult, LayoutSizes } from './types';

/** What layoutMachine needs of ELK: its `layout` method. */
export interface ElkLayouter {
  layout(graph: ElkNode): Promise<ElkNode>;
}

/**
 * Lays out every state of the machine.
 * @example const result = await layoutMachine(new ELK(), machine, estimatedSizes(machine), { direction: 'RIGHT' })
 */
export async function layoutMachine(elk: ElkLayouter, machine: Machine, sizes: LayoutSizes, options: LayoutOptions): Promise<LayoutResult> {
  const { graph, ids } = elkGraph(machine, sizes, options);
  if (!graph.children?.length) return { positions: new Map(), labels: new Map(), routes: new Map(), direction: options.direction };
  const straight = readResult(await elk.layout(graph), ids, options);
  if (graph.children.length > LARGE_MACHINE_STATES) return straight;
  const straightZoom = resultZoom(straight, sizes);
  if (straightZoom >= READABLE_ZOOM) return straight;
  const wrappedGraph = elkGraph(machine, sizes, options, true);
  let wrapped: LayoutResult;
  try {
    wrapped = readResult(await elk.layout(wrappedGraph.graph), wrappedGraph.ids, options);
  } catch {
    // ELK's wrapping is younger than the rest and has failed on some graph shapes; the straight drawing is still right.
    return straight;
  }
  return resultZoom(wrapped, sizes) > straightZoom ? wrapped : straight;
}

/** The zoom that fits the result's state boxes into a window's canvas. */
function resultZoom(result: LayoutResult, sizes: LayoutSizes): number {
  const boxes = [...result.positions].map(([name, at]) => ({ at, size: sizes.states.get(name) ?? estimatedStateSize(name) }));
  return fitZoom(boxes);
}

function readResult(laidOut: ElkNode, ids: ElkGraphIds, options: LayoutOptions): LayoutResult {
  const result: LayoutResult = { positions: new Map(), labels: new Map(), routes: new Map(), direction: options.direction };
  for (const node of laidOut.children ?? []) {
    const name = ids.states.get(node.id);
    if (name !== undefined) result.positions.set(name, { x: node.x ?? 0, y: node.y ?? 0 });
  }
  for (const edge of laidOut.edges ?? []) {
    const index = ids.transitions.get(edge.id);
    if (index === undefined) continue;
    const label = edge.labels?.[0];
    if (label?.x !== undefined && label.y !== undefined) result.labels.set(index, { x: label.x, y: label.y });
    const points: Point[] = [];
    for (const section of edge.sections ?? []) {
      points.push(section.startPoint, ...(section.bendPoints ?? []), section.endPoint);
    }
    if (points.length) result.routes.set(index, points.map(({ x, y }) => ({ x, y })));
  }
  return result;
}
