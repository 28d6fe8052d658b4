import { describe, expect, it } from 'vitest';
import ELK from 'elkjs';
import type { Machine, Point } from '../core/machine';
import { randomMachine } from '../core/testing/randomMachine';
import { tinyMachine } from '../core/testing/tinyMachine';
import { estimatedSizes } from './estimatedSizes';
import { elkGraph, LARGE_MACHINE_STATES } from './elkGraph';
import { fitZoom, READABLE_ZOOM } from './fitZoom';
import { layoutMachine } from './layoutMachine';
import type { LayoutResult, LayoutSizes, Size } from './types';

const elk = new ELK();

interface Box {
  readonly what: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const box = (what: string, at: Point, size: Size): Box => ({ what, x: at.x, y: at.y, width: size.width, height: size.height });
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every pair of boxes (states and labels) that overlaps, by name, so a failure says which. */
function overlaps(machine: Machine, sizes: LayoutSizes, result: LayoutResult): string[] {
  const boxes: Box[] = [];
  for (const state of machine.states) boxes.push(box(`state ${state.name}`, result.positions.get(state.name)!, sizes.states.get(state.name)!));
  for (const [index, at] of result.labels) boxes.push(box(`label ${index}`, at, sizes.labels.get(index)!));
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i]!, boxes[j]!)) found.push(`${boxes[i]!.what} / ${boxes[j]!.what}`);
  }
  return found;
}

async function laidOut(machine: Machine, direction: 'RIGHT' | 'DOWN' = 'RIGHT') {
  const sizes = estimatedSizes(machine);
  const result = await layoutMachine(elk, machine, sizes, { direction });
  return { sizes, result };
}

const tricky = tinyMachine({
  initial: 'Idle',
  states: ['Idle', 'Running', 'Paused', 'Done'],
  finals: ['Done'],
  transitions: [
    ['Idle', 'start', 'Running'],
    ['Idle', 'start', 'Running', 'fast'], // parallel
    ['Running', 'pause', 'Paused'],
    ['Paused', 'resume', 'Running'], // opposite
    ['Running', 'tick', 'Running'], // self-loops
    ['Running', 'tock', 'Running'],
    ['Paused', 'nudge', 'Paused'],
    ['Running', 'finish', 'Done'],
  ],
});

// In-process ELK is compiled Java and slow to warm up, more so on a busy machine.
describe('layoutMachine', { timeout: 120_000 }, () => {
  it('places every state, label and route of self-loops, parallel and opposite transitions without overlaps', async () => {
    for (const direction of ['RIGHT', 'DOWN'] as const) {
      const { sizes, result } = await laidOut(tricky, direction);
      expect([...result.positions.keys()]).toEqual(['Idle', 'Running', 'Paused', 'Done']);
      expect([...result.labels.keys()].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      expect([...result.routes.keys()].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      expect(overlaps(tricky, sizes, result)).toEqual([]);
    }
  });

  it('leaves no overlapping states or labels on random machines', async () => {
    for (const seed of [1, 2]) {
      const machine = randomMachine(seed, 15, { guards: true });
      const { sizes, result } = await laidOut(machine);
      expect(result.positions.size).toBe(15);
      expect(overlaps(machine, sizes, result)).toEqual([]);
    }
  });

  it('leaves no overlaps on a machine large enough for the faster options', async () => {
    const machine = randomMachine(4, LARGE_MACHINE_STATES + 20);
    const { sizes, result } = await laidOut(machine);
    expect(result.positions.size).toBe(LARGE_MACHINE_STATES + 20);
    expect(overlaps(machine, sizes, result)).toEqual([]);
  });

  it('uses measured sizes: a wide label pushes layers apart', async () => {
    const machine = tinyMachine({ initial: 'A', transitions: [['A', 'go', 'B']] });
    const narrow = estimatedSizes(machine);
    const wide: LayoutSizes = { states: narrow.states, labels: new Map([[0, { width: 400, height: 22 }]]) };
    const a = await layoutMachine(elk, machine, narrow, { direction: 'RIGHT' });
    const b = await layoutMachine(elk, machine, wide, { direction: 'RIGHT' });
    const gap = (r: LayoutResult) => r.positions.get('B')!.x - r.positions.get('A')!.x;
    expect(gap(b) - gap(a)).toBeGreaterThanOrEqual(400 - narrow.labels.get(0)!.width);
  });

  it('follows the direction', async () => {
    const chain = tinyMachine({ initial: 'A', transitions: [['A', 'go', 'B'], ['B', 'go', 'C']] });
    const right = (await laidOut(chain, 'RIGHT')).result.positions;
    const down = (await laidOut(chain, 'DOWN')).result.positions;
    expect(right.get('A')!.x).toBeLessThan(right.get('B')!.x);
    expect(right.get('B')!.x).toBeLessThan(right.get('C')!.x);
    expect(down.get('A')!.y).toBeLessThan(down.get('B')!.y);
    expect(down.get('B')!.y).toBeLessThan(down.get('C')!.y);
  });

  it('wraps a process too long for one window, so it fits at a readable zoom', async () => {
    const names = Array.from({ length: 14 }, (_, i) => `Step ${i + 1}`);
    const process = tinyMachine({ initial: 'Step 1', states: names, transitions: names.slice(1).map((n, i) => [names[i]!, 'next', n] as const) });
    for (const direction of ['RIGHT', 'DOWN'] as const) {
      const { sizes, result } = await laidOut(process, direction);
      const zoom = fitZoom([...result.positions].map(([name, at]) => ({ at, size: sizes.states.get(name)! })));
      expect(zoom, direction).toBeGreaterThanOrEqual(READABLE_ZOOM);
      expect(overlaps(process, sizes, result)).toEqual([]);
    }
  });

  it('gives the same result for the same input, also from a fresh ELK instance', async () => {
    const machine = randomMachine(9, 15);
    const sizes = estimatedSizes(machine);
    const first = await layoutMachine(elk, machine, sizes, { direction: 'RIGHT' });
    const second = await layoutMachine(elk, machine, sizes, { direction: 'RIGHT' });
    const fresh = await layoutMachine(new ELK(), machine, sizes, { direction: 'RIGHT' });
    expect(second).toEqual(first);
    expect(fresh).toEqual(first);
  });

  it('skips transitions that name unknown states and still places every state', async () => {
    const machine = tinyMachine({ initial: 'A', states: ['A', 'B'], transitions: [['A', 'go', 'B'], ['A', 'lost', 'Nowhere'], ['Ghost', 'x', 'B']] });
    const { sizes, result } = await laidOut(machine);
    expect([...result.positions.keys()]).toEqual(['A', 'B']);
    expect([...result.labels.keys()]).toEqual([0]);
    expect(overlaps(machine, sizes, result)).toEqual([]);
  });

  it('lays out an empty machine as nothing, and a lone state', async () => {
    const empty = await laidOut(tinyMachine({}));
    expect(empty.result.positions.size).toBe(0);
    const lone = await laidOut(tinyMachine({ initial: 'Only' }));
    expect([...lone.result.positions.keys()]).toEqual(['Only']);
  });

  it('trades model order for speed only on large machines', () => {
    const options = (states: number) => elkGraph(randomMachine(3, states), estimatedSizes(randomMachine(3, states)), { direction: 'RIGHT' }).graph.layoutOptions!;
    expect(options(LARGE_MACHINE_STATES)['elk.layered.considerModelOrder.strategy']).toBe('NODES_AND_EDGES');
    expect(options(LARGE_MACHINE_STATES + 1)['elk.layered.considerModelOrder.strategy']).toBe('NONE');
    expect(options(LARGE_MACHINE_STATES + 1)['elk.layered.thoroughness']).toBe('1');
  });

  it('never shows user names to ELK, so names that look like ids map back correctly', async () => {
    const names = ['s1', 'root', '__proto__', 't0', 's0', '<img src=x onerror=alert(1)>'];
    const machine = tinyMachine({ initial: 's1', states: names, transitions: names.map((n, i) => [n, 'go', names[(i + 1) % names.length]!] as const) });
    const { graph } = elkGraph(machine, estimatedSizes(machine), { direction: 'RIGHT' });
    const text = JSON.stringify(graph);
    expect(text).not.toContain('__proto__');
    expect(text).not.toContain('<img');
    expect(graph.children!.map((c) => c.id)).toEqual(['s0', 's1', 's2', 's3', 's4', 's5']);
    expect(graph.edges!.map((e) => [e.id, ...e.sources, ...e.targets, e.labels![0]!.id, e.labels![0]!.text])).toEqual(
      names.map((_, i) => [`t${i}`, `s${i}`, `s${(i + 1) % names.length}`, `l${i}`, `l${i}`]),
    );
    const { sizes, result } = await laidOut(machine);
    expect([...result.positions.keys()]).toEqual(names);
    expect(overlaps(machine, sizes, result)).toEqual([]);
  });
});
