/**
 * What the Export dialog remembers between openings in this page: the chosen
 * target and the test file's import path (empty: the generator's default).
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

interface ExportPreferences {
  readonly targetId: string;
  readonly modulePath: string;
}

export const exportPreferences = createStore<ExportPreferences>()(() => ({ targetId: 'ts', modulePath: '' }));

export function useExportPreferences<T>(selector: (state: ExportPreferences) => T): T {
  return useStore(exportPreferences, selector);
}

export function chooseTarget(targetId: string): void {
  exportPreferences.setState({ targetId });
}

export function setModulePath(modulePath: string): void {
  exportPreferences.setState({ modulePath });
}
