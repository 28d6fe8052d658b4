/**
 * One transition: a floating arrow attached at the borders of its two states,
 * bent off the straight line by its slot among sibling arrows (geometryRoutes),
 * or a loop on the quietest side of the state for a self-transition, with its `event [guard] / actions`
 * label on the curve. Double-clicking the label edits the event in place.
 */
import { memo } from 'react';
import { BaseEdge, useStore, type Edge, type EdgeProps } from '@xyflow/react';
import type { ReactNode } from 'react';
import type { Transition } from '../../core/machine';
import { useView, viewStore } from '../../store';
import type { LoopSide, Rect } from './geometry';
import type { DanglingEnd } from './loopSides';
import { MAX_LABEL_WIDTH, transitionShape, type EdgeRoute } from './geometryRoutes';
import { transitionLabel } from './transitionLabel';
import { useTransitionMark } from './decorations';
import { InlineEditor } from './InlineEditor';
import { cancelEditing, commitEventName, discardEditing } from './canvasEdits';
import { EdgeLabel } from './edgeLabelLayer';
import { fitText } from '../text/fitText';
import { browserTextWidth } from '../text/browserTextWidth';
import './TransitionEdge.css';

export interface TransitionEdgeData extends Record<string, unknown> {
  readonly transition: Transition;
  readonly index: number;
  /** The boxes of the states at its ends (stateBoxes), so the arrow needs nothing from React Flow's store. */
  readonly sourceBox: Rect;
  readonly targetBox: Rect;
  readonly route: EdgeRoute;
  readonly editable: boolean;
  /** For a self-loop: the side of the box with the fewest other arrows (loopSides). */
  readonly loopSide?: LoopSide;
  /** Set when one end names a missing state: drawn as a short arrow to a marker with that name. */
  readonly dangling?: DanglingEnd;
}

export type TransitionFlowEdge = Edge<TransitionEdgeData, 'transition'>;

/** Horizontal padding plus borders of a label (TransitionEdge.css): 7 px and 1 px on each side. */
const LABEL_CHROME = 16;

/**
 * Zoomed out, the event field would shrink with the canvas to an unreadable
 * sliver; it is scaled back to 100 % instead, like the state-name field. Only
 * the one open field reads the zoom.
 */
function ReadableAtAnyZoom({ children }: { readonly children: ReactNode }) {
  const zoom = useStore((s) => s.transform[2]);
  return <div style={zoom < 1 ? { transform: `scale(${1 / zoom})` } : undefined}>{children}</div>;
}

/** A click on a label or marker selects its transition; Shift adds it to the selection. */
function selectByClick(index: number, extend: boolean): void {
  const { selection, select, selectTransition } = viewStore.getState();
  if (extend) select({ ...selection, transitions: [...selection.transitions.filter((i) => i !== index), index] });
  else selectTransition(index);
}

function TransitionEdgeView({ id, data, selected, markerEnd }: EdgeProps<TransitionFlowEdge>) {
  const index = data?.index ?? -1;
  const editing = useView((v) => !!data?.editable && v.editing?.kind === 'transition' && v.editing.index === index);
  const mark = useTransitionMark(index);
  if (!data) return null;

  const { transition, route } = data;
  const shape = transitionShape(transition, route, data.sourceBox, data.targetBox, data.loopSide, data.dangling);
  const emptyEvent = transition.event === '';
  const classes = [
    'transition-edge',
    selected && 'transition-edge--selected',
    mark.problem && `transition-edge--${mark.problem}`,
    mark.sim && `transition-edge--sim-${mark.sim}`,
    mark.highlight && 'transition-edge--highlight',
    data.dangling && 'transition-edge--dangling',
  ]
    .filter(Boolean)
    .join(' ');
  const labelClasses = [
    'transition-label',
    'nodrag',
    'nopan',
    selected && 'transition-label--selected',
    emptyEvent && 'transition-label--empty',
    mark.problem && `transition-label--${mark.problem}`,
    mark.sim && `transition-label--sim-${mark.sim}`,
    editing && 'transition-label--editing',
  ]
    .filter(Boolean)
    .join(' ');
  // Pinned labels stay drawn when zoomed far out (labelDetail.tsx).
  const pinned = selected || editing || mark.sim === 'last-fired';
  const text = transitionLabel(transition);
  // The label's padding and border leave this much room for the text (TransitionEdge.css).
  const shown = fitText(text, MAX_LABEL_WIDTH - LABEL_CHROME, 12, false, browserTextWidth());

  return (
    <>
      <BaseEdge id={id} path={shape.path} className={classes} interactionWidth={16} {...(markerEnd ? { markerEnd } : {})} />
      <EdgeLabel>
        {/*
          * A zero-size anchor at the label point centres the label by flexbox. A
          * transform per label would give the browser one more transform to
          * layer and composite for each of hundreds of labels on every pan and
          * zoom frame; left/top give it none.
          */}
        <div className={pinned ? 'transition-anchor transition-anchor--pinned' : 'transition-anchor'} style={{ left: shape.label.x, top: shape.label.y }}>
        <div
          className={labelClasses}
          data-transition={index}
          title={[text, transition.description, mark.message].filter(Boolean).join('\n')}
          onClick={(event) => {
            if (!editing) selectByClick(index, event.shiftKey);
          }}
          onDoubleClick={(event) => {
            event.stopPropagation();
            if (!data.editable) return;
            viewStore.getState().selectTransition(index);
            viewStore.getState().startEditing({ kind: 'transition', index });
          }}
        >
          {editing ? (
            <ReadableAtAnyZoom>
              <InlineEditor
                initialValue={transition.event}
                label={`Event of transition from ${transition.from} to ${transition.to}`}
                placeholder="Event name"
                onCommit={(value) => commitEventName(index, value)}
                onCancel={cancelEditing}
                onDiscard={discardEditing}
              />
            </ReadableAtAnyZoom>
          ) : (
            shown
          )}
        </div>
        </div>
        {data.dangling && shape.ghost && (
          <div
            className={['transition-ghost', 'nodrag', 'nopan', selected && 'transition-ghost--selected'].filter(Boolean).join(' ')}
            data-ghost-for={index}
            style={{ transform: `translate(-50%, -50%) translate(${shape.ghost.x}px, ${shape.ghost.y}px)` }}
            title={`No state is named "${data.dangling.missing}". Add a state with that name, or point the transition at an existing state in the Inspector.`}
            onClick={(event) => selectByClick(index, event.shiftKey)}
          >
            {data.dangling.missing}
          </div>
        )}
      </EdgeLabel>
    </>
  );
}

export const TransitionEdge = memo(TransitionEdgeView);
