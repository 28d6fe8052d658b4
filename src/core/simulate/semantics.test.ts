/** `step` and the session held to SPEC section 3, rule by rule. */
import { describe, expect, it } from 'vitest';
import { tinyMachine } from '../testing/tinyMachine';
import { fire, startSession, type FiredEntry } from './session';
import { step } from './step';

const machine = tinyMachine({
  initial: 'Idle',
  finals: ['Done'],
  transitions: [
    ['Idle', 'go', 'Busy'],
    ['Busy', 'tick', 'Busy'],
    ['Busy', 'finish', 'Done', 'allowed'],
    ['Busy', 'finish', 'Idle', 'fallback'],
    ['Busy', 'finish', 'Busy'],
    ['Done', 'go', 'Idle'],
  ],
  entry: new Map([['Idle', ['enterIdle']], ['Busy', ['enterBusy1', 'enterBusy2']], ['Done', ['enterDone']]]),
  exit: new Map([['Idle', ['leaveIdle']], ['Busy', ['leaveBusy']]]),
  actions: new Map([[0, ['start1', 'start2']], [1, ['count']]]),
});

describe('SPEC section 3', () => {
  it('runs the initial state entry actions at start', () => {
    expect(startSession(machine).startActions).toEqual([{ name: 'enterIdle', phase: 'entry' }]);
  });

  it('runs exit, then transition actions, then entry actions, each in list order', () => {
    const entry = fire(startSession(machine), 'go').trace[0] as FiredEntry;
    expect(entry.actions).toEqual([
      { name: 'leaveIdle', phase: 'exit' },
      { name: 'start1', phase: 'transition' },
      { name: 'start2', phase: 'transition' },
      { name: 'enterBusy1', phase: 'entry' },
      { name: 'enterBusy2', phase: 'entry' },
    ]);
  });

  it('exits and re-enters the state on a self-transition', () => {
    const session = fire(fire(startSession(machine), 'go'), 'tick');
    expect(session.current).toBe('Busy');
    expect((session.trace[1] as FiredEntry).actions.map((a) => `${a.phase}:${a.name}`)).toEqual(['exit:leaveBusy', 'transition:count', 'entry:enterBusy1', 'entry:enterBusy2']);
  });

  it('fires the first transition in table order whose guard is absent or true', () => {
    const asked: string[] = [];
    const result = step(machine, 'Busy', 'finish', (guard) => (asked.push(guard), guard === 'fallback'));
    expect(result).toMatchObject({ kind: 'fired', to: 'Idle', transition: 3 });
    expect(asked).toEqual(['allowed', 'fallback']);
    expect(step(machine, 'Busy', 'finish', () => true)).toMatchObject({ to: 'Done', transition: 2 });
    expect(step(machine, 'Busy', 'finish', () => false)).toMatchObject({ to: 'Busy', transition: 4 });
  });

  it('rejects when no guard is true, naming the false guards, and changes nothing', () => {
    const guarded = tinyMachine({ initial: 'A', transitions: [['A', 'go', 'B', 'ready'], ['A', 'go', 'C', 'set']] });
    const before = startSession(guarded);
    const after = fire(before, 'go', new Map([['ready', false], ['set', false]]));
    expect(after.current).toBe('A');
    expect(after.trace).toEqual([
      { kind: 'rejected', number: 1, from: 'A', event: 'go', reason: 'guard-false', falseGuards: ['ready', 'set'], message: 'Guards "ready" and "set" are false.' },
    ]);
    expect(before.trace).toEqual([]);
  });

  it('rejects an event with no transition from the current state', () => {
    const after = fire(startSession(machine), 'tick');
    expect(after.current).toBe('Idle');
    expect(after.trace[0]).toMatchObject({ kind: 'rejected', reason: 'no-transition', message: 'No transition from "Idle" on "tick".' });
  });

  it('rejects every event in a final state, even one it has a transition for', () => {
    const done = fire(fire(startSession(machine), 'go'), 'finish');
    expect(done.current).toBe('Done');
    const after = fire(done, 'go');
    expect(after.current).toBe('Done');
    expect(after.trace[2]).toMatchObject({ kind: 'rejected', reason: 'final-state', message: '"Done" is a final state; it accepts no more events.' });
  });
});
