import { describe, expect, it } from 'vitest';
import { test as propertyTest, fc } from '@fast-check/vitest';
import { restore, restoreText, serialize, type Machine } from './index';

const order = {
  version: 1,
  name: 'Order',
  description: 'Lifecycle of a customer order',
  initial: 'AwaitingPayment',
  states: [
    { exit: ['stopPaymentTimer'], entry: ['startPaymentTimer'], name: 'AwaitingPayment' },
    'Paid',
    { final: true, description: 'Handed to the carrier', name: 'Shipped' },
  ],
  events: [{ name: 'Pay' }, { description: 'Warehouse confirms pickup', name: 'Ship' }],
  transitions: [
    { actions: ['charge'], guard: 'amountPositive', to: 'Paid', event: 'Pay', from: 'AwaitingPayment' },
    { from: 'Paid', event: 'Ship', to: 'Shipped' },
    { from: 'Paid', event: 'Cancel', to: 'AwaitingPayment', description: 'undeclared event' },
  ],
  layout: { states: { Shipped: { x: 400.123456, y: 0 }, AwaitingPayment: { x: 0, y: -0 } } },
};

describe('serialize: canonical bytes', () => {
  it('writes fixed key order, objects not shorthand, the whole alphabet, 2-space indent and a final newline', () => {
    const result = restore(order);
    if (!result.ok) throw new Error('fixture must restore');
    expect(serialize(result.machine)).toBe(`{
  "version": 1,
  "name": "Order",
  "description": "Lifecycle of a customer order",
  "initial": "AwaitingPayment",
  "states": [
    {
      "name": "AwaitingPayment",
      "entry": [
        "startPaymentTimer"
      ],
      "exit": [
        "stopPaymentTimer"
      ]
    },
    {
      "name": "Paid"
    },
    {
      "name": "Shipped",
      "description": "Handed to the carrier",
      "final": true
    }
  ],
  "events": [
    {
      "name": "Pay"
    },
    {
      "name": "Ship",
      "description": "Warehouse confirms pickup"
    },
    {
      "name": "Cancel"
    }
  ],
  "transitions": [
    {
      "from": "AwaitingPayment",
      "event": "Pay",
      "to": "Paid",
      "guard": "amountPositive",
      "actions": [
        "charge"
      ]
    },
    {
      "from": "Paid",
      "event": "Ship",
      "to": "Shipped"
    },
    {
      "from": "Paid",
      "event": "Cancel",
      "to": "AwaitingPayment",
      "description": "undeclared event"
    }
  ],
  "layout": {
    "states": {
      "AwaitingPayment": {
        "x": 0,
        "y": 0
      },
      "Shipped": {
        "x": 400.12,
        "y": 0
      }
    }
  }
}
`);
  });

  it('omits an empty layout', () => {
    const result = restore({ version: 1, states: ['A'], layout: {} });
    expect(result.ok && serialize(result.machine)).not.toContain('layout');
  });
});

// Any characters in names, including prototype keys, quotes, newlines and unicode.
const name = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'a"b', 'x\\y', 'two\nlines', '  ', '状態', '<img src=x onerror=alert(1)>'),
);
const actions = fc.array(name, { maxLength: 3 });
const optionalText = fc.option(fc.string({ maxLength: 20 }), { nil: undefined });

const arbDocument = fc
  .uniqueArray(name, { minLength: 1, maxLength: 8 })
  .chain((states) =>
    fc.record({
      version: fc.constant(1),
      name: fc.string({ maxLength: 20 }),
      description: optionalText,
      initial: fc.option(fc.constantFrom(...states), { nil: undefined }),
      states: fc.tuple(
        ...states.map((stateName) =>
          fc.record(
            { name: fc.constant(stateName), description: optionalText, final: fc.boolean(), entry: actions, exit: actions },
            { requiredKeys: ['name'] },
          ),
        ),
      ),
      events: fc.uniqueArray(name, { maxLength: 4 }),
      transitions: fc.array(
        fc.record(
          { from: fc.constantFrom(...states), event: fc.oneof(name, fc.constant('')), to: fc.oneof(fc.constantFrom(...states), name), guard: fc.oneof(name, fc.constant('')), actions, description: optionalText },
          { requiredKeys: ['from', 'to', 'event'] },
        ),
        { maxLength: 12 },
      ),
      layout: fc.record({
        states: fc.dictionary(fc.constantFrom(...states), fc.record({ x: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), y: fc.integer() })),
      }),
    }),
  )
  .map((doc) => JSON.parse(JSON.stringify(doc)) as unknown);

describe('serialize/restore round trip', () => {
  // restore() accepts any finite coordinate, so canonical output must stay restorable for all of them.
  propertyTest.prop([fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(1e307, -1.7976931348623157e308, 1e13 + 0.005, 123456789.125)])(
    'positions of any finite size restore from canonical output to the same bytes',
    (x, y) => {
      const first = restore({ version: 1, states: ['A'], layout: { states: { A: { x, y } } } });
      expect(first.ok).toBe(true);
      if (!first.ok) return;
      const bytes = serialize(first.machine);
      const second = restoreText(bytes);
      expect(second.ok).toBe(true);
      if (second.ok) expect(serialize(second.machine)).toBe(bytes);
    },
  );

  propertyTest.prop([arbDocument], { numRuns: 300 })('restoring canonical output and serialising again gives the same bytes', (doc) => {
    const first = restore(doc);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const bytes = serialize(first.machine);
    expect(serialize(first.machine)).toBe(bytes);
    const second = restoreText(bytes);
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    expect(serialize(second.machine)).toBe(bytes);
    expectSameMeaning(second.machine, first.machine);
  });
});

function expectSameMeaning(a: Machine, b: Machine): void {
  expect(a.states).toEqual(b.states);
  expect(a.transitions).toEqual(b.transitions);
  expect(a.initial).toEqual(b.initial);
}
