/**
 * Graph invariants of the checks on random machines, each compared with a
 * deliberately naive model (random walks, per-state brute-force search).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { alphabet } from '../machine/alphabet';
import type { Machine } from '../machine/types';
import { step } from '../simulate/step';
import { arbMachine } from '../testing/arbitraries';
import { analyze } from './analyze';
import { reachableStates } from './reachableStates';
import { pathTo } from './shortestPaths';

const machines = arbMachine({ maxStates: 8, guards: true, adversarialNames: true, brokenReferences: true });

/** Can transition `i` ever fire? Written from SPEC section 3 directly, quadratic on purpose. */
function canFireNaive(m: Machine, i: number): boolean {
  const t = m.transitions[i]!;
  const from = m.states.find((s) => s.name === t.from);
  if (!from || from.final || t.event === '' || !m.states.some((s) => s.name === t.to)) return false;
  return !m.transitions.slice(0, i).some((u) => u.from === t.from && u.event === t.event && u.guard === undefined);
}

function reachesFinalNaive(m: Machine, start: string): boolean {
  const seen = new Set([start]);
  const stack = [start];
  while (stack.length) {
    const state = stack.pop()!;
    if (m.states.find((s) => s.name === state)?.final) return true;
    m.transitions.forEach((t, i) => {
      if (t.from === state && canFireNaive(m, i) && !seen.has(t.to)) {
        seen.add(t.to);
        stack.push(t.to);
      }
    });
  }
  return false;
}

const subjectKey = (p: ReturnType<typeof analyze>['problems'][number]) => JSON.stringify([p.code, p.severity, p.message, p.state, p.transition, p.event]);

describe('analyze on random machines', () => {
  test.prop([machines, fc.infiniteStream(fc.boolean()), fc.infiniteStream(fc.nat())])(
    'every state a random walk visits is reported reachable',
    (m, guardOutcomes, choices) => {
      const events = alphabet(m);
      const reachable = reachableStates(m);
      const known = new Set(m.states.map((s) => s.name));
      if (!m.initial || !known.has(m.initial) || !events.length) return;
      const coins = guardOutcomes[Symbol.iterator]();
      const picks = choices[Symbol.iterator]();
      let state = m.initial;
      for (let n = 0; n < 30 && known.has(state); n++) {
        expect(reachable.has(state)).toBe(true);
        const result = step(m, state, events[picks.next().value! % events.length]!, () => coins.next().value!);
        if (result.kind === 'fired') state = result.to;
      }
    },
  );

  test.prop([machines], { numRuns: 400 })('cannot-reach-final is reported exactly for reachable non-final states with no path to a final state', (m) => {
    const reported = new Set(analyze(m).problems.filter((p) => p.code === 'cannot-reach-final').map((p) => p.state));
    const reachable = reachableStates(m);
    const hasFinal = m.states.some((s) => s.final);
    for (const state of m.states) {
      const expected = hasFinal && reachable.has(state.name) && !state.final && !reachesFinalNaive(m, state.name);
      expect(reported.has(state.name)).toBe(expected);
    }
  });

  test.prop([machines, fc.nat()])('reports do not depend on the order of states in the file', (m, seed) => {
    const shuffled = [...m.states].sort((a, b) => hash(a.name, seed) - hash(b.name, seed) || (a.name < b.name ? -1 : 1));
    const before = analyze(m);
    const after = analyze({ ...m, states: shuffled });
    expect(after.stats).toEqual(before.stats);
    expect(after.problems.map(subjectKey).sort()).toEqual(before.problems.map(subjectKey).sort());
  });

  test.prop([machines])('counts the whole alphabet and the reachable states', (m) => {
    const { stats } = analyze(m);
    expect(stats.events).toBe(alphabet(m).length);
    expect(stats.reachable).toBe(reachableStates(m).size);
  });

  test.prop([machines], { numRuns: 400 })('pathTo replays with step to its target, for every reachable state that has one', (m) => {
    for (const state of reachableStates(m)) {
      const path = pathTo(m, state);
      if (!path) continue;
      let current = m.initial!;
      for (const { event, guards } of path) {
        const result = step(m, current, event, (guard) => guards.get(guard) ?? true);
        expect(result.kind).toBe('fired');
        if (result.kind === 'fired') current = result.to;
      }
      expect(current).toBe(state);
    }
  });

  test.prop([arbMachine({ maxStates: 8, adversarialNames: true })])('without guards every reachable state has a path that replays with all guards true', (m) => {
    for (const state of reachableStates(m)) {
      let current = m.initial!;
      for (const { event } of pathTo(m, state)!) {
        const result = step(m, current, event);
        if (result.kind === 'fired') current = result.to;
      }
      expect(current).toBe(state);
    }
  });
});

function hash(text: string, seed: number): number {
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}
