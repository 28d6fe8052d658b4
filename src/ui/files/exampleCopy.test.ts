import { describe, expect, it } from 'vitest';
import { restore, type Machine } from '../../core/machine';
import { exampleCopyPlan } from './exampleCopy';

function machine(doc: object): Machine {
  const result = restore({ version: 1, name: 'Vending machine', initial: 'Idle', states: ['Idle', 'Paid'], transitions: [{ from: 'Idle', event: 'Pay', to: 'Paid' }], ...doc });
  if (!result.ok) throw new Error('fixture does not restore');
  return result.machine;
}

describe('exampleCopyPlan', () => {
  const example = machine({});

  it('creates the example under its own name when nothing is stored under it', () => {
    expect(exampleCopyPlan(example, [])).toEqual({ create: 'Vending machine' });
    expect(exampleCopyPlan(example, [{ id: 'x', name: 'Order', machine: machine({ name: 'Order', states: ['A'] }) }])).toEqual({ create: 'Vending machine' });
  });

  it('opens the stored copy the user has not changed, even if its states were moved', () => {
    const moved = machine({ layout: { states: { Idle: { x: 300, y: 40 } } } });
    expect(exampleCopyPlan(example, [{ id: 'a', name: 'Vending machine', machine: moved }])).toEqual({ open: 'a' });
  });

  it('creates a numbered copy when the stored ones were changed or cannot be read', () => {
    const edited = machine({ states: ['Idle', 'Paid', 'Broken'] });
    const stored = [
      { id: 'a', name: 'Vending machine', machine: edited },
      { id: 'b', name: 'Vending machine (2)', machine: undefined },
    ];
    expect(exampleCopyPlan(example, stored)).toEqual({ create: 'Vending machine (3)' });
    expect(exampleCopyPlan(example, stored.slice(0, 1))).toEqual({ create: 'Vending machine (2)' });
  });
});
