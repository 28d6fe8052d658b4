/**
 * Auto-layout time (issue 5): elkjs in-process in Node, on random machines of 50,
 * 200 and 500 states (3 transitions per state, the generator the other benches
 * use), with the app's layout options. States are 160 × 56 px (canvas.css) and
 * labels are sized from their text, as the canvas would measure them.
 *
 * The baseline, timed in the same run on the same graph, is ELK without edge
 * labels: the ratio is what giving labels real room costs. In the browser the
 * same work runs in a Web Worker, so the editor stays usable meanwhile.
 */
import ELK from 'elkjs';
import type { Machine } from '../src/core/machine';
import { randomMachine } from '../src/core/testing/randomMachine';
import { elkGraph, estimatedLabelSize, layoutMachine, type LayoutSizes } from '../src/layout';
import { formatMs, medianTimeAsync, printTable } from './measure';

const SIZES = [50, 200, 500];
const SEED = 7;
const STATE_SIZE = { width: 160, height: 56 } as const;
/** Runs per size: a 500-state layout takes long enough that one run per variant is what a shared machine allows. */
const RUNS = new Map([
  [50, 5],
  [200, 3],
  [500, 1],
]);

function sizesFor(machine: Machine): LayoutSizes {
  return {
    states: new Map(machine.states.map((s) => [s.name, STATE_SIZE])),
    labels: new Map(machine.transitions.map((t, i) => [i, estimatedLabelSize(t)])),
  };
}

export async function run(): Promise<void> {
  const elk = new ELK();
  // One warm-up for the JIT, on the smallest machine, so larger sizes need none of their own.
  const warmUp = randomMachine(SEED + 1, SIZES[0]!);
  await layoutMachine(elk, warmUp, sizesFor(warmUp), { direction: 'RIGHT' });
  const rows: (string | number)[][] = [];
  for (const size of SIZES) {
    const machine = randomMachine(SEED, size, { guards: true });
    const sizes = sizesFor(machine);
    const runs = RUNS.get(size) ?? 1;
    const withLabels = await medianTimeAsync(() => layoutMachine(elk, machine, sizes, { direction: 'RIGHT' }), runs, 0);
    const { graph } = elkGraph(machine, sizes, { direction: 'RIGHT' });
    const unlabelled = () => elk.layout({ ...graph, edges: graph.edges!.map(({ labels: _labels, ...edge }) => edge) });
    const withoutLabels = await medianTimeAsync(unlabelled, runs, 0);
    rows.push([size, machine.transitions.length, formatMs(withLabels), formatMs(withoutLabels), (withLabels / withoutLabels).toFixed(2), `${runs}`]);
  }
  console.log('elkjs layered layout in Node (in-process): median of the runs, after one warm-up layout.\n');
  printTable(['states', 'transitions', 'with labels', 'baseline: no labels', 'ratio', 'runs'], rows);
}
