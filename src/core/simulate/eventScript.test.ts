import { describe, expect, it } from 'vitest';
import { tinyMachine } from '../testing/tinyMachine';
import { parseEventScript, runScript } from './eventScript';
import { startSession } from './session';

const machine = tinyMachine({ initial: 'A', transitions: [['A', 'go', 'B'], ['B', 'go', 'C', 'ready'], ['C', 'back', 'A']] });

describe('event scripts', () => {
  it('reads one event per line or comma-separated, skipping blanks and # comments, keeping line numbers', () => {
    expect(parseEventScript('go, go\r\n\n  # a comment\n back ,, \n')).toEqual([
      { event: 'go', line: 1 },
      { event: 'go', line: 1 },
      { event: 'back', line: 4 },
    ]);
    expect(parseEventScript('')).toEqual([]);
  });

  it('runs every event when all fire', () => {
    const result = runScript(machine, startSession(machine), parseEventScript('go\ngo\nback'), new Map());
    expect(result.stop).toBeUndefined();
    expect(result.fired).toBe(3);
    expect(result.session.current).toBe('A');
  });

  it('stops at the first rejected event and says which line and why', () => {
    const result = runScript(machine, startSession(machine), parseEventScript('go\n\ngo\nback'), new Map([['ready', false]]));
    expect(result.fired).toBe(1);
    expect(result.session.current).toBe('B');
    expect(result.stop).toEqual({ line: 3, event: 'go', reason: 'rejected', message: 'Line 3: "go" was rejected in "B". Guard "ready" is false.' });
    expect(result.session.trace.map((e) => e.kind)).toEqual(['fired', 'rejected']);
  });

  it('stops at an event that is not in the alphabet, without adding it to the trace', () => {
    const result = runScript(machine, startSession(machine), parseEventScript('go, og'), new Map());
    expect(result.stop).toEqual({ line: 1, event: 'og', reason: 'unknown-event', message: 'Line 1: "og" is not an event of this machine. Its events are "go", "back".' });
    expect(result.session.trace).toHaveLength(1);
  });
});
