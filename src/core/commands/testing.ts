/**
 * Helpers for the command tests: build small machines from documents, freeze
 * them so any mutation throws, and unwrap results with a readable failure.
 */
import { expect } from 'vitest';
import { restore, type Machine } from '../machine';
import type { CommandResult } from './result';

/** A frozen machine restored from a (shorthand-friendly) document. */
export function machineOf(document: Record<string, unknown>): Machine {
  const result = restore({ version: 1, ...document });
  if (!result.ok) throw new Error(`bad fixture: ${JSON.stringify(result.problems)}`);
  return deepFreeze(result.machine);
}

/** The machine of a successful result; fails the test with the reason otherwise. */
export function applied(result: CommandResult): Machine {
  if (!result.ok) throw new Error(`expected the command to succeed, it refused: ${result.reason}`);
  return result.machine;
}

/** The reason of a refusal; fails the test if the command succeeded. */
export function refusal(result: CommandResult): string {
  if (result.ok) throw new Error('expected the command to refuse');
  expect(result.reason.length).toBeGreaterThan(0);
  return result.reason;
}

/** Names that break code which keys plain objects by user strings or forgets to quote. */
export const AWKWARD_NAMES = ['__proto__', 'constructor', 'toString', 'say "hi"', "it's", 'naïve 状態 🚦', 'two words', 'line\nbreak', ' '];

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (value instanceof Map) {
      for (const entry of value.values()) deepFreeze(entry);
    } else {
      for (const child of Object.values(value)) deepFreeze(child);
    }
  }
  return value;
}
