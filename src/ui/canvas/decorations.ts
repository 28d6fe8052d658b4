/**
 * Marks drawn on top of states and arrows by other features: problems from the
 * checks, the simulator's current and visited states, highlights. Each feature
 * writes its own layer (`setDecorations('problems', …)`) so layers never erase
 * each other; nodes and edges read only their own merged mark.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';

export type ProblemSeverity = 'error' | 'warning' | 'info';
export type SimulationMark = 'current' | 'visited' | 'unvisited' | 'last-fired';

export interface Mark {
  readonly problem?: ProblemSeverity;
  /** Shown as the tooltip of the problem badge. */
  readonly message?: string;
  readonly sim?: SimulationMark;
  readonly highlight?: boolean;
}

export type StateMark = Mark;
export type TransitionMark = Mark;

export interface DecorationLayer {
  readonly states?: ReadonlyMap<string, StateMark>;
  readonly transitions?: ReadonlyMap<number, TransitionMark>;
}

export interface DecorationsState {
  readonly layers: ReadonlyMap<string, DecorationLayer>;
  /** All layers merged, by state name; later layers win field by field. */
  readonly stateMarks: ReadonlyMap<string, StateMark>;
  /** All layers merged, by transition index. */
  readonly transitionMarks: ReadonlyMap<number, TransitionMark>;
}

const NO_MARK: Mark = {};

export const decorationsStore = createStore<DecorationsState>()(() => ({
  layers: new Map(),
  stateMarks: new Map(),
  transitionMarks: new Map(),
}));

/** Replaces one feature's marks, e.g. `setDecorations('problems', { states: new Map([['Idle', { problem: 'warning', message: '…' }]]) })`. */
export function setDecorations(source: string, layer: DecorationLayer): void {
  const layers = new Map(decorationsStore.getState().layers);
  layers.set(source, layer);
  decorationsStore.setState(merged(layers));
}

/** Removes one feature's marks (the simulator when it stops). */
export function clearDecorations(source: string): void {
  const layers = new Map(decorationsStore.getState().layers);
  if (!layers.delete(source)) return;
  decorationsStore.setState(merged(layers));
}

function merged(layers: ReadonlyMap<string, DecorationLayer>): DecorationsState {
  const stateMarks = new Map<string, StateMark>();
  const transitionMarks = new Map<number, TransitionMark>();
  for (const layer of layers.values()) {
    for (const [name, mark] of layer.states ?? []) stateMarks.set(name, { ...stateMarks.get(name), ...mark });
    for (const [index, mark] of layer.transitions ?? []) transitionMarks.set(index, { ...transitionMarks.get(index), ...mark });
  }
  return { layers, stateMarks, transitionMarks };
}

/** The merged mark of one state; re-renders only when that mark's fields change. */
export function useStateMark(name: string): StateMark {
  return useStore(decorationsStore, useShallow((s) => s.stateMarks.get(name) ?? NO_MARK));
}

/** The merged mark of one transition. */
export function useTransitionMark(index: number): TransitionMark {
  return useStore(decorationsStore, useShallow((s) => s.transitionMarks.get(index) ?? NO_MARK));
}
