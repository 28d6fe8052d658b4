/**
 * The drawing surface: React Flow showing the open machine. Gestures become
 * edits through canvasEdits (one undo step each); selection lives in viewStore
 * both ways; dragged states follow the pointer locally and are recorded once,
 * on drop.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import {
  ConnectionLineType,
  ConnectionMode,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type NodeTypes,
  type EdgeTypes,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import type { Point } from '../../core/machine';
import { documentStore, selectMachine, useDocument, useView, viewStore } from '../../store';
import { useShallow } from 'zustand/react/shallow';
import { StateNode, type StateFlowNode } from './StateNode';
import { TransitionEdge, type TransitionFlowEdge } from './TransitionEdge';
import { useStateNodes, useTransitionEdges, type Size } from './flowElements';
import { stateNameOf, transitionIndexOf } from './nodeIds';
import { commitPositions, connectStates, createStateAt } from './canvasEdits';
import { moveActions } from './canvasActions';
import { findShortcutAction } from '../actions/shortcuts';
import { runAction } from '../actions/registry';
import { FIT_VIEW_OPTIONS, focusCanvas, focusCanvasIfLost, frameOpenedMachine, registerFlow } from './flowHandle';
import { followCanvasTabOrder } from './tabOrder';
import { ADD_TO_SELECTION_KEY, BOX_SELECT_KEY, FOCUS_WALK_KEY, LEAVE_FOCUSED_KEY, STATE_MENU_KEY, pressesCanvasKey, reactFlowKeyCodes } from './canvasKeys';
import { openContextMenu } from './canvasUi';
import { ConnectPicker } from './ConnectPicker';
import { EdgeLabelLayerContext, findEdgeLabelLayer } from './edgeLabelLayer';
import { CanvasBackground } from './CanvasBackground';
import { useCompositedMoves } from './movingLayer';
import { CanvasMiniMap } from './CanvasMiniMap';
import { FAR_CLASS, FarZoomHint, useLabelsTooSmall } from './labelDetail';
import { StateNameOverlay } from './StateNameOverlay';
import { StateContextMenu } from './StateContextMenu';

const nodeTypes: NodeTypes = { state: StateNode };
const edgeTypes: EdgeTypes = { transition: TransitionEdge };
const MULTI_SELECT_KEYS = reactFlowKeyCodes(ADD_TO_SELECTION_KEY);
const BOX_SELECT_KEYS = reactFlowKeyCodes(BOX_SELECT_KEY);

let gestureCounter = 0;

function CanvasSurface() {
  const machine = useDocument(selectMachine);
  const readOnly = useDocument((d) => d.readOnly);
  const mode = useView((v) => v.mode);
  const editable = !readOnly && mode === 'edit';
  const selectedStates = useView(useShallow((v) => v.selection.states));
  const selectedTransitions = useView(useShallow((v) => v.selection.transitions));
  const stateSet = useMemo(() => new Set(selectedStates), [selectedStates]);
  const transitionSet = useMemo(() => new Set(selectedTransitions), [selectedTransitions]);
  const [dragging, setDragging] = useState<ReadonlyMap<string, Point> | null>(null);
  const [sizes, setSizes] = useState<ReadonlyMap<string, Size>>(new Map());
  const gesture = useRef<string | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const moves = useCompositedMoves(wrapper);
  const flow = useReactFlow<StateFlowNode, TransitionFlowEdge>();
  // Found once and passed down, so no edge queries the DOM on each store change.
  const [labelLayer, setLabelLayer] = useState<HTMLElement | null>(null);
  const far = useLabelsTooSmall();
  // One subscription for the whole canvas: the boxes accept a drop while an arrow is drawn (StateNode.css).
  const connecting = useStore((s) => s.connection.inProgress);

  const nodes = useStateNodes(machine, stateSet, editable, dragging, sizes);
  const edges = useTransitionEdges(machine, transitionSet, editable, dragging, sizes);

  useEffect(() => setLabelLayer(findEdgeLabelLayer(wrapper.current)), []);

  useEffect(() => {
    registerFlow(flow, wrapper.current);
    return () => registerFlow(null, null);
  }, [flow]);

  // A newly opened document (example, file, another saved machine, New machine) is framed afresh.
  // Opening starts a fresh history with a different machine; edits and saves never do.
  useEffect(() => {
    frameOpenedMachine(documentStore.getState().history.present);
    return documentStore.subscribe((now, before) => {
      const { history } = now;
      const fresh = history.past.length === 0 && history.future.length === 0;
      if (!fresh || history.present === before.history.present) return;
      frameOpenedMachine(history.present);
      // A menu item that opened it (New machine, an example) is gone: focus the canvas, not the page body.
      focusCanvasIfLost();
    });
  }, []);

  const onNodesChange = useCallback((changes: NodeChange<StateFlowNode>[]) => {
    let moved: Map<string, Point> | null = null;
    let measured: Map<string, Size> | null = null;
    const view = viewStore.getState();
    let states = view.selection.states;
    for (const change of changes) {
      if (change.type === 'position' && change.position && change.dragging) {
        moved ??= new Map();
        moved.set(change.id, change.position);
      } else if (change.type === 'dimensions' && change.dimensions) {
        measured ??= new Map();
        measured.set(change.id, change.dimensions);
      } else if (change.type === 'select') {
        const name = stateNameOf(change.id);
        if (name === undefined) continue;
        const without = states.filter((s) => s !== name);
        states = change.selected ? [...without, name] : without;
      }
    }
    if (moved) setDragging((previous) => new Map([...(previous ?? []), ...moved]));
    if (measured) {
      setSizes((previous) => {
        const next = new Map(previous);
        let changed = false;
        for (const [id, size] of measured) {
          const old = next.get(id);
          if (old?.width === size.width && old.height === size.height) continue;
          next.set(id, size);
          changed = true;
        }
        return changed ? next : previous;
      });
    }
    if (states !== view.selection.states) view.select({ states, transitions: viewStore.getState().selection.transitions });
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<TransitionFlowEdge>[]) => {
    const view = viewStore.getState();
    let transitions = view.selection.transitions;
    for (const change of changes) {
      if (change.type !== 'select') continue;
      const index = transitionIndexOf(change.id);
      if (index === undefined) continue;
      const without = transitions.filter((i) => i !== index);
      transitions = change.selected ? [...without, index] : without;
    }
    if (transitions !== view.selection.transitions) view.select({ states: viewStore.getState().selection.states, transitions });
  }, []);

  const onNodeDragStart = useCallback(() => {
    gesture.current = `drag:${++gestureCounter}`;
  }, []);

  const onNodeDragStop = useCallback((_event: MouseEvent | TouchEvent, _node: StateFlowNode, dragged: StateFlowNode[]) => {
    const positions = new Map<string, Point>();
    for (const node of dragged) {
      const name = stateNameOf(node.id);
      if (name !== undefined) positions.set(name, node.position);
    }
    commitPositions(positions, gesture.current ?? `drag:${++gestureCounter}`);
    gesture.current = null;
    setDragging(null);
  }, []);

  const onConnect = useCallback((connection: Connection) => {
    const from = stateNameOf(connection.source);
    const to = stateNameOf(connection.target);
    if (from !== undefined && to !== undefined) connectStates(from, to);
  }, []);

  const onDoubleClick = useCallback(
    (event: ReactMouseEvent) => {
      if (!editable || !(event.target instanceof Element) || !event.target.classList.contains('react-flow__pane')) return;
      createStateAt(flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [editable, flow],
  );

  const onNodeDoubleClick = useCallback(
    (_event: ReactMouseEvent, node: StateFlowNode) => {
      if (!editable) return;
      viewStore.getState().selectState(node.data.state.name);
      viewStore.getState().startEditing({ kind: 'state', name: node.data.state.name });
    },
    [editable],
  );

  const onNodeContextMenu = useCallback((event: ReactMouseEvent, node: StateFlowNode) => {
    event.preventDefault();
    viewStore.getState().selectState(node.data.state.name);
    openContextMenu({ state: node.data.state.name, x: event.clientX, y: event.clientY });
  }, []);

  // On a focused state, arrow keys run the canvas move actions (10px, 50px with
  // Shift) here, before React Flow's own 5px step; elsewhere the app's shortcut
  // dispatcher runs the same actions.
  const onKeyDownCapture = useCallback((event: React.KeyboardEvent) => {
    if (pressesCanvasKey(STATE_MENU_KEY, event)) {
      openMenuForFocusedState(event);
      return;
    }
    if (pressesCanvasKey(FOCUS_WALK_KEY, event) && wrapper.current) {
      followCanvasTabOrder(event, wrapper.current);
      return;
    }
    // React Flow blurs a state or arrow on Escape, which would drop focus on the page body.
    if (pressesCanvasKey(LEAVE_FOCUSED_KEY, event) && event.target instanceof Element && event.target.matches('.react-flow__node, .react-flow__edge')) {
      focusCanvas();
      return;
    }
    if (!event.key.startsWith('Arrow')) return;
    if (!(event.target instanceof HTMLElement) || !event.target.closest('.react-flow__node')) return;
    if (event.target.closest('input, textarea')) return;
    const action = findShortcutAction(event.nativeEvent, moveActions);
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    runAction(action, () => undefined);
  }, []);

  return (
    <EdgeLabelLayerContext.Provider value={labelLayer}>
      <div className={['canvas', far && FAR_CLASS, connecting && 'canvas--connecting'].filter(Boolean).join(' ')} ref={wrapper} onKeyDownCapture={onKeyDownCapture}>
        <ReactFlow<StateFlowNode, TransitionFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDragStart={onNodeDragStart}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          onMoveStart={moves.onMoveStart}
          onMoveEnd={moves.onMoveEnd}
          onDoubleClick={onDoubleClick}
          onNodeDoubleClick={onNodeDoubleClick}
          onNodeContextMenu={onNodeContextMenu}
          onPaneClick={() => viewStore.getState().clearSelection()}
          connectionMode={ConnectionMode.Loose}
          connectionLineType={ConnectionLineType.Straight}
          connectOnClick={false}
          nodesDraggable={editable}
          nodesConnectable={editable}
          nodesFocusable
          edgesFocusable
          elementsSelectable
          zoomOnDoubleClick={false}
          deleteKeyCode={null}
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          selectionKeyCode={BOX_SELECT_KEYS}
          minZoom={0.2}
          maxZoom={2.5}
          proOptions={{ hideAttribution: true }}
          aria-label="State machine canvas"
          // Focusable by script only, so focus has a place on the canvas after Escape or a new document.
          tabIndex={-1}
        >
          <CanvasBackground />
          <CanvasMiniMap />
          <FarZoomHint visible={far} />
          <StateNameOverlay editable={editable} />
          <Controls showInteractive={false} fitViewOptions={{ ...FIT_VIEW_OPTIONS, duration: 200 }} />
        </ReactFlow>
        {machine.states.length === 0 && (
          <div className="canvas__empty" role="note">
            <strong>This machine has no states yet</strong>
            <span>{editable ? 'Double-click anywhere to add a state, or press N.' : 'There is nothing to show.'}</span>
          </div>
        )}
        <ConnectPicker />
        <StateContextMenu />
      </div>
    </EdgeLabelLayerContext.Provider>
  );
}

/** The keyboard way to the state menu: the Menu key or Shift+F10 on a focused state. */
function openMenuForFocusedState(event: React.KeyboardEvent): void {
  const element = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('.react-flow__node') : null;
  const name = element?.dataset.id === undefined ? undefined : stateNameOf(element.dataset.id);
  if (!element || name === undefined) return;
  event.preventDefault();
  event.stopPropagation();
  const box = element.getBoundingClientRect();
  viewStore.getState().selectState(name);
  openContextMenu({ state: name, x: box.left + box.width / 2, y: box.bottom + 4 });
}

/** The canvas, ready to drop into the app layout; it fills its container. */
export function Canvas() {
  return (
    <ReactFlowProvider>
      <CanvasSurface />
    </ReactFlowProvider>
  );
}
