import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { deflateRawSync } from 'node:zlib';
import { restoreText, serialize, type Machine, type Point } from '../machine';
import { arbMachine, ADVERSARIAL_NAMES } from '../testing/arbitraries';
import { decodeShareFragment, encodeShareFragment, shareLink, SHARE_FORMAT } from './shareLink';
import { toBase64Url } from './base64url';

const HOSTILE = '<img src=x onerror=alert(1)>';
const texts = fc.constantFrom(...ADVERSARIAL_NAMES, HOSTILE, 'plain words', 'é\u0301', '\u2028', '"}]', 'x'.repeat(200));

/** arbMachine's machines, decorated with every optional field so the link must carry all of them. */
const arbFullMachine: fc.Arbitrary<Machine> = fc
  .record({
    machine: arbMachine({ adversarialNames: true, brokenReferences: true, guards: true, maxStates: 10 }),
    name: texts,
    description: fc.option(texts, { nil: undefined }),
    stateExtras: fc.array(fc.record({ description: fc.option(texts, { nil: undefined }), entry: fc.array(texts, { maxLength: 2 }), exit: fc.array(texts, { maxLength: 2 }) }), { minLength: 10, maxLength: 10 }),
    transitionExtras: fc.array(fc.record({ actions: fc.array(texts, { maxLength: 2 }), description: fc.option(texts, { nil: undefined }) }), { minLength: 30, maxLength: 30 }),
    eventDescription: fc.option(texts, { nil: undefined }),
    positions: fc.array(fc.option(fc.record({ x: fc.double({ min: -1e6, max: 1e6, noNaN: true }), y: fc.integer({ min: -5000, max: 5000 }) }), { nil: undefined }), { minLength: 10, maxLength: 10 }),
    direction: fc.constantFrom(undefined, 'RIGHT' as const, 'DOWN' as const),
    dropInitial: fc.boolean(),
  })
  .map(({ machine, name, description, stateExtras, transitionExtras, eventDescription, positions, direction, dropInitial }) => {
    const placed = new Map<string, Point>();
    machine.states.forEach((s, i) => {
      const point = positions[i];
      if (point) placed.set(s.name, point);
    });
    const { initial, ...rest } = machine;
    return {
      ...rest,
      ...(dropInitial || initial === undefined ? {} : { initial }),
      name,
      ...(description ? { description } : {}),
      states: machine.states.map((s, i) => {
        const extra = stateExtras[i]!;
        return { ...s, ...(extra.description ? { description: extra.description } : {}), ...(extra.entry.length ? { entry: extra.entry } : {}), ...(extra.exit.length ? { exit: extra.exit } : {}) };
      }),
      events: machine.events.map((e, i) => (i === 0 && eventDescription ? { ...e, description: eventDescription } : e)),
      transitions: machine.transitions.map((t, i) => {
        const extra = transitionExtras[i % 30]!;
        return { ...t, ...(extra.actions.length ? { actions: extra.actions } : {}), ...(extra.description ? { description: extra.description } : {}) };
      }),
      layout: direction ? { positions: placed, direction } : { positions: placed },
    } satisfies Machine;
  });

function machineOf(text: string): Machine {
  const result = restoreText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.machine;
}

const order = machineOf(
  JSON.stringify({
    version: 1,
    name: 'Order',
    initial: 'AwaitingPayment',
    states: [{ name: 'AwaitingPayment', entry: ['startPaymentTimer'] }, 'Paid', { name: 'Shipped', final: true }],
    transitions: [
      { from: 'AwaitingPayment', event: 'Pay', to: 'Paid', guard: 'amountPositive' },
      { from: 'Paid', event: 'Ship', to: 'Shipped' },
    ],
    layout: { states: { AwaitingPayment: { x: 0, y: 0 }, Paid: { x: 240.5, y: 10 } } },
  }),
);

async function decodeOk(fragment: string) {
  const decoded = await decodeShareFragment(fragment);
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded;
}

describe('share links', () => {
  test.prop([arbFullMachine, fc.option(fc.nat(), { nil: undefined })], { numRuns: 150 })(
    'decode(encode(m)) serialises to the same canonical bytes and keeps the selected state',
    async (machine, pick) => {
      const selected = pick === undefined || machine.states.length === 0 ? undefined : machine.states[pick % machine.states.length]!.name;
      const fragment = await encodeShareFragment(machine, selected === undefined ? {} : { selected });
      expect(fragment.startsWith(`${SHARE_FORMAT}.`)).toBe(true);
      expect(fragment).toMatch(/^m1\.[A-Za-z0-9_-]+$/);
      const decoded = await decodeOk(fragment);
      expect(serialize(decoded.machine)).toBe(serialize(machine));
      expect(decoded.selected).toBe(selected);
    },
    60_000,
  );

  test.prop([arbFullMachine, fc.nat()], { numRuns: 20 })('every proper prefix of a link fails with a message or decodes, and never throws', async (machine, seed) => {
    const fragment = await encodeShareFragment(machine);
    // All prefixes of short links; a spread sample of long ones keeps the run quick.
    const cuts = fragment.length <= 80 ? Array.from({ length: fragment.length }, (_, i) => i) : Array.from({ length: 80 }, (_, i) => (seed + i * 7919) % fragment.length);
    for (const cut of cuts) {
      const decoded = await decodeShareFragment(fragment.slice(0, cut));
      if (decoded.ok) expect(serialize(decoded.machine).length).toBeGreaterThan(0);
      else expect(decoded.message).toMatch(/^(The link|This is not a Statewright|The machine in this link).*Ask the sender/s);
    }
  }, 60_000);

  test.prop([fc.string({ maxLength: 300 })])('arbitrary text after # never throws', async (text) => {
    const decoded = await decodeShareFragment(text);
    expect(typeof decoded.ok).toBe('boolean');
  });

  test('a hostile state name travels as plain text', async () => {
    // Written as text: in an object literal, a "__proto__" key would set the prototype instead.
    const machine = machineOf(
      `{"version":1,"initial":${JSON.stringify(HOSTILE)},"states":[${JSON.stringify(HOSTILE)},"__proto__"],` +
        `"transitions":[{"from":${JSON.stringify(HOSTILE)},"event":"go","to":"__proto__"}],"layout":{"states":{"__proto__":{"x":1,"y":2}}}}`,
    );
    const decoded = await decodeOk(await encodeShareFragment(machine, { selected: HOSTILE }));
    expect(decoded.machine.states.map((s) => s.name)).toEqual([HOSTILE, '__proto__']);
    expect(decoded.machine.layout.positions.get('__proto__')).toEqual({ x: 1, y: 2 });
    expect(decoded.selected).toBe(HOSTILE);
  });

  test('shareLink puts the fragment after the base and replaces any fragment the base had', async () => {
    const fragment = await encodeShareFragment(order);
    expect(await shareLink(order, 'https://example.test/app/')).toBe(`https://example.test/app/#${fragment}`);
    expect(await shareLink(order, 'https://example.test/#old')).toBe(`https://example.test/#${fragment}`);
    expect((await decodeOk(`#${fragment}`)).machine.name).toBe('Order');
    expect((await decodeOk(` https://example.test/app/#${fragment}\n`)).machine.name).toBe('Order');
  });

  test('the same machine always gives the same link', async () => {
    expect(await encodeShareFragment(order, { selected: 'Paid' })).toBe(await encodeShareFragment(order, { selected: 'Paid' }));
  });

  test('the link is much shorter than the canonical document', async () => {
    const fragment = await encodeShareFragment(order);
    expect(fragment.length).toBeLessThan(serialize(order).length / 2);
  });
});

describe('share link failures say what happened and what to do', () => {
  async function messageOf(fragment: string): Promise<string> {
    const decoded = await decodeShareFragment(fragment);
    if (decoded.ok) throw new Error(`expected ${JSON.stringify(fragment)} to fail`);
    return decoded.message;
  }
  const payload = (json: string) => `m1.${toBase64Url(deflateRawSync(Buffer.from(json)))}`;

  test('an empty fragment', async () => {
    expect(await messageOf('')).toMatch(/no machine in it/);
    expect(await messageOf('#')).toMatch(/no machine in it/);
  });

  test('a newer link format names both formats', async () => {
    expect(await messageOf('m2.abcd')).toMatch(/newer Statewright \(link format m2\); this one reads format m1/);
  });

  test('something that is not a Statewright link', async () => {
    expect(await messageOf('section-2')).toMatch(/not a Statewright machine link/);
    expect(await messageOf('m0.abcd')).toMatch(/not a Statewright machine link/);
  });

  test('characters that base64url never has', async () => {
    expect(await messageOf('m1.ab%20cd')).toMatch(/contains "%" at position 6/);
  });

  test('truncated or corrupt deflate data', async () => {
    const fragment = await encodeShareFragment(order);
    expect(await messageOf(fragment.slice(0, -6))).toMatch(/incomplete or damaged/);
    expect(await messageOf('m1.A')).toMatch(/incomplete or damaged/);
    expect(await messageOf('m1.____')).toMatch(/incomplete or damaged/);
  });

  test('inflated data that is not JSON', async () => {
    expect(await messageOf(payload('not json'))).toMatch(/incomplete or damaged/);
  });

  test('JSON of the wrong shape names the part', async () => {
    expect(await messageOf(payload('{"a":1}'))).toMatch(/not in the expected shape at the document\./);
    expect(await messageOf(payload('["M",0,null,["A"],[],[[0],[0],[5]]]'))).toMatch(/not in the expected shape at transition 0\./);
    expect(await messageOf(payload('["M",0,null,["A"],[],[[0],[0]]]'))).toMatch(/not in the expected shape at the transitions\./);
    expect(await messageOf(payload('["M",0,7,["A"]]'))).toMatch(/not in the expected shape at the initial state\./);
  });

  test('a machine that restore refuses lists the paths', async () => {
    const message = await messageOf(payload('["M",0,null,["A","A",""]]'));
    expect(message).toMatch(/not valid/);
    expect(message).toMatch(/states\[1\]\.name: "A" is already the name of states\[0\]/);
    expect(message).toMatch(/states\[2\]\.name: a name cannot be empty/);
  });

  test('a decompression bomb is refused with the cap named', async () => {
    const bomb = `m1.${toBase64Url(deflateRawSync(Buffer.alloc(25 * 1024 * 1024, 0x20)))}`;
    expect(bomb.length).toBeLessThan(40_000);
    expect(await messageOf(bomb)).toMatch(/more than 20 MB/);
  }, 30_000);
});
