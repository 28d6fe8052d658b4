/**
 * The shape of a check result (SPEC section 2): a stable code, a severity, a
 * message in the user's words and at most one subject. Problems about the
 * machine as a whole (no states, no initial state) have no subject.
 */

export type Severity = 'error' | 'warning' | 'info';

export type ProblemCode =
  | 'no-states'
  | 'missing-initial'
  | 'unknown-initial'
  | 'unknown-state'
  | 'empty-event'
  | 'unreachable-state'
  | 'dead-end'
  | 'cannot-reach-final'
  | 'shadowed-transition'
  | 'final-has-outgoing'
  | 'unused-event';

interface ProblemBase {
  readonly code: ProblemCode;
  readonly severity: Severity;
  readonly message: string;
}

/** Exactly one subject: a state name, a transition's 0-based table index, an event name, or none (the whole machine). */
export type ProblemSubject =
  | { readonly state: string; readonly transition?: never; readonly event?: never }
  | { readonly transition: number; readonly state?: never; readonly event?: never }
  | { readonly event: string; readonly state?: never; readonly transition?: never }
  | { readonly state?: never; readonly transition?: never; readonly event?: never };

export type Problem = ProblemBase & ProblemSubject;

export interface AnalysisStats {
  readonly states: number;
  /** Size of the alphabet (declared events plus undeclared ones used by transitions). */
  readonly events: number;
  readonly transitions: number;
  /** States reachable from the initial state over transitions that can fire (0 without a valid initial state). */
  readonly reachable: number;
  readonly finals: number;
}

export interface Analysis {
  /** Ordered by severity (errors, warnings, info), then machine, states in state order, transitions in table order, events in alphabet order. */
  readonly problems: readonly Problem[];
  readonly stats: AnalysisStats;
}

export const SEVERITY_OF: ReadonlyMap<ProblemCode, Severity> = new Map<ProblemCode, Severity>([
  ['no-states', 'error'],
  ['missing-initial', 'error'],
  ['unknown-initial', 'error'],
  ['unknown-state', 'error'],
  ['empty-event', 'error'],
  ['unreachable-state', 'warning'],
  ['dead-end', 'warning'],
  ['cannot-reach-final', 'warning'],
  ['shadowed-transition', 'warning'],
  ['final-has-outgoing', 'warning'],
  ['unused-event', 'info'],
]);
