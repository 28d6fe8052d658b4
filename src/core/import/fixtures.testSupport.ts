/** Reads fixture files for the importer and exporter tests. */
import { readFileSync } from 'node:fs';
import type { RestoreResult } from '../machine/restore';
import type { Machine } from '../machine/types';

export function fixture(name: string): string {
  return readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
}

export function accepted(result: RestoreResult): Machine {
  if (!result.ok) throw new Error(`expected the import to succeed, got ${JSON.stringify(result.problems, null, 2)}`);
  return result.machine;
}

export function refusals(result: RestoreResult): string[] {
  if (result.ok) throw new Error('expected the import to be refused');
  return result.problems.map((p) => `${p.path}: ${p.message}`);
}
