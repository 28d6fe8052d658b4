/**
 * The field for renaming a state, drawn over its box rather than inside it.
 *
 * Inside the box, each keystroke changed an element under React Flow's
 * viewport, and the browser re-walked and re-layered all of the viewport's
 * states and arrows to repaint one field: about 2.5 frames per key at 1,000
 * states. Over the canvas (outside the viewport) the rest of the drawing stays
 * untouched; fixed to the window rather than placed in the canvas, measurably
 * less again (the browser re-layers less per key). It covers the box exactly
 * at 100 % zoom and above; zoomed out it keeps the box's 100 % size, so the
 * name being typed stays readable.
 */
import { useInternalNode, useStore } from '@xyflow/react';
import { useDocument, useView, selectMachine } from '../../store';
import { InlineEditor } from './InlineEditor';
import { cancelEditing, commitStateName, discardEditing } from './canvasEdits';
import { stateNodeId } from './nodeIds';
import { DEFAULT_NODE_SIZE } from './placement';
import { nameFieldBox } from './nameFieldBox';

export function StateNameOverlay({ editable }: { readonly editable: boolean }) {
  const name = useView((v) => (editable && v.editing?.kind === 'state' ? v.editing.name : undefined));
  return name === undefined ? null : <StateNameField name={name} />;
}

function StateNameField({ name }: { readonly name: string }) {
  const state = useDocument((d) => selectMachine(d).states.find((s) => s.name === name));
  const node = useInternalNode(stateNodeId(name));
  // Follows a pan or zoom made while the field is open; only this component renders.
  const transform = useStore((s) => s.transform);
  const flow = useStore((s) => s.domNode);
  if (!state || !node || !flow) return null;
  const origin = flow.getBoundingClientRect();
  const box = nameFieldBox(
    {
      x: node.internals.positionAbsolute.x,
      y: node.internals.positionAbsolute.y,
      width: node.measured.width ?? DEFAULT_NODE_SIZE.width,
      height: node.measured.height ?? DEFAULT_NODE_SIZE.height,
    },
    { x: transform[0], y: transform[1], zoom: transform[2] },
  );
  return (
    <div
      className="state-name-overlay nodrag nopan nowheel"
      style={{ left: origin.left + box.x, top: origin.top + box.y, width: box.width, height: box.height, transform: `translate(-50%, -50%) scale(${box.scale})` }}
    >
      <InlineEditor
        initialValue={state.name}
        label={`Name of state ${state.name}`}
        onCommit={(value) => commitStateName(state.name, value)}
        onCancel={cancelEditing}
        onDiscard={discardEditing}
        className="state-node__editor"
      />
    </div>
  );
}
