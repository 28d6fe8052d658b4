import { describe, expect, it } from 'vitest';
import { importScxml } from './scxml';
import { accepted, fixture, refusals } from './fixtures.testSupport';

describe('importScxml', () => {
  it('reads states, finals, transitions in document order, cond guards and named actions', () => {
    const machine = accepted(importScxml(fixture('scxml-microwave.scxml')));
    expect(machine.name).toBe('Microwave');
    expect(machine.initial).toBe('off');
    expect(machine.states).toEqual([
      { name: 'off' },
      { name: 'idle', description: 'Door closed, waiting for a time to be set', entry: ['showClock'] },
      { name: 'cooking', entry: ['lampOn', 'startMagnetron'], exit: ['lampOff'] },
      { name: 'done', final: true, entry: ['ding'] },
    ]);
    expect(machine.transitions).toEqual([
      { from: 'off', event: 'turn.on', to: 'idle' },
      { from: 'idle', event: 'start', to: 'cooking', guard: 'doorClosed' },
      // One transition with two event descriptors becomes two rows in the same place.
      { from: 'idle', event: 'door.open', to: 'idle' },
      { from: 'idle', event: 'door.bump', to: 'idle' },
      { from: 'idle', event: 'turn.off', to: 'off' },
      { from: 'cooking', event: 'tick', to: 'cooking', guard: 'timeLeft', actions: ['decrementTimer'] },
      { from: 'cooking', event: 'tick', to: 'done' },
      { from: 'cooking', event: 'door.open', to: 'idle', actions: ['pause'] },
    ]);
  });

  it('refuses every construct a flat machine cannot hold, each with its line', () => {
    expect(refusals(importScxml(fixture('scxml-compound-parallel.scxml')))).toEqual([
      'line 3: <datamodel> declares data that conditions and actions read; a Statewright machine has no data model. Remove it to import the states and transitions',
      'line 7: <state id="player"> has a nested <initial>: compound states cannot be represented in a flat machine',
      'line 8: <state id="player"> has a nested <state>: compound states cannot be represented in a flat machine',
      'line 11: <history> states cannot be represented in a flat machine',
      'line 13: <parallel> (concurrent regions) cannot be represented in a flat machine',
      'line 18: <invoke> starts an external service, which a Statewright machine cannot represent',
      'line 19: an eventless transition (no event attribute) fires on its own, which a Statewright machine cannot represent; give it an event',
      'line 20: a transition with several targets (left, right) enters parallel states, which a flat machine cannot represent',
      'line 22: <log> is executable content with its own behaviour, which a named action cannot carry; write named actions as <sw:action name="…"/> (xmlns:sw="https://statewright.dev/ns/scxml")',
      'line 23: <raise> is executable content with its own behaviour, which a named action cannot carry; write named actions as <sw:action name="…"/> (xmlns:sw="https://statewright.dev/ns/scxml")',
      'line 25: the wildcard event "*" matches many events; list the events it stands for',
    ]);
  });

  it('reports XML that is not well-formed with its line', () => {
    expect(refusals(importScxml('<scxml xmlns="http://www.w3.org/2005/07/scxml">\n  <state id="a">\n</scxml>'))).toEqual([
      'line 3: not well-formed XML: </scxml> closes <state> from line 2',
    ]);
    expect(refusals(importScxml('<!DOCTYPE scxml [<!ENTITY x "y">]><scxml/>'))[0]).toMatch(/DOCTYPE declarations are not supported/);
  });

  it('refuses a targetless transition and more than one initial state', () => {
    const text = '<scxml xmlns="http://www.w3.org/2005/07/scxml" initial="a b">\n<state id="a"><transition event="e"/></state>\n<state id="b"/>\n</scxml>';
    expect(refusals(importScxml(text))).toEqual([
      'line 2: a transition without a target stays in its state without exiting it, which a Statewright machine cannot represent; give it a target',
      'line 1: initial names 2 states (a, b); a flat machine starts in exactly one',
    ]);
  });

  it('starts in the first state when the document names no initial state', () => {
    const machine = accepted(importScxml('<scxml xmlns="http://www.w3.org/2005/07/scxml"><state id="x"/><final id="y"/></scxml>'));
    expect(machine.initial).toBe('x');
  });
});
