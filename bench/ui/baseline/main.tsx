/**
 * The floor for this stack: a bare React Flow page that renders a machine's
 * states and transitions with the default node and edge components, at the
 * positions stored in the file, in controlled mode (as React Flow's docs show).
 * It opens a `*.fsm.json` through a file input exactly as the app does, so the
 * benchmark times both pages from the same gesture. The flow box takes the size
 * given in the query (`?width=1100&height=780`, the app's canvas size) and the
 * app's zoom limits and fit-view options, so both pages draw the same nodes at
 * the same scale.
 */
import { StrictMode, useCallback, type ChangeEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

interface FileDocument {
  states?: Array<{ name: string }>;
  transitions?: Array<{ from: string; event: string; to: string }>;
  layout?: { states?: Record<string, { x: number; y: number }> };
}

function toFlow(doc: FileDocument): { nodes: Node[]; edges: Edge[] } {
  const positions = doc.layout?.states ?? {};
  const nodes = (doc.states ?? []).map((state) => ({
    id: state.name,
    position: Object.hasOwn(positions, state.name) ? positions[state.name]! : { x: 0, y: 0 },
    data: { label: state.name },
  }));
  const edges = (doc.transitions ?? []).map((t, index) => ({ id: `t${index}`, source: t.from, target: t.to, label: t.event }));
  return { nodes, edges };
}

const query = new URLSearchParams(location.search);
const canvasSize = {
  width: Number(query.get('width')) || undefined,
  height: Number(query.get('height')) || undefined,
};

function Baseline() {
  const [nodes, setNodes, onNodesChange] = useNodesState<Node>([]);
  const [edges, setEdges, onEdgesChange] = useEdgesState<Edge>([]);
  const open = useCallback(
    async (event: ChangeEvent<HTMLInputElement>) => {
      const file = event.target.files?.[0];
      if (!file) return;
      const graph = toFlow(JSON.parse(await file.text()) as FileDocument);
      setNodes(graph.nodes);
      setEdges(graph.edges);
    },
    [setNodes, setEdges],
  );
  return (
    <div className="baseline">
      <div className="baseline__bar">
        <label>
          Open machine <input type="file" accept=".json,application/json" onChange={open} />
        </label>
      </div>
      <div className="baseline__canvas" style={canvasSize}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          minZoom={0.2}
          maxZoom={2.5}
          fitView
          fitViewOptions={{ padding: 0.2, maxZoom: 1.25 }}
        />
      </div>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Baseline />
  </StrictMode>,
);
