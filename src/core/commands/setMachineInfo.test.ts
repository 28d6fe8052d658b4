import { describe, expect, it } from 'vitest';
import { setMachineInfo } from './setMachineInfo';
import { applied, machineOf, refusal } from './testing';

describe('setMachineInfo', () => {
  const m = machineOf({ name: 'Order', description: 'old', states: [] });

  it('sets the name and description', () => {
    const next = applied(setMachineInfo(m, { name: 'Commande "№1"', description: 'new' }));
    expect([next.name, next.description]).toEqual(['Commande "№1"', 'new']);
    expect(m.name).toBe('Order');
  });

  it('removes an empty description', () => {
    const next = applied(setMachineInfo(m, { description: '' }));
    expect('description' in next).toBe(false);
    expect(next.name).toBe('Order');
  });

  it('returns the same machine when nothing changes', () => {
    expect(applied(setMachineInfo(m, { name: 'Order' }))).toBe(m);
    expect(applied(setMachineInfo(m, {}))).toBe(m);
  });

  it('refuses a blank name', () => {
    expect(refusal(setMachineInfo(m, { name: '  ' }))).toMatch(/needs a name/);
  });
});
