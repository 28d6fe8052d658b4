import { describe, expect, it } from 'vitest';
import { tinyMachine } from '../testing/tinyMachine';
import { availableEvents } from './availableEvents';
import { coverage } from './coverage';
import { fire, isDone, resetSession, startProblem, startSession, stepBack } from './session';

const vending = tinyMachine({
  initial: 'Idle',
  finals: ['Broken'],
  events: ['InsertCoin', 'SelectItem', 'Dispense', 'Refund', 'Kick'],
  transitions: [
    ['Idle', 'InsertCoin', 'HasCoin'],
    ['HasCoin', 'SelectItem', 'Dispensing', 'inStock'],
    ['Dispensing', 'Dispense', 'Idle'],
    ['HasCoin', 'Refund', 'Idle'],
    ['Idle', 'Kick', 'Broken'],
  ],
  entry: new Map([['Idle', ['showWelcome']]]),
});

describe('simulation session', () => {
  it('starts at the initial state, or anywhere without entry actions', () => {
    expect(startSession(vending)).toMatchObject({ start: 'Idle', current: 'Idle', fromInitial: true, trace: [] });
    const here = startSession(vending, { at: 'HasCoin' });
    expect(here).toMatchObject({ start: 'HasCoin', current: 'HasCoin', fromInitial: false, startActions: [] });
  });

  it('explains why it cannot start', () => {
    expect(startProblem(vending, { at: 'Nowhere' })).toContain('"Nowhere" does not exist');
    expect(startProblem(tinyMachine({ states: ['A'] }))).toBe(
      'The machine has no initial state: mark one as initial, or select a state on the canvas to start from it.',
    );
    expect(startProblem(tinyMachine({ states: [] }))).toBe('Add a state to simulate the machine.');
    expect(() => startSession(vending, { at: 'Nowhere' })).toThrow(RangeError);
  });

  it('numbers trace entries, rejected ones included', () => {
    let session = startSession(vending);
    session = fire(session, 'Dispense');
    session = fire(session, 'InsertCoin');
    expect(session.trace.map((e) => [e.number, e.kind, e.from, e.event])).toEqual([
      [1, 'rejected', 'Idle', 'Dispense'],
      [2, 'fired', 'Idle', 'InsertCoin'],
    ]);
    expect(session.trace[1]).toMatchObject({ to: 'HasCoin', transition: 0 });
  });

  it('uses guard switches, true unless switched off', () => {
    const atCoin = startSession(vending, { at: 'HasCoin' });
    expect(fire(atCoin, 'SelectItem').current).toBe('Dispensing');
    expect(fire(atCoin, 'SelectItem', new Map([['inStock', false]])).trace[0]).toMatchObject({ kind: 'rejected', message: 'Guard "inStock" is false.' });
  });

  it('steps back over fired and rejected entries, and resets to the start', () => {
    const a = fire(startSession(vending), 'InsertCoin');
    const b = fire(a, 'Kick');
    const c = fire(b, 'SelectItem');
    expect(c.current).toBe('Dispensing');
    expect(stepBack(c)).toMatchObject({ current: 'HasCoin', trace: b.trace });
    expect(stepBack(b)).toMatchObject({ current: 'HasCoin', trace: a.trace });
    expect(stepBack(stepBack(b)).current).toBe('Idle');
    expect(stepBack(startSession(vending)).current).toBe('Idle');
    expect(resetSession(c)).toMatchObject({ current: 'Idle', trace: [] });
    expect(resetSession(fire(startSession(vending, { at: 'HasCoin' }), 'Refund')).current).toBe('HasCoin');
  });

  it('is done in a final state', () => {
    const session = startSession(vending);
    expect(isDone(session)).toBe(false);
    expect(isDone(fire(session, 'Kick'))).toBe(true);
  });

  it('lists every event of the alphabet with its target or the reason it is disabled', () => {
    expect(availableEvents(vending, 'HasCoin', new Map([['inStock', false]]))).toEqual([
      { event: 'InsertCoin', enabled: false, reason: 'No transition from "HasCoin" on "InsertCoin".', rejection: 'no-transition', falseGuards: [] },
      { event: 'SelectItem', enabled: false, reason: 'Guard "inStock" is false.', rejection: 'guard-false', falseGuards: ['inStock'] },
      { event: 'Dispense', enabled: false, reason: 'No transition from "HasCoin" on "Dispense".', rejection: 'no-transition', falseGuards: [] },
      { event: 'Refund', enabled: true, target: 'Idle', transition: 3 },
      { event: 'Kick', enabled: false, reason: 'No transition from "HasCoin" on "Kick".', rejection: 'no-transition', falseGuards: [] },
    ]);
    expect(availableEvents(vending, 'Broken').every((e) => !e.enabled && e.rejection === 'final-state')).toBe(true);
  });

  it('counts visited states and fired transitions', () => {
    let session = startSession(vending);
    for (const event of ['InsertCoin', 'Refund', 'InsertCoin', 'SelectItem', 'Nope']) session = fire(session, event);
    const result = coverage(session);
    expect([...result.states]).toEqual([['Idle', 2], ['HasCoin', 2], ['Dispensing', 1]]);
    expect([...result.transitions]).toEqual([[0, 2], [3, 1], [1, 1]]);
    expect(result).toMatchObject({ statesVisited: 3, statesTotal: 4, transitionsVisited: 3, transitionsTotal: 5 });
  });
});
