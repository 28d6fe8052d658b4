/** The items of a toolbar menu. */
export type MenuItem =
  | {
      readonly kind: 'item';
      readonly id: string;
      readonly label: string;
      /** As shown: `Ctrl+O`. */
      readonly shortcut?: string;
      readonly hint?: string;
      readonly disabled?: boolean;
      readonly onSelect: () => void;
    }
  | { readonly kind: 'submenu'; readonly id: string; readonly label: string; readonly items: readonly MenuItem[]; readonly emptyText?: string }
  | { readonly kind: 'separator'; readonly id: string };
