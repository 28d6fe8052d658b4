/**
 * Extra status bar items, shown after the counts (problem counts, simulation
 * state). To add one: append `{ id, component }` here.
 */
import type { ComponentType } from 'react';

export interface StatusBarItem {
  readonly id: string;
  readonly component: ComponentType;
}

export const statusBarItems: StatusBarItem[] = [];
