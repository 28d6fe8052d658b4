import { describe, expect, it } from 'vitest';
import { importXState } from './xstate';
import { accepted, fixture, refusals } from './fixtures.testSupport';

describe('importXState', () => {
  it('reads a setup().createMachine module with named guards and actions in every form', () => {
    const machine = accepted(importXState(fixture('xstate-fetch.ts.txt')));
    expect(machine.name).toBe('fetch');
    expect(machine.initial).toBe('idle');
    expect(machine.states).toEqual([
      { name: 'idle' },
      { name: 'loading', entry: ['startRequest'], exit: ['cancelRequest'] },
      { name: 'success', final: true },
      { name: 'failure', description: 'Gave up after three retries' },
    ]);
    expect(machine.transitions).toEqual([
      { from: 'idle', event: 'FETCH', to: 'loading' },
      { from: 'loading', event: 'RESOLVE', to: 'success', actions: ['storeData', 'notify'] },
      { from: 'loading', event: 'REJECT', to: 'loading', guard: 'canRetry', actions: ['countRetry'] },
      { from: 'loading', event: 'REJECT', to: 'failure' },
      { from: 'failure', event: 'RETRY', to: 'loading', guard: 'canRetry' },
    ]);
  });

  it('reads machine JSON, resolving #machine.state targets', () => {
    const machine = accepted(importXState(fixture('xstate-traffic-light.json')));
    expect(machine.transitions.at(-1)).toEqual({ from: 'red', event: 'POWER_OUTAGE', to: 'off' });
    expect(machine.states.at(-1)).toEqual({ name: 'off', final: true });
  });

  it('refuses nested, parallel, delayed, eventless, invoked and inline constructs by path and line', () => {
    expect(refusals(importXState(fixture('xstate-nested-inline.js')))).toEqual([
      'states.editing.initial (line 8): an initial child state means a compound state, which a flat machine cannot represent',
      'states.editing.states (line 9): nested states (a compound state) cannot be represented in a flat machine',
      'states.editing.on.SAVE.guard (line 14): inline code (({ context }) => context.dirty) cannot be represented as a guard; reference the guard by name and supply it with machine.provide',
      'states.saving.invoke (line 18): invoked actors cannot be represented in a Statewright machine',
      'states.saving.after (line 19): delayed (after) transitions fire on a timer, which a Statewright machine cannot represent',
      'states.saving.always (line 20): eventless (always) transitions fire on their own, which a Statewright machine cannot represent',
      'states.saving.entry (line 21): inline code (assign({ saving: true })) cannot be represented; reference the action by name and supply it with machine.provide',
      'states.panes.type (line 23): parallel states cannot be represented in a flat machine',
    ]);
  });

  it('refuses a self-transition that would not re-enter a state with entry or exit actions', () => {
    const text = `{ "initial": "a", "states": { "a": { "entry": ["hello"], "on": { "poke": { "target": "a" } } } } }`;
    expect(refusals(importXState(text))[0]).toMatch(/^states\.a\.on\.poke \(line 1\): this self-transition does not exit and re-enter/);
  });

  it('refuses targetless and multi-target transitions and wildcard events', () => {
    const text = `createMachine({ initial: 'a', states: { a: { on: { x: { actions: 'log' }, y: { target: ['a', 'b'] }, '*': 'a' } }, b: {} } })`;
    expect(refusals(importXState(text))).toEqual([
      'states.a.on.x.target (line 1): a transition without a target stays in its state without exiting it, which a Statewright machine cannot represent; give it a target',
      'states.a.on.y.target (line 1): several targets enter parallel states, which a flat machine cannot represent',
      'states.a.on["*"] (line 1): the wildcard event "*" matches many events; list the events it stands for',
    ]);
  });

  it('says what it expected when there is no config', () => {
    expect(refusals(importXState('const x = 1;'))[0]).toMatch(/no XState config found/);
  });
});
