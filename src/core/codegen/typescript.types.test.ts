/**
 * The generated module type-checks under the strictest settings whatever the
 * names are, and its types reject the mistakes SPEC section 5 promises to catch.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, vi } from 'vitest';
import { restoreText, type Machine } from '../machine';
import { adversarialMachine } from './__fixtures__/adversarialMachines';
import { formatDiagnostics, typeCheck } from './__fixtures__/compileTypeScript';
import { generateTypeScript } from './typescript';

// Each test type-checks a whole program in-process, which is slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const fixtures = join(import.meta.dirname, '__fixtures__');
const examples = join(import.meta.dirname, '../../../public/examples');

function machineFrom(path: string): Machine {
  const result = restoreText(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`${path}: ${JSON.stringify(result.problems)}`);
  return result.machine;
}

function exampleFiles(): string[] {
  try {
    return readdirSync(examples).filter((f) => f.endsWith('.fsm.json')).sort();
  } catch {
    return [];
  }
}

describe('the generated module type-checks', () => {
  test('for the fixtures, with every strict option', () => {
    const files = new Map([
      ['order.machine.ts', generateTypeScript(machineFrom(join(fixtures, 'order.fsm.json')))],
      ['adversarial.machine.ts', generateTypeScript(machineFrom(join(fixtures, 'adversarial.fsm.json')))],
    ]);
    expect(formatDiagnostics(typeCheck(files))).toBe('');
  });

  test.skipIf(exampleFiles().length === 0)('for every example in public/examples', () => {
    const files = new Map(exampleFiles().map((f) => [f.replace('.fsm.json', '.machine.ts'), generateTypeScript(machineFrom(join(examples, f)))]));
    expect(formatDiagnostics(typeCheck(files))).toBe('');
  });

  // One program per run, holding several machines, because each program re-checks the standard library.
  test.prop([fc.array(adversarialMachine(), { minLength: 6, maxLength: 6 })], { numRuns: 5, endOnFailure: true })(
    'for random machines with adversarial names',
    (machines) => {
      const files = new Map(machines.map((m, i) => [`m${i}.ts`, generateTypeScript(m)]));
      expect(formatDiagnostics(typeCheck(files))).toBe('');
    },
  );
});

describe('the types catch mistakes', () => {
  const order = generateTypeScript(machineFrom(join(fixtures, 'order.fsm.json')));
  const adversarial = generateTypeScript(machineFrom(join(fixtures, 'adversarial.fsm.json')));
  const prelude = `import { createMachine, type Actions, type Guards } from './order.machine';
export const guards: Guards = { amountPositive: () => true };
export const actions: Actions = { startPaymentTimer: () => {}, stopPaymentTimer: () => {}, charge: ({ from, event, to }) => void [from, event, to] };
`;
  const statementLine = 4;

  /** Type-checks `consumer` against a module saved as order.machine.ts: the diagnostics of the consumer only. */
  function consumerDiagnostics(consumer: string, module = order) {
    return typeCheck(new Map([['order.machine.ts', module], ['consumer.ts', consumer]])).filter((d) => d.file === 'consumer.ts');
  }

  test('a correct consumer compiles', () => {
    const consumer = `${prelude}const machine = createMachine({ guards, actions });
import { parseState, type State } from './order.machine';
const next: State = machine.send('Pay');
const resumed = createMachine({ guards, actions, state: parseState('Paid') });
export const summary = [next, resumed.state, machine.can('Ship'), machine.subscribe(({ from, event, to }) => void [from, event, to])];
`;
    expect(formatDiagnostics(consumerDiagnostics(consumer))).toBe('');
  });

  const mistakes: [string, string][] = [
    ['a wrong event in send', `createMachine({ guards, actions }).send('Shpi');`],
    ['a wrong event in can', `createMachine({ guards, actions }).can('Shpi');`],
    ['a missing guard', `createMachine({ guards: {}, actions });`],
    ['a missing action', `createMachine({ guards, actions: { startPaymentTimer: () => {}, charge: () => {} } });`],
    ['an extra guard', `createMachine({ guards: { amountPositive: () => true, amountNegative: () => false }, actions });`],
    ['an extra action', `createMachine({ guards, actions: { ...actions, refund: () => {} } });`],
    ['no options when guards and actions are needed', `createMachine();`],
    ['a state name that does not exist', `createMachine({ guards, actions, state: 'Shiped' });`],
    ['a start action reading `from` as if it were always there', `createMachine({ guards, actions: { ...actions, startPaymentTimer: ({ from }) => { const s: string = from; void s; } } });`],
  ];

  test.each(mistakes)('%s is a type error', (_, statement) => {
    const diagnostics = consumerDiagnostics(`${prelude}${statement}\n`);
    expect(diagnostics.length, 'expected a type error').toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.line === statementLine), formatDiagnostics(diagnostics)).toBe(true);
  });

  test('adversarial names are required keys, and a missing one is an error', () => {
    const guards = `{ ["constructor"]: () => true, ["__proto__"]: () => false, "a b": () => true, "\\ud800": () => true }`;
    const actions = `{ ["constructor"]: () => {}, toString: () => {}, ["__proto__"]: () => {}, "a b": () => {}, valueOf: () => {}, "*/": () => {}, "\${x}": () => {}, "a-b": () => {}, "a_b": () => {} }`;
    const ok = `import { createMachine } from './order.machine';\nexport const m = createMachine({ guards: ${guards}, actions: ${actions} });\nm.send("hasOwnProperty"); m.send("undeclared \\u0000 event");\n`;
    expect(formatDiagnostics(consumerDiagnostics(ok, adversarial))).toBe('');
    const missing = ok.replace('["__proto__"]: () => false, ', '');
    expect(consumerDiagnostics(missing, adversarial).length).toBeGreaterThan(0);
  });

  test('a machine without guards and actions needs no options', () => {
    const plain = generateTypeScript({ ...machineFrom(join(fixtures, 'order.fsm.json')), transitions: [{ from: 'AwaitingPayment', event: 'Pay', to: 'Paid' }], states: [{ name: 'AwaitingPayment' }, { name: 'Paid', final: true }] });
    const consumer = `import { createMachine } from './order.machine';\nexport const state = createMachine().send('Pay');\n`;
    expect(formatDiagnostics(consumerDiagnostics(consumer, plain))).toBe('');
  });

  test('options always have guards and actions: empty records are accepted where the machine uses none, extra names are not', () => {
    const base = machineFrom(join(fixtures, 'order.fsm.json'));
    const states = [{ name: 'A' }, { name: 'B', final: true as const }];
    const guardsOnly = generateTypeScript({ ...base, initial: 'A', states, transitions: [{ from: 'A', event: 'go', to: 'B', guard: 'ok' }] });
    const actionsOnly = generateTypeScript({ ...base, initial: 'A', states, transitions: [{ from: 'A', event: 'go', to: 'B', actions: ['log'] }] });
    const plain = generateTypeScript({ ...base, initial: 'A', states, transitions: [{ from: 'A', event: 'go', to: 'B' }] });
    const uses = (module: string, call: string) => consumerDiagnostics(`import { createMachine } from './order.machine';\nexport const m = createMachine(${call});\n`, module);
    expect(formatDiagnostics(uses(guardsOnly, '{ guards: { ok: () => true }, actions: {} }'))).toBe('');
    expect(formatDiagnostics(uses(guardsOnly, '{ guards: { ok: () => true } }'))).toBe('');
    expect(formatDiagnostics(uses(actionsOnly, '{ guards: {}, actions: { log: () => {} } }'))).toBe('');
    expect(formatDiagnostics(uses(plain, '{ guards: {}, actions: {} }'))).toBe('');
    expect(formatDiagnostics(uses(plain, '{}'))).toBe('');
    expect(uses(plain, '{ guards: { ok: () => true } }').length, 'an extra guard is a type error').toBeGreaterThan(0);
    expect(uses(guardsOnly, '{ guards: { ok: () => true }, actions: { log: () => {} } }').length, 'an extra action is a type error').toBeGreaterThan(0);
  });
});
