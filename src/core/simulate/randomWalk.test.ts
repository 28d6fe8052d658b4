import { describe, expect, it } from 'vitest';
import { randomMachine } from '../testing/randomMachine';
import { tinyMachine } from '../testing/tinyMachine';
import { randomWalk } from './randomWalk';
import { startSession } from './session';

describe('randomWalk', () => {
  const machine = randomMachine(3, 40, { guards: true, finals: 0 });

  it('repeats exactly for the same seed and differs for another', () => {
    const walk = (seed: number) => randomWalk(machine, startSession(machine), { steps: 50, seed }).session.trace;
    expect(walk(11)).toEqual(walk(11));
    expect(walk(11)).not.toEqual(walk(12));
  });

  it('only sends enabled events, so every step fires', () => {
    const guardValues = new Map([['g0', false], ['g1', false]]);
    const { session, fired } = randomWalk(machine, startSession(machine), { steps: 200, seed: 5, guardValues });
    expect(session.trace.every((e) => e.kind === 'fired')).toBe(true);
    expect(session.trace).toHaveLength(fired);
  });

  it('stops at a final state, or where nothing is enabled', () => {
    const line = tinyMachine({ initial: 'A', finals: ['C'], transitions: [['A', 'go', 'B'], ['B', 'go', 'C']] });
    expect(randomWalk(line, startSession(line), { steps: 10, seed: 1 })).toMatchObject({ fired: 2, ended: 'final', seed: 1 });
    const stuck = tinyMachine({ initial: 'A', transitions: [['A', 'go', 'B', 'g']] });
    expect(randomWalk(stuck, startSession(stuck), { steps: 10, seed: 1, guardValues: new Map([['g', false]]) })).toMatchObject({ fired: 0, ended: 'stuck' });
  });

  it('continues an existing trace', () => {
    const line = tinyMachine({ initial: 'A', transitions: [['A', 'go', 'B'], ['B', 'go', 'A']] });
    const first = randomWalk(line, startSession(line), { steps: 3, seed: 9 }).session;
    const second = randomWalk(line, first, { steps: 2, seed: 9 });
    expect(second.session.trace.map((e) => e.number)).toEqual([1, 2, 3, 4, 5]);
    expect(second.ended).toBe('steps');
  });
});
