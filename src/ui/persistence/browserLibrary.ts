/**
 * The library over this browser's localStorage, or undefined where storage is
 * not available (private modes that throw on access), so the app still runs.
 */
import { createLibrary, type Library } from '../../store/persistence';

export function openBrowserLibrary(): Library | undefined {
  try {
    const storage = window.localStorage;
    void storage.length;
    return createLibrary(storage);
  } catch {
    return undefined;
  }
}
