/**
 * The overview in the corner. Plain grey blocks say nothing about where one is,
 * so the blocks carry the same cues as the canvas: the initial state in the
 * accent colour, final states darker, states with problems in the problem's
 * colour, and the selection outlined.
 *
 * It costs nothing while the canvas pans or zooms: the blocks are painted on a
 * canvas whose frame depends on the states alone, and repainted only when a
 * state moves, resizes, is selected or marked; the visible-area rectangle and
 * the dimmed bands around it are solid boxes placed by transforms written
 * straight from React Flow's store, without a React render or a repaint.
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Panel, useStore as useFlowStore, useStoreApi, type InternalNode, type ReactFlowState } from '@xyflow/react';
import { useStore } from 'zustand';
import { decorationsStore, type StateMark } from './decorations';
import type { StateFlowNode } from './StateNode';
import { boundsOf, overviewFrame, shadesAround, viewportInOverview, type OverviewFrame, type Rect } from './overviewGeometry';
import { drawOverview, type OverviewBlock } from './overviewDraw';
import { useOverviewGestures } from './overviewGestures';
import './overview.css';

/** Fill of a state's block on the overview; a pure function of what the canvas shows. */
export function miniMapFill(node: StateFlowNode, mark: StateMark | undefined): string {
  if (mark?.problem === 'error') return 'var(--canvas-minimap-error)';
  if (mark?.problem === 'warning') return 'var(--canvas-minimap-warning)';
  if (node.data.initial) return 'var(--canvas-minimap-initial)';
  if (node.data.state.final) return 'var(--canvas-minimap-final)';
  return 'var(--canvas-minimap-node)';
}

/** Outline of a state's block: the selection wins, then problems. */
export function miniMapStroke(node: StateFlowNode, mark: StateMark | undefined): string {
  if (node.selected) return 'var(--canvas-accent)';
  if (mark?.problem === 'error') return 'var(--canvas-error)';
  if (mark?.problem === 'warning') return 'var(--canvas-warning)';
  return 'transparent';
}

/** React Flow's minimap size, which the layout around the canvas already allows for. */
const BOX = { width: 200, height: 150 } as const;
/** Clear space around the states inside the box, in overview pixels. */
const PADDING = 10;

/**
 * A selector giving React Flow's internal nodes as an array that keeps its
 * identity until a node changes: a pan changes no node, so it renders nothing here.
 */
function changedNodesSelector(): (state: ReactFlowState) => readonly InternalNode[] {
  let last: InternalNode[] = [];
  return (state) => {
    const lookup = state.nodeLookup;
    let same = lookup.size === last.length;
    if (same) {
      let i = 0;
      for (const node of lookup.values()) {
        if (node !== last[i++]) {
          same = false;
          break;
        }
      }
    }
    if (!same) last = [...lookup.values()];
    return last;
  };
}

function worldRectOf(node: InternalNode): Rect | undefined {
  const width = node.measured.width ?? node.width ?? node.initialWidth;
  const height = node.measured.height ?? node.height ?? node.initialHeight;
  if (node.hidden || width === undefined || height === undefined) return undefined;
  return { ...node.internals.positionAbsolute, width, height };
}

/** Places a 1×1 solid box over `rect` by transform alone, which the compositor applies without a repaint. */
function place(element: HTMLElement | null, rect: Rect): void {
  if (element) element.style.transform = `translate(${rect.x}px, ${rect.y}px) scale(${Math.max(rect.width, 0)}, ${Math.max(rect.height, 0)})`;
}

export function CanvasMiniMap() {
  const store = useStoreApi();
  const selectNodes = useMemo(changedNodesSelector, []);
  const nodes = useFlowStore(selectNodes);
  // Problem and simulator marks change without the nodes changing; reading them
  // here re-colours the overview alone.
  const marks = useStore(decorationsStore, (s) => s.stateMarks);

  const blocks = useMemo(() => {
    const list: OverviewBlock[] = [];
    for (const node of nodes) {
      const rect = worldRectOf(node);
      if (!rect) continue;
      const state = node.internals.userNode as StateFlowNode;
      const mark = state.data?.state ? marks.get(state.data.state.name) : undefined;
      list.push({ rect, fill: miniMapFill(state, mark), stroke: miniMapStroke(state, mark) });
    }
    return list;
  }, [nodes, marks]);
  const frame = useMemo(() => {
    const bounds = boundsOf(blocks.map((b) => b.rect));
    return bounds && overviewFrame(bounds, BOX, PADDING);
  }, [blocks]);

  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const frameRef = useRef<OverviewFrame | undefined>(undefined);
  const shades = useRef<(HTMLDivElement | null)[]>([]);
  const edges = useRef<(HTMLDivElement | null)[]>([]);
  const gestures = useOverviewGestures(box, frameRef);

  // The visible area follows the store directly: one style write per pan frame, no render.
  const placeVisibleArea = useMemo(() => {
    let placed: { frame: OverviewFrame | undefined; transform: readonly number[]; width: number; height: number } | undefined;
    return (state: ReactFlowState, force = false) => {
      const { transform, width, height } = state;
      const current = frameRef.current;
      if (!force && placed && placed.frame === current && placed.transform === transform && placed.width === width && placed.height === height) return;
      placed = { frame: current, transform, width, height };
      const visible = current
        ? viewportInOverview(current, { x: transform[0], y: transform[1], zoom: transform[2] }, { width, height })
        : { x: 0, y: 0, width: 0, height: 0 };
      // Without states there is nothing to dim.
      const around = current ? shadesAround(visible, BOX) : [visible, visible, visible, visible];
      around.forEach((rect, i) => place(shades.current[i] ?? null, rect));
      const line = 1;
      place(edges.current[0] ?? null, { x: visible.x, y: visible.y, width: visible.width, height: line });
      place(edges.current[1] ?? null, { x: visible.x, y: visible.y + visible.height - line, width: visible.width, height: line });
      place(edges.current[2] ?? null, { x: visible.x, y: visible.y, width: line, height: visible.height });
      place(edges.current[3] ?? null, { x: visible.x + visible.width - line, y: visible.y, width: line, height: visible.height });
    };
  }, []);

  useLayoutEffect(() => {
    frameRef.current = frame;
    if (canvas.current) drawOverview(canvas.current, BOX, frame, blocks);
    placeVisibleArea(store.getState(), true);
  }, [frame, blocks, placeVisibleArea, store]);

  useEffect(() => store.subscribe((state) => placeVisibleArea(state)), [store, placeVisibleArea]);

  // Moving the window to a screen of another pixel density repaints the blocks crisply.
  useEffect(() => {
    const query = matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    const redraw = () => {
      if (canvas.current) drawOverview(canvas.current, BOX, frameRef.current, blocks);
    };
    query.addEventListener('change', redraw);
    return () => query.removeEventListener('change', redraw);
  }, [blocks]);

  return (
    <Panel position="bottom-right" className="overview">
      <div
        ref={box}
        className="overview__box"
        role="img"
        aria-label="Overview of the machine"
        style={{ width: BOX.width, height: BOX.height }}
        {...gestures}
      >
        <canvas ref={canvas} className="overview__blocks" style={{ width: BOX.width, height: BOX.height }} />
        {[0, 1, 2, 3].map((i) => (
          <div key={`shade${i}`} className="overview__solid overview__shade" ref={(el) => void (shades.current[i] = el)} />
        ))}
        {[0, 1, 2, 3].map((i) => (
          <div key={`edge${i}`} className="overview__solid overview__edge" ref={(el) => void (edges.current[i] = el)} />
        ))}
      </div>
    </Panel>
  );
}
