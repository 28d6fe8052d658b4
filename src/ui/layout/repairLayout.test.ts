import { describe, expect, it } from 'vitest';
import { machineFrom } from '../../core/testing/machineFrom';
import ELK from 'elkjs';
import { readFileSync } from 'node:fs';
import { restoreText, type Machine, type Point } from '../../core/machine';
import { importMachine } from '../../core/import';
import { estimatedSizes, layoutMachine } from '../../layout';
import { layoutCollisions, repairLayout } from './repairLayout';
import { withLoopRoom, withoutLoopRoom } from './loopRoom';
import { placeNearNeighbours } from './placeNearNeighbours';
import { layoutCommand } from './layoutCommand';

const chain = machineFrom({
  version: 1,
  initial: 'A',
  states: ['A', 'B', 'C'],
  transitions: [
    { from: 'A', event: 'next', to: 'B' },
    { from: 'B', event: 'next', to: 'C' },
    { from: 'C', event: 'back to the start', to: 'A' },
  ],
});
const inALine = new Map<string, Point>([
  ['A', { x: 0, y: 0 }],
  ['B', { x: 300, y: 0 }],
  ['C', { x: 600, y: 0 }],
]);
const sizes = estimatedSizes(chain);

describe('layoutCollisions', () => {
  it('finds the label of a long arrow drawn across the state in between', () => {
    expect(layoutCollisions(chain, inALine, sizes)).toContainEqual({ kind: 'label-state', label: 2, state: 'B' });
  });

  it('finds overlapping boxes', () => {
    const stacked = new Map(inALine).set('B', { x: 20, y: 10 });
    expect(layoutCollisions(chain, stacked, sizes)).toContainEqual({ kind: 'state-state', a: 'A', b: 'B' });
  });
});

describe('repairLayout', () => {
  it('moves a state off the arrow that crossed it, and leaves pinned states alone', () => {
    const repaired = repairLayout(chain, inALine, sizes, { pinned: new Set(['A', 'C']), budgetMs: 2000 });
    expect(layoutCollisions(chain, repaired, sizes)).toEqual([]);
    expect(repaired.get('A')).toEqual(inALine.get('A'));
    expect(repaired.get('C')).toEqual(inALine.get('C'));
    expect(repaired.get('B')).not.toEqual(inALine.get('B'));
  });

  const samples: [string, () => Machine][] = [
    ['the TCP example', () => restoreOk(readFileSync('public/examples/tcp-connection.fsm.json', 'utf8'))],
    ['the order example', () => restoreOk(readFileSync('public/examples/order-workflow.fsm.json', 'utf8'))],
    ['an imported Mermaid door', () => importOk(readFileSync('src/core/import/__fixtures__/mermaid-door.mmd', 'utf8'))],
    ['an imported SCXML microwave', () => importOk(readFileSync('src/core/import/__fixtures__/scxml-microwave.scxml', 'utf8'))],
  ];
  for (const [name, load] of samples) {
    for (const direction of ['RIGHT', 'DOWN'] as const) {
      it(`leaves no overlap in ${name} laid out ${direction}`, async () => {
        const machine = load();
        const measured = estimatedSizes(machine);
        const room = withLoopRoom(machine, measured);
        const result = await layoutMachine(new ELK(), machine, room.sizes, { direction });
        const repaired = repairLayout(machine, withoutLoopRoom(result.positions, room), measured, { budgetMs: 5000 });
        expect(layoutCollisions(machine, repaired, measured)).toEqual([]);
      });
    }
  }
});

describe('withLoopRoom', () => {
  it('grows a state with a self-loop upwards by the loop and its label, and shifts the answer back', () => {
    const looped = machineFrom({ version: 1, initial: 'A', states: ['A'], transitions: [{ from: 'A', event: 'tick', to: 'A' }] });
    const room = withLoopRoom(looped, estimatedSizes(looped));
    const grown = room.sizes.states.get('A')!;
    expect(grown.height).toBeGreaterThan(56 + 45);
    expect(withoutLoopRoom(new Map([['A', { x: 0, y: 0 }]]), room).get('A')).toEqual(room.offsets.get('A'));
  });
});

describe('placeNearNeighbours', () => {
  it('puts a new state after its placed predecessor without moving or covering anything', () => {
    const partial: Machine = { ...chain, layout: { positions: new Map([...inALine].filter(([name]) => name !== 'B')) } };
    const placed = placeNearNeighbours(partial, sizes, new Map(), 'RIGHT');
    expect([...placed.keys()]).toEqual(['B']);
    const b = placed.get('B')!;
    expect(b.x).toBeGreaterThan(160);
    for (const point of partial.layout.positions.values()) {
      expect(Math.abs(point.x - b.x) >= 160 || Math.abs(point.y - b.y) >= 56).toBe(true);
    }
  });
});

describe('layoutCommand', () => {
  it('moves states and remembers the direction in one command', () => {
    const outcome = layoutCommand(inALine, 'DOWN')(chain);
    expect(outcome.ok && outcome.machine.layout.direction).toBe('DOWN');
    expect(outcome.ok && outcome.machine.layout.positions.get('C')).toEqual({ x: 600, y: 0 });
  });
});

function restoreOk(text: string): Machine {
  const restored = restoreText(text);
  if (!restored.ok) throw new Error('example does not restore');
  return restored.machine;
}

function importOk(text: string): Machine {
  const imported = importMachine(text);
  if (!imported.ok) throw new Error('fixture does not import');
  return imported.machine;
}
