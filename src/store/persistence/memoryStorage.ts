/**
 * An in-memory Storage for tests, and for browsers where localStorage is
 * unavailable (private modes that throw on access). An optional quota, counted
 * in UTF-16 code units of keys and values, behaves like a full localStorage.
 */
import type { LibraryStorage } from './keys';

export class MemoryStorage implements LibraryStorage {
  private readonly items = new Map<string, string>();

  constructor(private readonly quota = Infinity) {}

  get length(): number {
    return this.items.size;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    const used = this.used() - (this.items.has(key) ? key.length + this.items.get(key)!.length : 0);
    if (used + key.length + value.length > this.quota) {
      const error = new Error(`Setting the value of '${key}' exceeded the quota.`);
      error.name = 'QuotaExceededError';
      throw error;
    }
    this.items.set(key, String(value));
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  private used(): number {
    let total = 0;
    for (const [key, value] of this.items) total += key.length + value.length;
    return total;
  }
}
