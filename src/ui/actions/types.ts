/**
 * A UI action: one descriptor shared by the toolbar, menus and keyboard
 * shortcuts. `run` calls pure commands through the stores; an action never
 * receives the whole app.
 */
export type ActionGroup = 'file' | 'edit' | 'canvas' | 'view' | 'simulate' | 'share' | 'export' | 'layout';

export interface Action {
  readonly id: string;
  readonly label: string;
  readonly group: ActionGroup;
  /**
   * Keyboard shortcut, `Mod` meaning Ctrl (Cmd on macOS): `Mod+Z`, `Mod+Shift+Z`,
   * `N`, `Delete`, `F2`. Plain-key shortcuts never fire while typing in a field.
   */
  readonly shortcut?: string | readonly string[];
  /** A one-line hint for tooltips and the command list. */
  readonly description?: string;
  readonly isEnabled?: () => boolean;
  /** For toggles (Simulate): whether the action's mode is on; the toolbar shows the button pressed. */
  readonly isActive?: () => boolean;
  readonly run: () => void | Promise<void>;
}
