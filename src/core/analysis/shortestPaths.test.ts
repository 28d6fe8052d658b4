import { describe, expect, it } from 'vitest';
import { tinyMachine } from '../testing/tinyMachine';
import { pathEvents, pathTo, shortestPaths } from './shortestPaths';

describe('shortestPaths', () => {
  const m = tinyMachine({
    initial: 'A',
    transitions: [['A', 'long', 'B'], ['B', 'long', 'C'], ['C', 'long', 'D'], ['A', 'short', 'C'], ['X', 'go', 'A']],
  });

  it('keeps, for every reachable state but the initial one, the transition that enters it on a shortest path', () => {
    expect([...shortestPaths(m)]).toEqual([
      ['B', { via: 0, previous: 'A' }],
      ['C', { via: 3, previous: 'A' }],
      ['D', { via: 2, previous: 'C' }],
    ]);
  });

  it('gives the event path, empty for the initial state and undefined for unreachable or unknown states', () => {
    expect(pathEvents(m, 'D')).toEqual(['short', 'long']);
    expect(pathEvents(m, 'A')).toEqual([]);
    expect(pathEvents(m, 'X')).toBeUndefined();
    expect(pathEvents(m, 'Nowhere')).toBeUndefined();
  });

  it('prefers the earlier transition in table order between paths of equal length', () => {
    const tie = tinyMachine({ initial: 'A', transitions: [['A', 'one', 'B'], ['A', 'two', 'C'], ['C', 'x', 'D'], ['B', 'y', 'D']] });
    expect(pathEvents(tie, 'D')).toEqual(['one', 'y']);
  });

  it('says which guard values make each step fire its own transition', () => {
    const guarded = tinyMachine({ initial: 'A', transitions: [['A', 'go', 'B', 'fast'], ['A', 'go', 'C', 'slow'], ['A', 'go', 'D']] });
    const step = pathTo(guarded, 'D')![0]!;
    expect(step).toMatchObject({ from: 'A', event: 'go', to: 'D', transition: 2 });
    expect([...step.guards]).toEqual([['fast', false], ['slow', false]]);
    expect([...pathTo(guarded, 'C')![0]!.guards]).toEqual([['fast', false], ['slow', true]]);
  });

  it('does not use a transition whose guard also guards an earlier one for the same state and event', () => {
    const clash = tinyMachine({ initial: 'A', transitions: [['A', 'go', 'B', 'g'], ['A', 'go', 'C', 'g'], ['B', 'on', 'C']] });
    expect(pathEvents(clash, 'C')).toEqual(['go', 'on']);
  });

  it('counts an earlier transition with an unknown target as taking the guard, since step still tries it', () => {
    const clash = tinyMachine({ initial: 'A', states: ['A', 'B'], transitions: [['A', 'go', 'Missing', 'g'], ['A', 'go', 'B', 'g']] });
    expect(pathEvents(clash, 'B')).toBeUndefined();
  });
});
