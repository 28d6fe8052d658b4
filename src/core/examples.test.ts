/**
 * The examples in public/examples are what a first-time visitor sees, so they
 * must be canonical documents, listed in index.json, and clean under every
 * check of SPEC section 2.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from './analysis';
import { restoreText, serialize, type Machine } from './machine';
import { step, type GuardOracle } from './simulate';

const folder = join(__dirname, '..', '..', 'public', 'examples');
const index = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8')) as { file: string; title: string; summary: string }[];

function load(file: string): { text: string; machine: Machine } {
  const text = readFileSync(join(folder, file), 'utf8');
  const result = restoreText(text);
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.problems)}`);
  return { text, machine: result.machine };
}

/** Sends events in order from the initial state and returns the states visited. */
function run(machine: Machine, events: readonly string[], guards?: GuardOracle): string[] {
  const visited = [machine.initial!];
  for (const event of events) {
    const result = step(machine, visited.at(-1)!, event, guards);
    if (result.kind !== 'fired') throw new Error(`${event} in ${visited.at(-1)} was rejected: ${result.reason}`);
    visited.push(result.to);
  }
  return visited;
}

describe('examples', () => {
  it('index.json lists exactly the example files, each with a title and a summary', () => {
    const files = readdirSync(folder).filter((f) => f.endsWith('.fsm.json')).sort();
    expect(index.map((e) => e.file).sort()).toEqual(files);
    expect(files).toEqual(['order-workflow.fsm.json', 'tcp-connection.fsm.json', 'vending-machine.fsm.json']);
    for (const entry of index) {
      expect(entry.title.length).toBeGreaterThan(0);
      expect(entry.summary.length).toBeGreaterThan(20);
    }
  });

  describe.each(index)('$file', ({ file, title }) => {
    const { text, machine } = load(file);

    it('is canonical: restoring and serialising gives the same bytes', () => {
      expect(serialize(machine)).toBe(text);
    });

    it('is named like its index entry and describes the machine, its states and its events', () => {
      expect(machine.name).toBe(title);
      expect(machine.description).toBeTruthy();
      for (const state of machine.states) expect(state.description, state.name).toBeTruthy();
      for (const event of machine.events) expect(event.description, event.name).toBeTruthy();
    });

    it('has a position for every state, with room between the boxes for edge labels', () => {
      const boxes = machine.states.map((s) => ({ name: s.name, at: machine.layout.positions.get(s.name) }));
      for (const box of boxes) expect(box.at, box.name).toBeDefined();
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const apart = Math.abs(a.at!.x - b.at!.x) >= 160 + 120 || Math.abs(a.at!.y - b.at!.y) >= 56 + 100;
          expect(apart, `${a.name} and ${b.name} are too close`).toBe(true);
        }
      }
    });

    it('has no problems of any severity', () => {
      expect(analyze(machine).problems).toEqual([]);
    });
  });

  it('vending machine: buy an item, and get a refund', () => {
    const { machine } = load('vending-machine.fsm.json');
    expect(run(machine, ['InsertCoin', 'SelectItem', 'Dispense'])).toEqual(['Idle', 'HasCoin', 'Dispensing', 'Idle']);
    expect(run(machine, ['InsertCoin', 'Refund'])).toEqual(['Idle', 'HasCoin', 'Idle']);
    const soldOut = run(machine, ['InsertCoin', 'SelectItem'], (guard) => guard !== 'inStock');
    expect(soldOut).toEqual(['Idle', 'HasCoin', 'HasCoin']);
    const buy = step(machine, 'HasCoin', 'SelectItem');
    expect(buy.kind === 'fired' && machine.transitions[buy.transition]!.guard).toBe('inStock');
  });

  it('TCP connection: open actively, close first, and wait out TIME_WAIT', () => {
    const { machine } = load('tcp-connection.fsm.json');
    expect(run(machine, ['ActiveOpen', 'RcvSynAck', 'Close', 'RcvAckOfFin', 'RcvFin', 'Timeout2MSL'])).toEqual([
      'CLOSED', 'SYN_SENT', 'ESTABLISHED', 'FIN_WAIT_1', 'FIN_WAIT_2', 'TIME_WAIT', 'CLOSED',
    ]);
    expect(run(machine, ['PassiveOpen', 'RcvSyn', 'RcvAckOfSyn', 'RcvFin', 'Close', 'RcvAckOfFin'])).toEqual([
      'CLOSED', 'LISTEN', 'SYN_RECEIVED', 'ESTABLISHED', 'CLOSE_WAIT', 'LAST_ACK', 'CLOSED',
    ]);
    expect(machine.states.map((s) => s.name)).toEqual([
      'CLOSED', 'LISTEN', 'SYN_SENT', 'SYN_RECEIVED', 'ESTABLISHED', 'FIN_WAIT_1', 'FIN_WAIT_2', 'CLOSE_WAIT', 'CLOSING', 'LAST_ACK', 'TIME_WAIT',
    ]);
  });

  it('order workflow: pay after a declined card, ship, deliver and get a refund', () => {
    const { machine } = load('order-workflow.fsm.json');
    let declines = 1;
    const payment: GuardOracle = (guard) => (guard === 'paymentAuthorized' ? declines-- <= 0 : true);
    expect(run(machine, ['Checkout', 'PaymentReceived', 'PaymentReceived', 'StartPacking', 'Ship', 'Deliver', 'RequestRefund', 'ApproveRefund'], payment)).toEqual([
      'Draft', 'AwaitingPayment', 'AwaitingPayment', 'Paid', 'Packing', 'Shipped', 'Delivered', 'RefundRequested', 'Refunded',
    ]);
    expect(step(machine, 'Delivered', 'RequestRefund', () => false).kind).toBe('rejected');
  });
});
