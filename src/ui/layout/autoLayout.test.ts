import { beforeEach, describe, expect, it, vi } from 'vitest';
import { machineFrom } from '../../core/testing/machineFrom';
import type { Point } from '../../core/machine';
import { addState } from '../../core/commands';
import { documentStore, selectCanUndo } from '../../store';

/** The ELK half is replaced by a layout the test releases when it wants: the orchestration is what is tested. */
let pending: ((positions: Map<string, Point>) => void) | undefined;
vi.mock('./computeLayout', () => ({
  computeLayout: () => new Promise<Map<string, Point>>((resolve) => (pending = resolve)),
}));

/** Waits until the layout has been asked for, then answers it. */
async function release(positions: Map<string, Point>): Promise<void> {
  await vi.waitFor(() => expect(pending).toBeDefined());
  const answer = pending!;
  pending = undefined;
  answer(positions);
}
const { autoLayout } = await import('./autoLayout');

const placed = machineFrom({
  version: 1,
  initial: 'A',
  states: ['A', 'B'],
  transitions: [{ from: 'A', event: 'go', to: 'B' }],
  layout: { states: { A: { x: 0, y: 0 }, B: { x: 10, y: 0 } } },
});
const unplaced = machineFrom({ version: 1, initial: 'A', states: ['A', 'B'], transitions: [{ from: 'A', event: 'go', to: 'B' }] });
const laidOut = () =>
  new Map([
    ['A', { x: 0, y: 0 }],
    ['B', { x: 300, y: 0 }],
  ]);

beforeEach(() => documentStore.getState().open(placed, { documentId: 'doc-1' }));

describe('autoLayout', () => {
  it('applies the user’s layout as one undo step and remembers the direction', async () => {
    const running = autoLayout('DOWN');
    await release(laidOut());
    expect(await running).toBe('applied');
    const machine = documentStore.getState().history.present;
    expect(machine.layout.positions.get('B')).toEqual({ x: 300, y: 0 });
    expect(machine.layout.direction).toBe('DOWN');
    documentStore.getState().undo();
    expect(documentStore.getState().history.present).toBe(placed);
  });

  it('drops an answer computed for a machine the user has edited since', async () => {
    const running = autoLayout('RIGHT');
    await vi.waitFor(() => expect(pending).toBeDefined());
    documentStore.getState().apply((m) => addState(m, { name: 'C', position: { x: 0, y: 200 } }));
    const edited = documentStore.getState().history.present;
    await release(laidOut());
    expect(await running).toBe('stale');
    expect(documentStore.getState().history.present).toBe(edited);
  });

  it('lays out a freshly opened document as part of opening: same entry, nothing to undo', async () => {
    documentStore.getState().open(unplaced, { documentId: 'doc-2' });
    const running = autoLayout('RIGHT', 'missing');
    await release(laidOut());
    expect(await running).toBe('applied');
    const state = documentStore.getState();
    expect(state.history.present.layout.positions.size).toBe(2);
    expect(state.documentId).toBe('doc-2');
    expect(selectCanUndo(state)).toBe(false);
  });

  it('keeps a shared machine read-only when it is laid out on opening', async () => {
    documentStore.getState().open(unplaced, { readOnly: true });
    const running = autoLayout('RIGHT', 'missing');
    await release(laidOut());
    expect(await running).toBe('applied');
    expect(documentStore.getState().readOnly).toBe(true);
    expect(documentStore.getState().history.present.layout.positions.size).toBe(2);
  });

  it('joins the layout to the paste that brought the states, so one undo returns to the machine before it', async () => {
    documentStore.getState().replace(unplaced);
    const running = autoLayout('RIGHT', 'missing');
    await release(laidOut());
    expect(await running).toBe('applied');
    expect(documentStore.getState().history.present.layout.positions.get('B')).toEqual({ x: 300, y: 0 });
    documentStore.getState().undo();
    expect(documentStore.getState().history.present).toBe(placed);
  });
});
