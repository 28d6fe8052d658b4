import { describe, expect, it } from 'vitest';
import { machineNameFromFile } from './nameFromFile';

describe('machineNameFromFile', () => {
  it('drops the folder and the machine extensions', () => {
    expect(machineNameFromFile('door.mmd')).toBe('door');
    expect(machineNameFromFile('/home/me/order.fsm.json')).toBe('order');
    expect(machineNameFromFile('C:\\machines\\Lamp.SCXML')).toBe('Lamp');
    expect(machineNameFromFile('toggle.machine.ts')).toBe('toggle.machine');
  });

  it('gives an empty name when there is nothing left', () => {
    expect(machineNameFromFile('')).toBe('');
    expect(machineNameFromFile('.mmd')).toBe('');
  });
});
