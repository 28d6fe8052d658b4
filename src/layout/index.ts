/**
 * Auto-layout. Nothing here imports elkjs at load time: `requestLayout` starts
 * the ELK worker on first use, so the editor can import this module freely.
 */
export type { LayoutOptions, LayoutResult, LayoutSizes, Size } from './types';
export { estimatedSizes, estimatedStateSize, estimatedLabelSize } from './estimatedSizes';
export { elkGraph, GRAPH_OPTIONS, type ElkGraphIds } from './elkGraph';
export { layoutMachine, type ElkLayouter } from './layoutMachine';
export { fitZoom, READABLE_ZOOM, REFERENCE_PANE, type PlacedBox } from './fitZoom';
export { applyLayout, needsLayout, positionsToApply, type LayoutScope } from './applyLayout';
export { requestLayout, terminateLayoutWorker, createLayoutClient, isLayoutAbort, type LayoutProgress, type LayoutRequestControls, type WorkerElk } from './layoutClient';
