import { describe, expect, it } from 'vitest';
import { emptyMachine, type Machine } from '../core/machine';
import { createDocumentStore, selectCanRedo, selectCanUndo, type CommandOutcome } from './documentStore';

const rename =
  (name: string) =>
  (m: Machine): CommandOutcome => ({ ok: true, machine: { ...m, name } });
const move =
  (x: number) =>
  (m: Machine): CommandOutcome => ({ ok: true, machine: { ...m, layout: { positions: new Map([['A', { x, y: 0 }]]) } } });
const refuse = (): CommandOutcome => ({ ok: false, reason: 'no' });

describe('document store', () => {
  it('applies commands as undo steps and redoes them', () => {
    const store = createDocumentStore(emptyMachine());
    store.getState().apply(rename('One'));
    store.getState().apply(rename('Two'));
    expect(store.getState().history.present.name).toBe('Two');
    store.getState().undo();
    expect(store.getState().history.present.name).toBe('One');
    store.getState().redo();
    expect(store.getState().history.present.name).toBe('Two');
  });

  it('records a drag as one step', () => {
    const start = emptyMachine();
    const store = createDocumentStore(start);
    for (let x = 0; x < 10; x++) store.getState().apply(move(x), 'drag:1');
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().history.present).toBe(start);
  });

  it('records nothing for a refused command', () => {
    const store = createDocumentStore(emptyMachine());
    expect(store.getState().apply(refuse)).toEqual({ ok: false, reason: 'no' });
    expect(selectCanUndo(store.getState())).toBe(false);
  });

  it('refuses every edit when read-only', () => {
    const store = createDocumentStore(emptyMachine(), { readOnly: true });
    const outcome = store.getState().apply(rename('X'));
    expect(outcome.ok).toBe(false);
    store.getState().replace({ ...emptyMachine(), name: 'Y' });
    expect(store.getState().history.present.name).toBe('Untitled');
  });

  it('opening another document starts a fresh history', () => {
    const store = createDocumentStore(emptyMachine());
    store.getState().apply(rename('One'));
    store.getState().open(emptyMachine('Other'), { documentId: 'b' });
    expect(store.getState().documentId).toBe('b');
    expect(selectCanUndo(store.getState())).toBe(false);
    expect(selectCanRedo(store.getState())).toBe(false);
  });

  it('replace is undoable', () => {
    const store = createDocumentStore(emptyMachine('Mine'));
    store.getState().replace(emptyMachine('Pasted'));
    store.getState().undo();
    expect(store.getState().history.present.name).toBe('Mine');
  });
});
