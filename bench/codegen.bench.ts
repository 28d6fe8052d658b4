/**
 * Event throughput of the generated TypeScript module (`--to ts`), against a
 * hand-written `switch` and XState v5 `actor.send`, on the same machine and the
 * same pre-generated walk of legal events (guards all true, actions no-ops).
 *
 * Targets: the generated module within 2× of the hand-written switch, and at
 * least 20× faster than XState. XState replays a prefix of the walk (it is much
 * slower); times are compared per event.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateTypeScript } from '../src/core/codegen/typescript';
import { generateXState } from '../src/core/codegen/xstate';
import { actionNames, guardNames, restoreText, type Machine } from '../src/core/machine';
import { transitionIndex } from '../src/core/simulate';
import { seededRandom, randomInt } from '../src/core/simulate/seededRandom';
import { randomMachine } from '../src/core/testing/randomMachine';
import { handWrittenSwitch } from './handWrittenSwitch';
import { medianTime, printTable, verdict } from './measure';

const WALK_LENGTH = 1_000_000;
const XSTATE_EVENTS = 50_000;

interface Sender {
  send(event: string): unknown;
  readonly state: unknown;
}

/**
 * A walk of `length` legal events from the initial state, with guards all true
 * (so the first transition of each state and event fires), that never enters a
 * state from which it could not go on.
 */
function legalWalk(machine: Machine, length: number, seed: number): string[] {
  const index = transitionIndex(machine);
  const finals = new Set(machine.states.filter((s) => s.final).map((s) => s.name));
  const moves = new Map<string, [string, string][]>();
  for (const state of machine.states) {
    if (finals.has(state.name)) continue;
    moves.set(state.name, [...(index.get(state.name) ?? [])].map(([event, list]) => [event, list[0]!.transition.to]));
  }
  // States that can go on forever: repeatedly drop states with no move into a remaining state.
  const alive = new Set(moves.keys());
  for (let changed = true; changed; ) {
    changed = false;
    for (const state of alive) {
      if (!moves.get(state)!.some(([, to]) => alive.has(to))) {
        alive.delete(state);
        changed = true;
      }
    }
  }
  let state = machine.initial!;
  if (!alive.has(state)) throw new Error(`${machine.name}: the initial state cannot take ${length} events in a row`);
  const random = seededRandom(seed);
  const walk: string[] = [];
  while (walk.length < length) {
    const options = moves.get(state)!.filter(([, to]) => alive.has(to));
    const [event, to] = options[randomInt(random, options.length)]!;
    walk.push(event);
    state = to;
  }
  return walk;
}

// Inside the repository, so the XState module resolves `xstate` from node_modules.
const scratch = join(import.meta.dirname, '../node_modules/.cache/statewright-bench');

async function importSource<Module>(fileName: string, source: string): Promise<Module> {
  mkdirSync(scratch, { recursive: true });
  const path = join(scratch, fileName);
  writeFileSync(path, source);
  return (await import(pathToFileURL(path).href)) as Module;
}

function implementations(machine: Machine) {
  const guards = Object.fromEntries(guardNames(machine).map((name) => [name, () => true]));
  const actions = Object.fromEntries(actionNames(machine).map((name) => [name, () => {}]));
  return { guards, actions };
}

function replay(create: () => Sender, walk: readonly string[], count = walk.length): unknown {
  const machine = create();
  for (let i = 0; i < count; i++) machine.send(walk[i]!);
  return machine.state;
}

async function measure(label: string, machine: Machine, seed: number) {
  const stem = label.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const walk = legalWalk(machine, WALK_LENGTH, seed);
  const { guards, actions } = implementations(machine);

  const generated = await importSource<{ createMachine: (options: object) => Sender }>(`${stem}.machine.mts`, generateTypeScript(machine));
  const handWritten = await importSource<{ createHandWritten: (options: object) => Sender }>(`${stem}.switch.mts`, handWrittenSwitch(machine));
  const xstateModule = await importSource<{ machine: { provide: (o: object) => unknown } }>(`${stem}.xstate.mjs`, generateXState(machine));
  const { createActor } = await import('xstate');
  const xstateMachine = xstateModule.machine.provide({ guards, actions }) as Parameters<typeof createActor>[0];
  const createXState = (): Sender => {
    const actor = createActor(xstateMachine).start();
    return { send: (type) => actor.send({ type }), get state() { return actor.getSnapshot().value; } };
  };

  const createGenerated = () => generated.createMachine({ guards, actions });
  const createHand = () => handWritten.createHandWritten({ guards, actions });
  // The three must agree on where the walk ends, or the comparison is meaningless.
  const ends = [replay(createGenerated, walk, XSTATE_EVENTS), replay(createHand, walk, XSTATE_EVENTS), replay(createXState, walk, XSTATE_EVENTS)];
  if (new Set(ends).size !== 1) throw new Error(`${label}: implementations disagree on the end state: ${ends.join(', ')}`);

  const generatedMs = medianTime(() => replay(createGenerated, walk), 9, 3);
  const handMs = medianTime(() => replay(createHand, walk), 9, 3);
  const xstateMs = medianTime(() => replay(createXState, walk, XSTATE_EVENTS), 5, 1);
  const perEvent = {
    generated: (generatedMs * 1e6) / WALK_LENGTH,
    hand: (handMs * 1e6) / WALK_LENGTH,
    xstate: (xstateMs * 1e6) / XSTATE_EVENTS,
  };
  const eventsPerSecond = (ns: number) => Math.round(1e9 / ns).toLocaleString('en-US');
  const size = `${machine.states.length} states, ${machine.transitions.length} transitions`;
  console.log(`\n${label} (${size}; ${WALK_LENGTH.toLocaleString('en-US')} events, XState ${XSTATE_EVENTS.toLocaleString('en-US')})\n`);
  printTable(
    ['implementation', 'median ns/event', 'events/s'],
    [
      ['generated module', perEvent.generated.toFixed(1), eventsPerSecond(perEvent.generated)],
      ['hand-written switch', perEvent.hand.toFixed(1), eventsPerSecond(perEvent.hand)],
      ['XState v5 actor.send', perEvent.xstate.toFixed(1), eventsPerSecond(perEvent.xstate)],
    ],
  );
  const versusHand = perEvent.generated / perEvent.hand;
  const versusXState = perEvent.xstate / perEvent.generated;
  console.log('');
  printTable(
    ['target', 'measured', 'verdict'],
    [
      ['generated within 2× of hand-written switch', `${versusHand.toFixed(2)}× the switch's time`, verdict(versusHand <= 2)],
      ['generated ≥ 20× faster than XState', `${versusXState.toFixed(1)}× faster`, verdict(versusXState >= 20)],
    ],
  );
}

export async function run(): Promise<void> {
  const tcpPath = join(import.meta.dirname, '../public/examples/tcp-connection.fsm.json');
  const tcp = restoreText(readFileSync(tcpPath, 'utf8'));
  if (!tcp.ok) throw new Error(`${tcpPath}: ${JSON.stringify(tcp.problems)}`);
  await measure('TCP connection', tcp.machine, 1);
  await measure('Random 50-state machine', randomMachine(50, 50, { guards: true, transitionsPerState: 4, events: 10 }), 2);
}
