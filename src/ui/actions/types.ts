/**
 * A UI action: one descriptor shared by the toolbar, menus and keyboard
 * shortcuts. `run` calls pure commands through the stores; an action never
 * receives the whole app.
 */
/** Where an action belongs; the Keyboard shortcuts list groups its rows by it. */
export type ActionGroup = 'file' | 'edit' | 'canvas' | 'navigate' | 'view' | 'simulate' | 'share' | 'export' | 'layout' | 'help';

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
  /**
   * Related actions that share this text are one row in the Keyboard shortcuts
   * list (the four arrow keys, the number keys 1–9) instead of a row each.
   */
  readonly shortcutRow?: string;
  readonly isEnabled?: () => boolean;
  /** For toggles (Simulate): whether the action's mode is on; the toolbar shows the button pressed. */
  readonly isActive?: () => boolean;
  readonly run: () => void | Promise<void>;
}
