/**
 * Which actions the toolbar shows, in order. To add a button: register the
 * action (src/ui/actions/registry.ts) and add one line here. Slots whose action
 * is not registered are skipped, so a slot can be listed before its action lands.
 */
import type { ComponentType } from 'react';
import { LayoutMenu } from '../layout/LayoutMenu';

export interface ToolbarSlot {
  readonly actionId: string;
  /** `start` sits after the File menu; `end` after the spacer, on the right. */
  readonly section: 'start' | 'end';
  readonly icon?: string;
  /** Icon-only buttons still have the label as their accessible name and tooltip. */
  readonly iconOnly?: boolean;
  readonly primary?: boolean;
  /** Drawn instead of a plain button (a menu of related actions, e.g. the layout directions). */
  readonly component?: ComponentType;
}

export const toolbarSlots: readonly ToolbarSlot[] = [
  { actionId: 'edit.undo', section: 'start', icon: 'undo', iconOnly: true },
  { actionId: 'edit.redo', section: 'start', icon: 'redo', iconOnly: true },
  { actionId: 'canvas.addState', section: 'start', icon: 'plus' },
  { actionId: 'canvas.delete', section: 'start', icon: 'trash' },
  { actionId: 'layout.right', section: 'start', component: LayoutMenu },
  { actionId: 'share.open', section: 'end', icon: 'share' },
  { actionId: 'export.open', section: 'end', icon: 'export' },
  { actionId: 'simulate.toggle', section: 'end', icon: 'play' },
  { actionId: 'help.shortcuts', section: 'end', icon: 'help', iconOnly: true },
];
