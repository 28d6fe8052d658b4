import { serialize } from '../machine/serialize';
import type { Machine } from '../machine/types';

/** `--to json`: the canonical document. */
export function generateJson(machine: Machine): string {
  return serialize(machine);
}
