/**
 * Runs ELK on a machine and reads back positions, label boxes and routes. The
 * ELK instance is passed in: in-process `elkjs` in Node and tests, the worker
 * client in the browser (see layoutClient.ts).
 */
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Machine, Point } from '../core/machine';
import { elkGraph } from './elkGraph';
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
  const result: LayoutResult = { positions: new Map(), labels: new Map(), routes: new Map(), direction: options.direction };
  if (!graph.children?.length) return result;
  const laidOut = await elk.layout(graph);

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
