/**
 * Large, already laid-out machines for the UI benchmark and the large-machine
 * end-to-end test. Contract: the same (size, seed) always gives the same bytes;
 * every state has a grid position, so the editor never needs auto-layout; about
 * three transitions leave each state, mostly to grid neighbours (short edges, as
 * in a laid-out diagram) with a few long jumps, self-loops and parallel arrows
 * so custom edge code is exercised; every state is reachable from the initial one.
 */
import { restore, serialize, type Machine } from '../../src/core/machine';

/** Benchmark sizes, in states. */
export const BENCH_SIZES = [100, 300, 1000] as const;

/** Grid spacing in px: wide enough that default 150 px nodes and labels do not overlap. */
export const GRID_X = 260;
export const GRID_Y = 140;

export interface LargeMachine {
  readonly machine: Machine;
  /** Canonical `*.fsm.json` text, what File → Open reads. */
  readonly text: string;
  readonly stateCount: number;
  readonly transitionCount: number;
}

/** The same graph as plain React Flow nodes and edges, for the bare baseline page. */
export interface FlowGraph {
  readonly nodes: ReadonlyArray<{ id: string; position: { x: number; y: number }; data: { label: string } }>;
  readonly edges: ReadonlyArray<{ id: string; source: string; target: string; label: string }>;
}

const EVENTS = [
  'submit', 'approve', 'reject', 'retry', 'cancel', 'timeout', 'confirm', 'ship', 'deliver', 'refund',
  'escalate', 'resolve', 'pause', 'resume', 'archive', 'reopen', 'assign', 'review', 'publish', 'expire',
];
const WORDS = ['Awaiting', 'Pending', 'Review', 'Approved', 'Queued', 'Shipping', 'Billing', 'Audit', 'Hold', 'Ready', 'Closing', 'Draft'];

/**
 * Builds a deterministic machine of `stateCount` states on a square grid.
 * @example largeMachine(1000).text // '{\n  "version": 1,\n  "name": "Large 1000", …'
 */
export function largeMachine(stateCount: number, seed = 1): LargeMachine {
  const random = mulberry32(seed * 7919 + stateCount);
  const columns = Math.ceil(Math.sqrt(stateCount));
  const names = Array.from({ length: stateCount }, (_, i) => `${WORDS[i % WORDS.length]} ${String(i).padStart(4, '0')}`);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

  const states = names.map((name, i) => (i === stateCount - 1 ? { name, final: true } : { name }));
  const transitions: Array<{ from: string; event: string; to: string; guard?: string; actions?: string[] }> = [];
  const neighbour = (i: number): number => {
    const row = Math.floor(i / columns) + Math.floor(random() * 3) - 1;
    const column = (i % columns) + Math.floor(random() * 3) - 1;
    const j = Math.max(0, Math.min(stateCount - 1, row * columns + column));
    return j;
  };
  for (let i = 0; i < stateCount - 1; i++) {
    // Distinct events per source so no transition is shadowed.
    const events = shuffled(EVENTS, random).slice(0, 3);
    transitions.push({ from: names[i]!, event: events[0]!, to: names[i + 1]!, actions: [`log${i % 7}`] });
    const roll = random();
    const second = roll < 0.05 ? i : roll < 0.1 ? Math.floor(random() * stateCount) : neighbour(i);
    transitions.push({ from: names[i]!, event: events[1]!, to: names[second]!, ...(random() < 0.3 ? { guard: `allowed${i % 5}` } : {}) });
    // One in ten sources gets a parallel arrow to the same target as its first transition.
    const third = random() < 0.1 ? i + 1 : neighbour(i);
    transitions.push({ from: names[i]!, event: events[2]!, to: names[third]! });
  }

  const layoutStates = Object.create(null) as Record<string, { x: number; y: number }>;
  names.forEach((name, i) => {
    layoutStates[name] = { x: (i % columns) * GRID_X, y: Math.floor(i / columns) * GRID_Y };
  });
  const document = {
    version: 1,
    name: `Large ${stateCount}`,
    description: `Generated benchmark machine, ${stateCount} states, seed ${seed}`,
    initial: names[0],
    states,
    events: EVENTS.map((name) => ({ name })),
    transitions,
    layout: { states: layoutStates },
  };
  const restored = restore(document);
  if (!restored.ok) throw new Error(`largeMachine(${stateCount}) built an invalid document: ${JSON.stringify(restored.problems.slice(0, 3))}`);
  return { machine: restored.machine, text: serialize(restored.machine), stateCount, transitionCount: transitions.length };
}

/** The machine as default React Flow nodes and edges at the same positions. */
export function toFlowGraph(machine: Machine): FlowGraph {
  return {
    nodes: machine.states.map((state) => ({
      id: state.name,
      position: machine.layout.positions.get(state.name) ?? { x: 0, y: 0 },
      data: { label: state.name },
    })),
    edges: machine.transitions.map((transition, index) => ({
      id: `t${index}`,
      source: transition.from,
      target: transition.to,
      label: transition.event,
    })),
  };
}

function shuffled<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A small, well-known seeded generator: the benchmark must not depend on Math.random. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
