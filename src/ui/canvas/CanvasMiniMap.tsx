/**
 * The overview in the corner. Plain grey blocks say nothing about where one is,
 * so the blocks carry the same cues as the canvas: the initial state in the
 * accent colour, final states darker, states with problems in the problem's
 * colour, and the selection outlined.
 */
import { useCallback } from 'react';
import { MiniMap } from '@xyflow/react';
import { useStore } from 'zustand';
import { decorationsStore, type StateMark } from './decorations';
import type { StateFlowNode } from './StateNode';

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

export function CanvasMiniMap() {
  // Problem and simulator marks change without the nodes changing; reading them
  // here re-colours the overview alone.
  const marks = useStore(decorationsStore, (s) => s.stateMarks);
  const fill = useCallback((node: StateFlowNode) => miniMapFill(node, marks.get(node.data.state.name)), [marks]);
  const stroke = useCallback((node: StateFlowNode) => miniMapStroke(node, marks.get(node.data.state.name)), [marks]);
  return (
    <MiniMap<StateFlowNode>
      pannable
      zoomable
      ariaLabel="Overview of the machine"
      nodeBorderRadius={8}
      nodeColor={fill}
      nodeStrokeColor={stroke}
      nodeStrokeWidth={6}
    />
  );
}
