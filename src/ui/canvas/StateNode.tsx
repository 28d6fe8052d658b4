/**
 * One state on the canvas: a rounded box with its name, markers for entry and
 * exit actions, an entry arrow when it is the initial state and a double border
 * when final. The whole border is a connection handle (drag from it to draw an
 * arrow); while an arrow is being drawn the whole box accepts the drop.
 */
import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { StateDef } from '../../core/machine';
import { useView } from '../../store';
import { useStateMark } from './decorations';
import './StateNode.css';

export interface StateNodeData extends Record<string, unknown> {
  readonly state: StateDef;
  readonly initial: boolean;
  readonly editable: boolean;
}

export type StateFlowNode = Node<StateNodeData, 'state'>;

export const SOURCE_HANDLE = 'out';
export const TARGET_HANDLE = 'in';

function StateNodeView({ data, selected }: NodeProps<StateFlowNode>) {
  const { state, initial, editable } = data;
  const editing = useView((v) => editable && v.editing?.kind === 'state' && v.editing.name === state.name);
  const mark = useStateMark(state.name);

  const classes = [
    'state-node',
    selected && 'state-node--selected',
    state.final && 'state-node--final',
    initial && 'state-node--initial',
    editing && 'state-node--editing',
    mark.problem && `state-node--${mark.problem}`,
    mark.sim && `state-node--sim-${mark.sim}`,
    mark.highlight && 'state-node--highlight',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div className={classes} title={state.description || undefined}>
      <Handle
        id={SOURCE_HANDLE}
        type="source"
        position={Position.Right}
        className="state-node__ring"
        isConnectable={editable}
        title={editable ? 'Drag from the border to draw a transition' : undefined}
      />
      {initial && (
        <span className="state-node__entry" aria-hidden="true">
          <span className="state-node__entry-dot" />
          <span className="state-node__entry-line" />
        </span>
      )}
      <div className="state-node__body">
        {state.entry?.length ? (
          <span className="state-node__marker state-node__marker--entry" title={`On entry: ${state.entry.join(', ')}`}>
            ↘
          </span>
        ) : null}
        {/* While renamed, the field is drawn over the box (StateNameOverlay); the name keeps the box's size underneath. */}
        <span className={editing ? 'state-node__name state-node__name--editing' : 'state-node__name'}>{state.name}</span>
        {state.exit?.length ? (
          <span className="state-node__marker state-node__marker--exit" title={`On exit: ${state.exit.join(', ')}`}>
            ↗
          </span>
        ) : null}
      </div>
      {mark.problem && (
        <span className={`state-node__badge state-node__badge--${mark.problem}`} title={mark.message} aria-label={mark.message}>
          {mark.problem === 'error' ? '!' : mark.problem === 'warning' ? '!' : 'i'}
        </span>
      )}
      <Handle id={TARGET_HANDLE} type="target" position={Position.Left} className="state-node__drop" isConnectable={editable} />
    </div>
  );
}

export const StateNode = memo(StateNodeView);
