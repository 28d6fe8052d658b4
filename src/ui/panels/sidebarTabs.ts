/**
 * The sidebar's tabs, in order. To add a panel: append `{ id, label, component }`
 * (and optionally a `badge` hook, e.g. the number of problems).
 */
import type { ComponentType } from 'react';
import { Inspector } from './inspector/Inspector';
import { ProblemsPanel } from './problems/ProblemsPanel';
import { useProblemsBadge } from './problems/ProblemsStatus';
import { SimulatorPanel } from './simulator/SimulatorPanel';

export interface SidebarTab {
  readonly id: string;
  readonly label: string;
  readonly component: ComponentType;
  /** A hook returning a short badge (a count) or undefined; called on every render of the tab bar. */
  readonly badge?: () => string | number | undefined;
}

export const sidebarTabs: SidebarTab[] = [
  { id: 'inspector', label: 'Inspector', component: Inspector },
  { id: 'problems', label: 'Problems', component: ProblemsPanel, badge: useProblemsBadge },
  { id: 'simulator', label: 'Simulator', component: SimulatorPanel },
];
