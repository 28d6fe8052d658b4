/**
 * Analysis speed (issue 3). For random machines of 1,000, 10,000 and 100,000
 * states (3 transitions per non-final state, 8 events) it times, in the same run:
 *
 * - `analyze`: every SPEC section 2 check, from the plain `Machine` (name lookups,
 *   shadowing, forward and reverse adjacency, two searches, all passes, messages);
 * - a bare breadth-first search, prepared the way analyze has to prepare it: a
 *   Map from state names to indices, both ends of every transition resolved
 *   through it, compressed adjacency built, one BFS from the initial state. No
 *   shadowing, no reverse graph, no other pass;
 * - our `shortestPaths` (the "how do I get here" tree, including its graph);
 * - `getShortestPaths` of @xstate/graph on an XState v5 machine built from the same
 *   table (building that machine is not timed, which favours XState).
 *
 * Each run gets a fresh shallow copy of the machine, so the per-machine graph
 * cache never hides the preparation cost.
 */
import { createMachine } from 'xstate';
import { getShortestPaths } from '@xstate/graph';
import { analyze, shortestPaths } from '../src/core/analysis';
import { buildAdjacency } from '../src/core/analysis/adjacency';
import { breadthFirst } from '../src/core/analysis/breadthFirst';
import type { Machine } from '../src/core/machine';
import { randomMachine } from '../src/core/testing/randomMachine';
import { formatMs, median, medianTime, printTable, verdict } from './measure';

const SIZES = [1_000, 10_000, 100_000];
/** XState is skipped at a size when the previous size, scaled linearly, predicts more than this for one run. */
const XSTATE_BUDGET_MS = 60_000;

/**
 * Times the contenders in alternation, round after round, because the machine is
 * shared and its load changes by the second: each ratio is the median of the
 * ratios within a round, so both sides of it saw the same load.
 */
function interleaved(contenders: readonly (() => unknown)[], rounds: number, warmup: number): { medians: number[]; rounds: number[][] } {
  for (let w = 0; w < warmup; w++) for (const fn of contenders) fn();
  const times: number[][] = [];
  for (let r = 0; r < rounds; r++) {
    times.push(
      contenders.map((fn) => {
        const start = performance.now();
        fn();
        return performance.now() - start;
      }),
    );
  }
  return { medians: contenders.map((_, i) => median(times.map((round) => round[i]!))), rounds: times };
}

function bareBreadthFirst(machine: Machine): number {
  const indexOf = new Map<string, number>();
  machine.states.forEach((state, i) => indexOf.set(state.name, i));
  const count = machine.transitions.length;
  const from = new Int32Array(count);
  const to = new Int32Array(count);
  const include = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const t = machine.transitions[i]!;
    from[i] = indexOf.get(t.from) ?? -1;
    to[i] = indexOf.get(t.to) ?? -1;
    include[i] = from[i]! >= 0 && to[i]! >= 0 ? 1 : 0;
  }
  const initial = indexOf.get(machine.initial!)!;
  return breadthFirst(buildAdjacency(machine.states.length, from, to, include), machine.states.length, [initial]).reachedCount;
}

function toXState(machine: Machine) {
  const states: Record<string, { type?: 'final'; on?: Record<string, { target: string }[]> }> = {};
  for (const state of machine.states) states[state.name] = state.final ? { type: 'final' } : { on: {} };
  for (const t of machine.transitions) {
    const on = states[t.from]!.on!;
    (on[t.event] ??= []).push({ target: t.to });
  }
  return createMachine({ id: 'bench', initial: machine.initial!, states });
}

export async function run(): Promise<void> {
  const rows: (string | number)[][] = [];
  const ratios: { size: number; bfs: number; xstate?: number }[] = [];
  let lastXState: { size: number; ms: number } | undefined;
  for (const size of SIZES) {
    const machine = randomMachine(20260, size);
    const elements = machine.states.length + machine.transitions.length;
    const rounds = size >= 100_000 ? 7 : 15;
    const stats = analyze(machine).stats;
    const timed = interleaved([() => analyze({ ...machine }), () => bareBreadthFirst({ ...machine }), () => shortestPaths({ ...machine })], rounds, size >= 100_000 ? 1 : 10);
    const [analyzeMs, bfsMs, pathsMs] = timed.medians as [number, number, number];
    const bfsRatio = median(timed.rounds.map(([a, b]) => a! / b!));

    let xstateMs: number | undefined;
    const predicted = lastXState ? lastXState.ms * (size / lastXState.size) : 0;
    if (predicted <= XSTATE_BUDGET_MS) {
      const xmachine = toXState(machine);
      let paths = 0;
      xstateMs = medianTime(() => (paths = getShortestPaths(xmachine).length), size >= 10_000 ? 1 : 3, size >= 10_000 ? 0 : 1);
      if (paths !== stats.reachable) console.log(`note: XState found ${paths} paths, analyze ${stats.reachable} reachable states at ${size}`);
      lastXState = { size, ms: xstateMs };
    }
    ratios.push({ size, bfs: bfsRatio, ...(xstateMs !== undefined ? { xstate: xstateMs / analyzeMs } : {}) });
    rows.push([
      size.toLocaleString('en'),
      machine.transitions.length.toLocaleString('en'),
      `${stats.reachable.toLocaleString('en')}`,
      formatMs(analyzeMs),
      `${((analyzeMs * 1e6) / elements).toFixed(0)} ns`,
      formatMs(bfsMs),
      `${bfsRatio.toFixed(2)}×`,
      formatMs(pathsMs),
      xstateMs === undefined ? `skipped (~${formatMs(predicted)} predicted)` : formatMs(xstateMs),
      xstateMs === undefined ? '–' : `${(xstateMs / analyzeMs).toFixed(0)}×`,
    ]);
  }
  printTable(
    ['states', 'transitions', 'reachable', 'analyze', 'per state+transition', 'bare BFS', 'analyze / BFS (median per round)', 'shortestPaths', 'XState getShortestPaths', 'XState / analyze'],
    rows,
  );

  const typing = randomMachine(7, 1_000);
  const typingMs = medianTime(() => analyze({ ...typing }), 21, 5);

  const largest = ratios.at(-1)!;
  const comparedWithXState = ratios.filter((r) => r.xstate !== undefined);
  console.log('');
  printTable(
    ['target', 'measured', 'verdict'],
    [
      ['analyze within 3× of bare BFS at 100,000 states', `${largest.bfs.toFixed(2)}×`, verdict(largest.bfs <= 3)],
      [
        `analyze ≥ 10× faster than XState getShortestPaths (at ${comparedWithXState.map((r) => r.size.toLocaleString('en')).join(', ')} states)`,
        comparedWithXState.map((r) => `${r.xstate!.toFixed(0)}×`).join(', '),
        verdict(comparedWithXState.length > 0 && comparedWithXState.every((r) => r.xstate! >= 10)),
      ],
      ['analysis on the typing path: analyze, 1,000 states', formatMs(typingMs), typingMs < 8 ? 'fits in half a 60 Hz frame' : 'too slow for a keystroke: run it debounced or in a worker'],
    ],
  );
}
