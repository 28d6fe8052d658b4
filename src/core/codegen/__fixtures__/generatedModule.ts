/**
 * The shape of a generated module as tests see it once loaded (names are plain
 * strings here: the types of each generated module are checked elsewhere).
 */
import type { Machine } from '../../machine';
import { generateTypeScript } from '../typescript';
import { loadModule } from './compileTypeScript';

export interface TransitionChange {
  readonly from: string;
  readonly event: string;
  readonly to: string;
}

export interface RunningMachine {
  readonly state: string;
  send(event: string): string;
  can(event: string): boolean;
  subscribe(listener: (change: TransitionChange) => void): () => void;
}

export interface GeneratedModule {
  readonly states: readonly string[];
  readonly events: readonly string[];
  readonly initial: string;
  readonly finalStates: readonly string[];
  readonly guardNames: readonly string[];
  readonly actionNames: readonly string[];
  readonly transitions: readonly unknown[];
  isLegal(state: string, event: string): boolean;
  isState(value: string): boolean;
  parseState(value: string): string;
  createMachine(options?: {
    readonly guards?: object;
    readonly actions?: object;
    readonly state?: string;
  }): RunningMachine;
  readonly InvalidTransitionError: new (...args: never[]) => Error & { state: string; event: string; reason: string };
  readonly UnknownStateError: new (...args: never[]) => Error & { value: string };
}

/**
 * Generates the module for `machine` and loads it.
 * @example loadGenerated(order).createMachine(options).send('Pay') // 'Paid'
 */
export function loadGenerated(machine: Machine): GeneratedModule {
  return loadModule<GeneratedModule>(generateTypeScript(machine));
}

/** An object with exactly these own keys (Object.fromEntries defines `__proto__` as an own key). */
export function record<Value>(names: readonly string[], value: (name: string) => Value): Record<string, Value> {
  return Object.fromEntries(names.map((name) => [name, value(name)]));
}
