/**
 * Failures the UI shows as they are. A failed write never replaces the
 * previous good copy: `setItem` either stores the whole value or throws.
 */
import type { LibraryStorage } from './keys';

/** An error whose message is written for the person using the app. */
export class LibraryError extends Error {
  override readonly name = 'LibraryError';
}

/**
 * Writes one item, turning the browser's exceptions into a LibraryError that
 * says what was not saved, that the previous copy is intact, and what to do.
 */
export function writeItem(storage: LibraryStorage, key: string, value: string, what: string): void {
  try {
    storage.setItem(key, value);
  } catch (error) {
    throw new LibraryError(describeWriteFailure(error, what));
  }
}

/** What to tell the user when storing `what` failed with `error`. */
export function describeWriteFailure(error: unknown, what: string): string {
  if (isQuotaError(error)) {
    return `The browser's storage for Statewright is full, so ${what} was not saved; the previously saved copy is unchanged. Download your machine as a file, or delete machines you no longer need from My machines, then try again.`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `The browser refused to store ${what} (${detail}); the previously saved copy is unchanged. Download your machine as a file to keep this version.`;
}

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // Chromium and WebKit say QuotaExceededError; older Firefox says NS_ERROR_DOM_QUOTA_REACHED.
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || ('code' in error && (error.code === 22 || error.code === 1014));
}
