/**
 * Start-up and autosave against a real library over an in-memory Storage:
 * first visit, restore, damaged data, new entries, deletion, start-up sources.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setMachineInfo } from '../../core/commands';
import { emptyMachine } from '../../core/machine';
import { createLibrary, machineKey, MemoryStorage } from '../../store/persistence';
import { documentStore, viewStore } from '../../store';
import { saveStatusStore } from './saveStatus';
import { listEntries, openAsNewEntry, peekEntry, removeEntry } from './session';
import { startSession } from './startup';

const serveExamples = () =>
  vi.fn(async (url: string) => {
    const file = String(url).replace(/^.*examples\//, '');
    return new Response(readFileSync(`public/examples/${decodeURIComponent(file)}`, 'utf8'));
  });

let storage: MemoryStorage;

beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('fetch', serveExamples());
  vi.useFakeTimers();
  viewStore.setState({ notices: [] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const present = () => documentStore.getState().history.present;

describe('startSession', () => {
  it('opens the vending machine for a first-time visitor, as a new saved entry', async () => {
    const library = createLibrary(storage);
    await startSession(library, []);
    expect(present().name).toBe('Vending machine');
    const id = documentStore.getState().documentId;
    expect(id).toBeDefined();
    expect(library.list().map((e) => e.id)).toEqual([id]);
    expect(library.currentId()).toBe(id);
  });

  it('saves every change shortly after it, and the next start restores it', async () => {
    await startSession(createLibrary(storage), []);
    const id = documentStore.getState().documentId!;
    documentStore.getState().apply((m) => setMachineInfo(m, { name: 'Kiosk' }));
    expect(saveStatusStore.getState().status.kind).toBe('saving');
    vi.advanceTimersByTime(500);
    expect(saveStatusStore.getState().status.kind).toBe('saved');

    documentStore.getState().open(emptyMachine('Elsewhere'));
    await startSession(createLibrary(storage), []);
    expect(documentStore.getState().documentId).toBe(id);
    expect(present().name).toBe('Kiosk');
  });

  it('reports damaged stored data, keeps it aside and still starts', async () => {
    const first = createLibrary(storage);
    await startSession(first, []);
    const id = documentStore.getState().documentId!;
    storage.setItem(machineKey(id), '{"version": 1, "states": [tru');

    await startSession(createLibrary(storage), []);
    const notice = viewStore.getState().notices.at(-1);
    expect(notice?.tone).toBe('error');
    expect(notice?.title).toMatch(/^Your saved machine 'Vending machine' could not be read: .+\. The unreadable data was kept aside as statewright:unreadable:/);
    const keptKey = notice?.title.match(/kept aside as (\S+)\.$/)?.[1];
    expect(keptKey && storage.getItem(keptKey)).toBe('{"version": 1, "states": [tru');
    expect(present().name).toBe('Vending machine');
    expect(documentStore.getState().documentId).not.toBe(id);
  });

  it('lets a start-up source open something else first', async () => {
    await startSession(createLibrary(storage), [
      () => {
        documentStore.getState().open(emptyMachine('From a link'), { readOnly: true });
        return true;
      },
    ]);
    expect(present().name).toBe('From a link');
    expect(createLibrary(storage).list()).toEqual([]);
  });
});

describe('entries', () => {
  it('opens new machines as new entries and, deleting the open one, opens the next', async () => {
    await startSession(createLibrary(storage), []);
    const vending = documentStore.getState().documentId!;
    openAsNewEntry(emptyMachine('Second'));
    const second = documentStore.getState().documentId!;
    expect(listEntries().map((e) => e.name).sort()).toEqual(['Second', 'Vending machine']);

    removeEntry(second);
    expect(documentStore.getState().documentId).toBe(vending);
    expect(listEntries().map((e) => e.id)).toEqual([vending]);
  });

  it('tells the user once when listing finds a damaged machine, whose text the library copies aside', async () => {
    await startSession(createLibrary(storage), []);
    openAsNewEntry(emptyMachine('Damaged'));
    const damaged = documentStore.getState().documentId!;
    openAsNewEntry(emptyMachine('Fine'));
    storage.setItem(machineKey(damaged), 'not json');

    const entry = listEntries().find((e) => e.id === damaged)!;
    expect(peekEntry(entry)).toBeUndefined();
    await Promise.resolve();
    expect(viewStore.getState().notices.filter((n) => n.tone === 'error')).toHaveLength(1);
    expect(viewStore.getState().notices.at(-1)?.title).toMatch(/^Your saved machine 'Damaged' could not be read: .*kept aside as statewright:unreadable:/);
    expect(peekEntry(entry)).toBeUndefined();
    // The entry stays listed (the user decides what to do with it); the copy protects its data.
    expect(listEntries().map((e) => e.name).sort()).toEqual(['Damaged', 'Fine', 'Vending machine']);
  });
});
