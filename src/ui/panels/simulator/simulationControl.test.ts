import { afterAll, describe, expect, it } from 'vitest';
import { restore, serialize, type Machine } from '../../../core/machine';
import { documentStore, viewStore } from '../../../store';
import { decorationsStore } from '../../canvas/decorations';
import { simulationStore } from './simulation';
import { enterSimulation, leaveSimulation, startFrom, toggleSimulation } from './simulationControl';
import { enabledEventsNow, simulatorActions } from './simulatorActions';

function machine(doc: object): Machine {
  const result = restore({ version: 1, ...doc });
  if (!result.ok) throw new Error('fixture does not restore');
  return result.machine;
}

const light = machine({
  name: 'Light',
  initial: 'Off',
  states: ['Off', 'On', { name: 'Broken', final: true }],
  transitions: [
    { from: 'Off', event: 'flip', to: 'On' },
    { from: 'On', event: 'flip', to: 'Off' },
    { from: 'On', event: 'smash', to: 'Broken' },
  ],
});

const stateMark = (name: string) => decorationsStore.getState().stateMarks.get(name);
const action = (id: string) => simulatorActions.find((a) => a.id === id)!;

describe('simulate mode, driven like the UI does', () => {
  afterAll(() => leaveSimulation());

  it('entering starts a session and marks the current state; leaving ends it and clears the marks', () => {
    documentStore.getState().open(light, { documentId: 'light' });
    enterSimulation();
    expect(viewStore.getState().mode).toBe('simulate');
    expect(viewStore.getState().sidebarTab).toBe('simulator');
    expect(simulationStore.getState().session?.current).toBe('Off');
    expect(stateMark('Off')).toMatchObject({ sim: 'current' });

    simulationStore.getState().fire('flip');
    expect(stateMark('On')).toMatchObject({ sim: 'current' });
    expect(stateMark('Off')?.sim).toBeUndefined();
    expect(decorationsStore.getState().transitionMarks.get(0)).toMatchObject({ sim: 'last-fired' });

    simulationStore.getState().setShowCoverage(true);
    expect(stateMark('Broken')).toMatchObject({ sim: 'unvisited' });
    expect(stateMark('Off')).toMatchObject({ sim: 'visited' });
    simulationStore.getState().setShowCoverage(false);

    toggleSimulation();
    expect(viewStore.getState().mode).toBe('edit');
    expect(simulationStore.getState().session).toBeNull();
    expect(stateMark('On')?.sim).toBeUndefined();
  });

  it('the number-key actions fire the nth enabled event, only while simulating', () => {
    documentStore.getState().open(light, { documentId: 'light' });
    expect(action('simulate.fire1').isEnabled?.()).toBe(false);
    enterSimulation();
    simulationStore.getState().fire('flip');
    expect(enabledEventsNow()).toEqual(['flip', 'smash']);
    expect(action('simulate.fire3').isEnabled?.()).toBe(false);
    action('simulate.fire2').run();
    expect(simulationStore.getState().session?.current).toBe('Broken');
    expect(action('simulate.fire1').isEnabled?.()).toBe(false);
    leaveSimulation();
  });

  it('a machine opened while simulating restarts the session on it; the document is never changed', () => {
    documentStore.getState().open(light, { documentId: 'light' });
    const before = serialize(documentStore.getState().history.present);
    enterSimulation();
    simulationStore.getState().fire('flip');
    startFrom('Broken');
    expect(simulationStore.getState().session).toMatchObject({ current: 'Broken', fromInitial: false });
    expect(serialize(documentStore.getState().history.present)).toBe(before);

    const other = machine({ initial: 'A', states: ['A'] });
    documentStore.getState().open(other, { documentId: 'other' });
    expect(simulationStore.getState().session).toMatchObject({ machine: other, current: 'A', trace: [] });

    const noInitial = machine({ states: ['A'] });
    documentStore.getState().open(noInitial, { documentId: 'none' });
    expect(simulationStore.getState().session).toBeNull();
    expect(simulationStore.getState().problem).toMatch(/no initial state/);
    leaveSimulation();
    expect(simulationStore.getState().problem).toBeUndefined();
  });
});
