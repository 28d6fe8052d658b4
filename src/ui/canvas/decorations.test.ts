import { afterEach, describe, expect, it } from 'vitest';
import { clearDecorations, decorationsStore, setDecorations } from './decorations';

afterEach(() => {
  clearDecorations('problems');
  clearDecorations('simulation');
});

describe('decorations', () => {
  it('merges layers field by field, so problems and simulation marks coexist', () => {
    setDecorations('problems', { states: new Map([['Idle', { problem: 'warning', message: 'never left' }]]) });
    setDecorations('simulation', {
      states: new Map([['Idle', { sim: 'current' }]]),
      transitions: new Map([[2, { sim: 'last-fired' }]]),
    });
    const { stateMarks, transitionMarks } = decorationsStore.getState();
    expect(stateMarks.get('Idle')).toEqual({ problem: 'warning', message: 'never left', sim: 'current' });
    expect(transitionMarks.get(2)).toEqual({ sim: 'last-fired' });
  });

  it('clearing one layer leaves the others', () => {
    setDecorations('problems', { transitions: new Map([[0, { problem: 'error', message: 'no event' }]]) });
    setDecorations('simulation', { transitions: new Map([[0, { sim: 'visited' }]]) });
    clearDecorations('simulation');
    expect(decorationsStore.getState().transitionMarks.get(0)).toEqual({ problem: 'error', message: 'no event' });
  });

  it('replacing a layer drops marks it no longer has', () => {
    setDecorations('problems', { states: new Map([['__proto__', { problem: 'info' }]]) });
    setDecorations('problems', { states: new Map() });
    expect(decorationsStore.getState().stateMarks.has('__proto__')).toBe(false);
  });
});
