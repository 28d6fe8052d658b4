import { describe, expect, it } from 'vitest';
import { restore, serialize, type Machine } from '../core/machine';
import { createSimulationStore } from './simulationStore';

/** The vending example's shape: a guarded SelectItem with a sold-out fallback, actions in every phase. */
function vending(): Machine {
  const result = restore({
    version: 1,
    name: 'Vending',
    initial: 'Idle',
    states: [
      { name: 'Idle', entry: ['showWelcome'] },
      { name: 'HasCoin', entry: ['showChoices'] },
      { name: 'Dispensing', entry: ['startMotor'], exit: ['stopMotor'] },
      { name: 'Broken', final: true },
    ],
    transitions: [
      { from: 'Idle', event: 'InsertCoin', to: 'HasCoin', actions: ['acceptCoin'] },
      { from: 'HasCoin', event: 'SelectItem', to: 'Dispensing', guard: 'inStock' },
      { from: 'HasCoin', event: 'Refund', to: 'Idle' },
      { from: 'Dispensing', event: 'Dispense', to: 'Idle', actions: ['releaseItem'] },
      { from: 'Dispensing', event: 'Kick', to: 'Broken' },
    ],
  });
  if (!result.ok) throw new Error('fixture does not restore');
  return result.machine;
}

describe('simulation store', () => {
  it('starts at the initial state with its entry actions and fires events in order', () => {
    const sim = createSimulationStore({ seed: 1 });
    expect(sim.getState().begin(vending())).toBeUndefined();
    expect(sim.getState().session?.current).toBe('Idle');
    expect(sim.getState().session?.startActions).toEqual([{ name: 'showWelcome', phase: 'entry' }]);

    sim.getState().fire('InsertCoin');
    const entry = sim.getState().fire('SelectItem');
    expect(entry).toMatchObject({ kind: 'fired', from: 'HasCoin', to: 'Dispensing', number: 2 });
    sim.getState().fire('Dispense');
    expect(sim.getState().session?.trace.at(-1)).toMatchObject({
      kind: 'fired',
      actions: [
        { name: 'stopMotor', phase: 'exit' },
        { name: 'releaseItem', phase: 'transition' },
        { name: 'showWelcome', phase: 'entry' },
      ],
    });
    expect(sim.getState().session?.current).toBe('Idle');
  });

  it('a rejected event is traced with its reason and changes nothing', () => {
    const sim = createSimulationStore();
    sim.getState().begin(vending());
    const entry = sim.getState().fire('Dispense');
    expect(entry).toMatchObject({ kind: 'rejected', reason: 'no-transition', from: 'Idle' });
    expect(sim.getState().session?.current).toBe('Idle');
    expect(sim.getState().session?.trace).toHaveLength(1);
  });

  it('guard switches decide the next event: inStock false rejects SelectItem, true fires it', () => {
    const sim = createSimulationStore();
    sim.getState().begin(vending());
    sim.getState().fire('InsertCoin');
    sim.getState().setGuard('inStock', false);
    expect(sim.getState().fire('SelectItem')).toMatchObject({ kind: 'rejected', reason: 'guard-false', message: 'Guard "inStock" is false.' });
    expect(sim.getState().session?.current).toBe('HasCoin');
    sim.getState().setGuard('inStock', true);
    expect(sim.getState().fire('SelectItem')).toMatchObject({ kind: 'fired', to: 'Dispensing' });
  });

  it('steps back one entry at a time, and reset returns to the start with an empty trace', () => {
    const sim = createSimulationStore();
    sim.getState().begin(vending());
    sim.getState().fire('InsertCoin');
    sim.getState().fire('Nope');
    sim.getState().fire('SelectItem');
    sim.getState().stepBack();
    expect(sim.getState().session?.current).toBe('HasCoin');
    expect(sim.getState().session?.trace).toHaveLength(2);
    sim.getState().stepBack(); // the rejected entry goes; the state stays
    expect(sim.getState().session?.current).toBe('HasCoin');
    sim.getState().stepBack();
    expect(sim.getState().session?.current).toBe('Idle');
    sim.getState().stepBack(); // nothing left: no change
    expect(sim.getState().session?.trace).toHaveLength(0);

    sim.getState().fire('InsertCoin');
    sim.getState().reset();
    expect(sim.getState().session).toMatchObject({ current: 'Idle', trace: [] });
  });

  it('starts from a chosen state without entry actions, and refuses a machine without an initial state', () => {
    const sim = createSimulationStore();
    sim.getState().begin(vending(), 'Dispensing');
    expect(sim.getState().session).toMatchObject({ current: 'Dispensing', startActions: [], fromInitial: false });
    sim.getState().reset();
    expect(sim.getState().session?.current).toBe('Dispensing');

    const { initial: _initial, ...noInitial } = vending();
    expect(sim.getState().begin(noInitial)).toMatch(/no initial state/);
    expect(sim.getState().session).toBeNull();
    expect(sim.getState().fire('InsertCoin')).toBeUndefined();
  });

  it('plays the shortest path from the initial state, turning the guard switches it needs and saying so', () => {
    const sim = createSimulationStore();
    sim.getState().begin(vending(), 'Broken');
    sim.getState().setGuard('inStock', false);
    sim.getState().playPathTo('Broken');
    const session = sim.getState().session!;
    expect(session.current).toBe('Broken');
    expect(session.trace.map((e) => e.event)).toEqual(['InsertCoin', 'SelectItem', 'Kick']);
    expect(sim.getState().report).toEqual({ kind: 'path', target: 'Broken', fired: 3, guardsSet: [{ name: 'inStock', value: true }] });
    // The switch shows the value the path used, so the next event sent by hand behaves the same way.
    expect(sim.getState().guards.get('inStock')).toBe(true);

    sim.getState().playPathTo('Dispensing');
    expect(sim.getState().report).toEqual({ kind: 'path', target: 'Dispensing', fired: 2 });
  });

  it('repeats a random walk exactly for the same seed', () => {
    const sim = createSimulationStore();
    sim.getState().begin(vending());
    sim.getState().setWalk({ steps: 12, seed: 42 });
    sim.getState().randomWalk();
    const first = sim.getState().session!.trace.map((e) => e.event);
    expect(first.length).toBeGreaterThan(0);
    sim.getState().reset();
    sim.getState().randomWalk();
    expect(sim.getState().session!.trace.map((e) => e.event)).toEqual(first);
    expect(sim.getState().report).toMatchObject({ kind: 'walk', seed: 42 });
  });

  it('runs a script and stops at the first rejected line', () => {
    const sim = createSimulationStore();
    sim.getState().begin(vending());
    sim.getState().setScriptText('InsertCoin\nRefund, InsertCoin\nDispense\nSelectItem');
    sim.getState().runScript();
    expect(sim.getState().report).toMatchObject({ kind: 'script', fired: 3, stop: { line: 3, event: 'Dispense', reason: 'rejected' }, startedIn: 'Idle', fromInitial: true });
    expect(sim.getState().session?.current).toBe('HasCoin');
  });

  it('runs a script again from the initial state by default, or from the current state when asked', () => {
    const sim = createSimulationStore();
    sim.getState().begin(vending());
    sim.getState().setScriptText('InsertCoin, SelectItem');
    sim.getState().runScript();
    sim.getState().runScript();
    expect(sim.getState().report).toEqual({ kind: 'script', fired: 2, startedIn: 'Idle', fromInitial: true });
    expect(sim.getState().session!.trace.map((e) => e.event)).toEqual(['InsertCoin', 'SelectItem']);

    sim.getState().setScriptFromInitial(false);
    sim.getState().setScriptText('Dispense');
    sim.getState().runScript();
    expect(sim.getState().report).toEqual({ kind: 'script', fired: 1, startedIn: 'Dispensing', fromInitial: false });
    expect(sim.getState().session!.current).toBe('Idle');
  });

  it('never changes the machine it simulates', () => {
    const machine = vending();
    const before = serialize(machine);
    const sim = createSimulationStore();
    sim.getState().begin(machine);
    sim.getState().fire('InsertCoin');
    sim.getState().randomWalk();
    sim.getState().playPathTo('Dispensing');
    sim.getState().end();
    expect(serialize(machine)).toBe(before);
    expect(sim.getState().session).toBeNull();
  });
});
