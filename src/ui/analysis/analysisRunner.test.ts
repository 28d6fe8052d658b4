import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze, type Analysis } from '../../core/analysis';
import { restore, type Machine } from '../../core/machine';
import { analysisDelay, createAnalysisRunner, LARGE_MACHINE_DELAY_MS, LARGE_MACHINE_STATES } from './analysisRunner';
import { problemLayer } from './problemMarks';

function machineOf(states: number, extra: object = {}): Machine {
  const names = Array.from({ length: states }, (_, i) => `S${i}`);
  const result = restore({
    version: 1,
    initial: 'S0',
    states: names.map((name, i) => ({ name, final: i === states - 1 })),
    transitions: names.slice(1).map((to, i) => ({ from: names[i], event: 'next', to })),
    ...extra,
  });
  if (!result.ok) throw new Error('fixture does not restore');
  return result.machine;
}

/** A stand-in for the document store: holds a machine and tells listeners when it changes. */
function source(initial: Machine) {
  let machine = initial;
  const listeners = new Set<() => void>();
  return {
    getMachine: () => machine,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next: Machine) {
      machine = next;
      listeners.forEach((listener) => listener());
    },
  };
}

describe('analysis runner', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('analyses a small machine at once on every change', () => {
    const doc = source(machineOf(3));
    const calls: Machine[] = [];
    const { store, stop } = createAnalysisRunner(doc, { analyze: (m) => (calls.push(m), analyze(m)) });
    expect(store.getState().analysis.problems).toEqual([]);
    const lost = machineOf(3, { states: ['S0', 'S1', { name: 'S2', final: true }, { name: 'Lost', final: true }] });
    doc.set(lost);
    expect(store.getState()).toMatchObject({ machine: lost, pending: false });
    expect(store.getState().analysis.problems.map((p) => p.code)).toContain('unreachable-state');
    expect(calls).toHaveLength(2);
    stop();
  });

  it('runs once after a burst of edits on a large machine, not once per edit', () => {
    const doc = source(machineOf(LARGE_MACHINE_STATES + 1));
    let runs = 0;
    const { store, stop } = createAnalysisRunner(doc, { analyze: (m) => (runs++, analyze(m)) });
    expect(runs).toBe(1);
    for (let i = 0; i < 10; i++) {
      const machine = doc.getMachine();
      doc.set({ ...machine, states: machine.states.map((s, k) => (k === 1 ? { ...s, name: `typing ${i}` } : s)) });
      vi.advanceTimersByTime(LARGE_MACHINE_DELAY_MS / 3);
    }
    expect(runs).toBe(1);
    expect(store.getState().pending).toBe(true);
    vi.advanceTimersByTime(LARGE_MACHINE_DELAY_MS);
    expect(runs).toBe(2);
    expect(store.getState()).toMatchObject({ pending: false, machine: doc.getMachine() });
    stop();
  });

  it('ignores notifications that do not change the machine, and stops listening on stop', () => {
    const doc = source(machineOf(2));
    let runs = 0;
    const { stop } = createAnalysisRunner(doc, { analyze: (m) => (runs++, analyze(m)) });
    doc.set(doc.getMachine());
    expect(runs).toBe(1);
    stop();
    doc.set(machineOf(4));
    expect(runs).toBe(1);
  });

  it('a drag (layout only) or a new machine name reuses the analysis without running the checks', () => {
    const doc = source(machineOf(3));
    let runs = 0;
    const { store, stop } = createAnalysisRunner(doc, { analyze: (m) => (runs++, analyze(m)) });
    const before = store.getState().analysis;
    const moved = { ...doc.getMachine(), name: 'Renamed', layout: { positions: new Map([['S0', { x: 10, y: 20 }]]) } };
    doc.set(moved);
    expect(runs).toBe(1);
    expect(store.getState()).toMatchObject({ machine: moved, analysis: before, pending: false });
    doc.set({ ...moved, transitions: moved.transitions.slice(1) });
    expect(runs).toBe(2);
    stop();
  });

  it('waits only for machines above the threshold', () => {
    expect(analysisDelay(machineOf(LARGE_MACHINE_STATES))).toBe(0);
    expect(analysisDelay(machineOf(LARGE_MACHINE_STATES + 1))).toBe(LARGE_MACHINE_DELAY_MS);
  });
});

describe('problem marks', () => {
  it('marks each named state and transition with its worst severity and every message', () => {
    const analysis: Analysis = {
      problems: [
        { code: 'unknown-state', severity: 'error', message: 'bad target', transition: 2 },
        { code: 'unreachable-state', severity: 'warning', message: 'unreachable', state: 'Lost' },
        { code: 'dead-end', severity: 'warning', message: 'stuck', state: 'Lost' },
        { code: 'unused-event', severity: 'info', message: 'unused', event: 'Ping' },
        { code: 'no-states', severity: 'error', message: 'empty' },
      ],
      stats: { states: 0, events: 0, transitions: 0, reachable: 0, finals: 0 },
    };
    const layer = problemLayer(analysis);
    expect([...(layer.states ?? [])]).toEqual([['Lost', { problem: 'warning', message: 'unreachable\nstuck' }]]);
    expect([...(layer.transitions ?? [])]).toEqual([[2, { problem: 'error', message: 'bad target' }]]);
  });

  it('keeps an error mark when a later problem of the same state is only a warning', () => {
    const analysis: Analysis = {
      problems: [
        { code: 'unknown-initial', severity: 'error', message: 'e', state: '__proto__' },
        { code: 'dead-end', severity: 'warning', message: 'w', state: '__proto__' },
      ],
      stats: { states: 0, events: 0, transitions: 0, reachable: 0, finals: 0 },
    };
    expect(problemLayer(analysis).states?.get('__proto__')).toEqual({ problem: 'error', message: 'e\nw' });
  });
});
