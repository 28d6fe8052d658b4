/**
 * Extra status bar items, shown after the counts (problem counts, simulation
 * state). To add one: append `{ id, component }` here.
 */
import type { ComponentType } from 'react';
import { ProblemsStatus } from '../panels/problems/ProblemsStatus';
import { SimulationStatus } from '../panels/simulator/SimulationStatus';
import { LayoutIndicator } from '../layout/LayoutIndicator';

export interface StatusBarItem {
  readonly id: string;
  readonly component: ComponentType;
}

export const statusBarItems: StatusBarItem[] = [
  { id: 'problems', component: ProblemsStatus },
  { id: 'simulation', component: SimulationStatus },
  { id: 'layout', component: LayoutIndicator },
];
