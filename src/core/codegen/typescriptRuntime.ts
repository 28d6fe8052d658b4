/**
 * The part of the generated TypeScript module that is the same for every
 * machine: the types of the API and the dispatch code. It reads only the
 * constants the generator writes above it (`states`, `events`, `transitions`,
 * `finalStates`, `entryActions`, `exitActions`, `startActionNames`), so the
 * names of the machine appear in the module once, as string literals.
 *
 * Dispatch is by index: states and events are numbered once at load time and
 * `send` reads precomputed arrays, so the common path allocates nothing.
 */

export interface RuntimeOptions {
  /** The machine's name as a string literal, for error messages. */
  readonly machineNameLiteral: string;
  /** True when `createMachine()` may be called without options. */
  readonly optionsOptional: boolean;
}

/** The types of the module's API (guards, actions, options, the machine object). */
export function runtimeTypes(): string {
  return `/** One row of the transition table. */
export interface TransitionRow {
  readonly from: State;
  readonly event: Event;
  readonly to: State;
  readonly guard?: GuardName;
  readonly actions?: readonly ActionName[];
}

/** What a guard is asked: may the machine take this event in this state? */
export interface GuardContext {
  readonly state: State;
  readonly event: Event;
}

/** A guard returns true to let its transition fire. */
export type Guard = (context: GuardContext) => boolean;

/** What an action hears when a transition fires: exit, transition and entry actions alike. */
export interface TransitionContext {
  readonly from: State;
  readonly event: Event;
  readonly to: State;
}

/** What an entry action of the initial state hears when the machine starts (no transition). */
export interface StartContext {
  readonly from?: undefined;
  readonly event?: undefined;
  readonly to: State;
}

/** Implementations of every guard the machine uses, keyed by guard name: each one required, no others. */
export type Guards = { readonly [Name in GuardName]: Guard };

/** Implementations of every action the machine uses, keyed by action name: each one required, no others. */
export type Actions = {
  readonly [Name in ActionName]: Name extends StartActionName
    ? (context: TransitionContext | StartContext) => void
    : (context: TransitionContext) => void;
};

/** Hears every transition after the state has changed. */
export type Listener = (change: TransitionContext) => void;

/** A running instance of the machine. */
export interface Machine {
  /** The current state. */
  readonly state: State;
  /** Takes \`event\`: returns the new state, or throws InvalidTransitionError and stays put. */
  send(event: Event): State;
  /** Whether \`send(event)\` would fire now: guards are asked, no action runs. */
  can(event: Event): boolean;
  /** Calls \`listener\` after every transition; returns the function that stops it. */
  subscribe(listener: Listener): () => void;
}`;
}

/** The dispatch code and the exported functions. */
export function runtimeCode(options: RuntimeOptions): string {
  const machineName = options.machineNameLiteral;
  const optionsParameter = options.optionsOptional ? 'options: MachineOptions = {}' : 'options: MachineOptions';
  return `/** Why \`send\` refused an event. */
export type RejectReason = "final-state" | "no-transition" | "guard-false";

/** Thrown by \`send\` when the current state does not take the event; the state is unchanged. */
export class InvalidTransitionError extends Error {
  readonly state: State;
  readonly event: Event;
  readonly reason: RejectReason;
  constructor(state: State, event: Event, reason: RejectReason) {
    super(
      ${machineName} + " cannot take event " + JSON.stringify(event) + " in state " + JSON.stringify(state) + ": " +
        (reason === "final-state"
          ? "it is a final state."
          : reason === "guard-false"
            ? "every guard of its transitions returned false."
            : "no transition from this state on this event. Check \`can(event)\` or \`isLegal(state, event)\` first."),
    );
    this.name = "InvalidTransitionError";
    this.state = state;
    this.event = event;
    this.reason = reason;
  }
}

/** Thrown by \`parseState\` (and \`createMachine\`) for a value that names no state of this machine. */
export class UnknownStateError extends Error {
  readonly value: string;
  constructor(value: string) {
    const known = states.slice(0, 10).map((name) => JSON.stringify(name)).join(", ");
    super(
      JSON.stringify(value) + " is not a state of " + ${machineName} + " (states: " + known +
        (states.length > 10 ? ", …" : "") +
        "). It may come from an older version of the machine: map it to a current state before resuming.",
    );
    this.name = "UnknownStateError";
    this.value = value;
  }
}

const stateCount = states.length;
const eventCount = events.length;
const stateIndex = new Map<string, number>();
for (let index = 0; index < stateCount; index++) stateIndex.set(states[index]!, index);
const eventIndex = new Map<string, number>();
for (let index = 0; index < eventCount; index++) eventIndex.set(events[index]!, index);
const finalSet = new Set<string>(finalStates);

// candidates[state * eventCount + event]: the transitions to try, in table order.
// Final states get none, so they reject every event.
const candidates: number[][] = [];
for (let cell = 0; cell < stateCount * eventCount; cell++) candidates.push([]);
const noCandidates: readonly number[] = [];
const transitionTargets: number[] = [];
// Guards and actions by number (their index in guardNames / actionNames), so that
// createMachine resolves each implementation once, however long the table is.
const guardNumber = new Map<string, number>();
for (let index = 0; index < guardNames.length; index++) guardNumber.set(guardNames[index]!, index);
const actionNumber = new Map<string, number>();
for (let index = 0; index < actionNames.length; index++) actionNumber.set(actionNames[index]!, index);
// The guard of each transition (-1 for none), and everything it runs, in order:
// exit actions of the source, its own actions, entry actions of the target.
const transitionGuards: number[] = [];
const transitionEffects: (readonly number[])[] = [];
const table: readonly TransitionRow[] = transitions;
for (let index = 0; index < table.length; index++) {
  const row = table[index]!;
  // The table names only states and events of this machine (checked by \`satisfies\` above).
  const from = stateIndex.get(row.from)!;
  transitionTargets.push(stateIndex.get(row.to)!);
  transitionGuards.push(row.guard === undefined ? -1 : guardNumber.get(row.guard)!);
  const effects = [...(exitActions.get(row.from) ?? []), ...(row.actions ?? []), ...(entryActions.get(row.to) ?? [])];
  transitionEffects.push(effects.map((name) => actionNumber.get(name)!));
  if (!finalSet.has(row.from)) candidates[from * eventCount + eventIndex.get(row.event)!]!.push(index);
}

function candidatesFor(state: number, event: string): readonly number[] {
  const eventNumber = eventIndex.get(event);
  return eventNumber === undefined ? noCandidates : candidates[state * eventCount + eventNumber]!;
}

/** Whether \`value\` names a state of this machine. */
export function isState(value: string): value is State {
  return stateIndex.has(value);
}

/**
 * The state named \`value\`, for resuming from stored data. Throws UnknownStateError,
 * naming the value, when it is not a state of this machine (for example a state
 * renamed since the value was stored), so old data never resumes silently.
 */
export function parseState(value: string): State {
  if (!isState(value)) throw new UnknownStateError(value);
  return value;
}

/** Whether a transition exists from \`state\` (not final) on \`event\`; guards are not asked. */
export function isLegal(state: State, event: Event): boolean {
  const index = stateIndex.get(state);
  return index !== undefined && candidatesFor(index, event).length > 0;
}

function implementation<Implementation>(record: object | undefined, name: string, kind: "guard" | "action"): Implementation {
  // Own properties only: a name such as "constructor" must not find Object.prototype's.
  const found: unknown =
    record !== undefined && Object.prototype.hasOwnProperty.call(record, name)
      ? (record as { readonly [key: string]: unknown })[name]
      : undefined;
  if (typeof found !== "function") {
    throw new TypeError(
      "createMachine: no " + kind + " " + JSON.stringify(name) + " for " + ${machineName} +
        "; pass a function for it in options." + kind + "s.",
    );
  }
  return found as Implementation;
}

/**
 * Starts the machine in its initial state (running that state's entry actions), or
 * resumes it in \`options.state\` (running none).
 */
export function createMachine(${optionsParameter}): Machine {
  const provided = options as { readonly guards?: object; readonly actions?: object; readonly state?: string };
  const guardFunctions = guardNames.map((name) => implementation<Guard>(provided.guards, name, "guard"));
  const actionFunctions = actionNames.map((name) =>
    implementation<(context: TransitionContext) => void>(provided.actions, name, "action"),
  );
  const listeners = new Set<Listener>();
  let current: number;
  if (provided.state === undefined) {
    current = stateIndex.get(initial)!;
    const start: StartContext = { to: initial };
    for (const name of entryActions.get(initial) ?? []) {
      implementation<(context: StartContext) => void>(provided.actions, name, "action")(start);
    }
  } else {
    current = stateIndex.get(parseState(provided.state))!;
  }

  function firing(state: number, event: Event): number {
    const list = candidatesFor(state, event);
    for (let k = 0; k < list.length; k++) {
      const transition = list[k]!;
      const guard = transitionGuards[transition]!;
      if (guard < 0 || guardFunctions[guard]!({ state: states[state]!, event })) return transition;
    }
    return -1;
  }

  return {
    get state(): State {
      return states[current]!;
    },
    send(event: Event): State {
      const from = current;
      const transition = firing(from, event);
      if (transition < 0) {
        const reason: RejectReason = finalSet.has(states[from]!)
          ? "final-state"
          : candidatesFor(from, event).length > 0
            ? "guard-false"
            : "no-transition";
        throw new InvalidTransitionError(states[from]!, event, reason);
      }
      const to = transitionTargets[transition]!;
      const effects = transitionEffects[transition]!;
      if (effects.length > 0 || listeners.size > 0) {
        const change: TransitionContext = { from: states[from]!, event, to: states[to]! };
        for (let k = 0; k < effects.length; k++) actionFunctions[effects[k]!]!(change);
        current = to;
        // A copy, so a listener may unsubscribe (or subscribe) while being notified.
        if (listeners.size > 0) for (const listener of Array.from(listeners)) listener(change);
      } else {
        current = to;
      }
      return states[to]!;
    },
    can(event: Event): boolean {
      return firing(current, event) >= 0;
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}`;
}
