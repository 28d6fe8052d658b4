/** Data in and out of auto-layout. Positions are top-left corners, in the canvas's flow coordinates. */
import type { LayoutDirection, Point } from '../core/machine';

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Measured boxes (React Flow's `node.measured`, label elements' sizes), so ELK leaves room for real text. */
export interface LayoutSizes {
  /** State boxes by state name; a state without an entry gets an estimate. */
  readonly states: ReadonlyMap<string, Size>;
  /** Transition label boxes by transition table index; a missing entry gets an estimate. */
  readonly labels: ReadonlyMap<number, Size>;
}

export interface LayoutOptions {
  readonly direction: LayoutDirection;
}

export interface LayoutResult {
  /** Top-left corner of every state box, by state name. */
  readonly positions: Map<string, Point>;
  /** Top-left corner of each transition's label box, by transition index (laid-out transitions only). */
  readonly labels: Map<number, Point>;
  /** The polyline ELK routed for each transition (start, bends, end), by transition index. */
  readonly routes: Map<number, Point[]>;
  readonly direction: LayoutDirection;
}
