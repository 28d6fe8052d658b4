import { describe, expect, it, vi } from 'vitest';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { tinyMachine } from '../core/testing/tinyMachine';
import { estimatedSizes } from './estimatedSizes';
import { createLayoutClient, isLayoutAbort, type LayoutProgress, type WorkerElk } from './layoutClient';

const machine = tinyMachine({ initial: 'A', transitions: [['A', 'go', 'B']] });
const sizes = estimatedSizes(machine);
const RIGHT = { direction: 'RIGHT' } as const;

/** An ELK stand-in whose layouts finish when the test says so; it places node i at x = 100 i. */
function fakeElk() {
  const pending: (() => void)[] = [];
  const instance = {
    terminated: false,
    layout: vi.fn(
      (graph: ElkNode) =>
        new Promise<ElkNode>((resolve) => {
          pending.push(() => resolve({ ...graph, children: graph.children!.map((c, i) => ({ ...c, x: 100 * i, y: 0 })) }));
        }),
    ),
    terminateWorker() {
      instance.terminated = true;
    },
  };
  const finishAll = () => pending.splice(0).forEach((finish) => finish());
  return { instance: instance as typeof instance & WorkerElk, finishAll };
}

/** Waits until the fake has been asked for `count` layouts. */
async function layoutsRequested(elk: { layout: { mock: { calls: unknown[] } } }, count: number) {
  await vi.waitFor(() => expect(elk.layout.mock.calls.length).toBe(count));
}

describe('layout client', () => {
  it('starts ELK once, on first use, reports phases, and reuses an idle worker', async () => {
    const fake = fakeElk();
    const start = vi.fn(async () => fake.instance);
    const client = createLayoutClient(start);
    expect(start).not.toHaveBeenCalled();
    const phases: LayoutProgress['phase'][] = [];
    const first = client.requestLayout(machine, sizes, RIGHT, { onProgress: (p) => phases.push(p.phase) });
    await layoutsRequested(fake.instance, 1);
    fake.finishAll();
    expect((await first).positions).toEqual(new Map([['A', { x: 0, y: 0 }], ['B', { x: 100, y: 0 }]]));
    expect(phases[0]).toBe('loading');
    expect(phases.at(-1)).toBe('done');
    expect(phases).toContain('layout');

    const second = client.requestLayout(machine, sizes, RIGHT);
    await layoutsRequested(fake.instance, 2);
    fake.finishAll();
    await second;
    expect(start).toHaveBeenCalledTimes(1);
    expect(fake.instance.terminated).toBe(false);
  });

  it('reports the elapsed time while a long layout runs', async () => {
    const fake = fakeElk();
    const client = createLayoutClient(async () => fake.instance);
    const progress: LayoutProgress[] = [];
    const request = client.requestLayout(machine, sizes, RIGHT, { onProgress: (p) => progress.push(p) });
    await layoutsRequested(fake.instance, 1);
    await new Promise((resolve) => setTimeout(resolve, 700));
    fake.finishAll();
    await request;
    const during = progress.filter((p) => p.phase === 'layout');
    expect(during.length).toBeGreaterThanOrEqual(3);
    expect(progress.at(-1)!.elapsedMs).toBeGreaterThanOrEqual(600);
    expect(progress.map((p) => p.elapsedMs)).toEqual([...progress.map((p) => p.elapsedMs)].sort((a, b) => a - b));
  });

  it('a newer request ends a running one: the old promise rejects as an abort and the busy worker is replaced', async () => {
    const workers = [fakeElk(), fakeElk()];
    let started = 0;
    const client = createLayoutClient(async () => workers[started++]!.instance);
    const older = client.requestLayout(machine, sizes, RIGHT);
    await layoutsRequested(workers[0]!.instance, 1);
    const newer = client.requestLayout(machine, sizes, { direction: 'DOWN' });
    const olderError = await older.catch((error: unknown) => error);
    expect(isLayoutAbort(olderError)).toBe(true);
    expect(String((olderError as Error).message)).toMatch(/newer layout request replaced this one/);
    await vi.waitFor(() => expect(workers[0]!.instance.terminated).toBe(true));
    await layoutsRequested(workers[1]!.instance, 1);
    workers[1]!.finishAll();
    expect((await newer).direction).toBe('DOWN');
    expect(started).toBe(2);
  });

  it('an aborted signal cancels the request, before or during the layout', async () => {
    const fake = fakeElk();
    const client = createLayoutClient(async () => fake.instance);
    const before = new AbortController();
    before.abort();
    expect(isLayoutAbort(await client.requestLayout(machine, sizes, RIGHT, { signal: before.signal }).catch((e: unknown) => e))).toBe(true);

    const during = new AbortController();
    const request = client.requestLayout(machine, sizes, RIGHT, { signal: during.signal });
    await layoutsRequested(fake.instance, 1);
    during.abort();
    expect(isLayoutAbort(await request.catch((e: unknown) => e))).toBe(true);
    await vi.waitFor(() => expect(fake.instance.terminated).toBe(true));
  });

  it('a failed start is reported and retried on the next request', async () => {
    const fake = fakeElk();
    let attempts = 0;
    const client = createLayoutClient(async () => {
      if (attempts++ === 0) throw new Error('worker script could not be loaded');
      return fake.instance;
    });
    await expect(client.requestLayout(machine, sizes, RIGHT)).rejects.toThrow(/could not be loaded/);
    const retry = client.requestLayout(machine, sizes, RIGHT);
    await layoutsRequested(fake.instance, 1);
    fake.finishAll();
    expect((await retry).positions.size).toBe(2);
  });
});
