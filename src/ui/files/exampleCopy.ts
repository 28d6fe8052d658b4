/**
 * Where an example goes when it is opened again: the unchanged copy already in
 * My machines, or a new entry whose name tells it apart ("Vending machine (2)"),
 * so the list never holds two look-alike entries the user cannot tell apart.
 */
import { EMPTY_LAYOUT, serialize, type Machine } from '../../core/machine';

export interface StoredMachine {
  readonly id: string;
  readonly name: string;
  /** Undefined when the entry cannot be read. */
  readonly machine: Machine | undefined;
}

export type ExampleCopyPlan = { readonly open: string } | { readonly create: string };

/** The machine's meaning only: where its states were dragged to is not a change to it. */
const meaning = (machine: Machine): string => serialize({ ...machine, layout: EMPTY_LAYOUT });

/**
 * Open the stored unchanged copy, else create one under the first free name.
 * @example exampleCopyPlan(vending, [{ id: 'a', name: 'Vending machine', machine: edited }]) // { create: 'Vending machine (2)' }
 */
export function exampleCopyPlan(example: Machine, stored: readonly StoredMachine[]): ExampleCopyPlan {
  const wanted = meaning(example);
  const same = stored.find((entry) => entry.machine !== undefined && meaning(entry.machine) === wanted);
  if (same) return { open: same.id };
  const taken = new Set(stored.map((entry) => entry.name));
  if (!taken.has(example.name)) return { create: example.name };
  let n = 2;
  while (taken.has(`${example.name} (${n})`)) n++;
  return { create: `${example.name} (${n})` };
}
