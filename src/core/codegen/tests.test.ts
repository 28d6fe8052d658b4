/**
 * The generated test file passes against the generated module (and type-checks
 * with it), for the fixtures and every example; and it fails against a module
 * that behaves differently, so it is not a test that cannot fail.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, test } from 'vitest';
import { restoreText, type Machine } from '../machine';
import { strictCompilerOptions } from './__fixtures__/compileTypeScript';
import { fileStem } from './index';
import { testCases } from './testCases';
import { generateTests } from './tests';
import { generateTypeScript } from './typescript';

const repository = resolve(import.meta.dirname, '../../..');
const fixtures = join(import.meta.dirname, '__fixtures__');
const examples = join(repository, 'public/examples');

function machineFrom(path: string): Machine {
  const result = restoreText(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`${path}: ${JSON.stringify(result.problems)}`);
  return result.machine;
}

const machines: Machine[] = [
  machineFrom(join(fixtures, 'order.fsm.json')),
  machineFrom(join(fixtures, 'adversarial.fsm.json')),
  ...(() => {
    try {
      return readdirSync(examples).filter((f) => f.endsWith('.fsm.json')).sort().map((f) => machineFrom(join(examples, f)));
    } catch {
      return [];
    }
  })(),
];

const directories: string[] = [];
afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

/** A temporary project: each machine's module and test file, with the repository's node_modules linked in. */
function project(files: ReadonlyMap<string, string>): string {
  const directory = mkdtempSync(join(tmpdir(), 'statewright-tests-'));
  directories.push(directory);
  symlinkSync(join(repository, 'node_modules'), join(directory, 'node_modules'), 'dir');
  for (const [name, text] of files) writeFileSync(join(directory, name), text);
  return directory;
}

function runVitest(directory: string) {
  const vitest = join(repository, 'node_modules/vitest/vitest.mjs');
  return spawnSync(process.execPath, [vitest, 'run', '--root', directory, '--reporter', 'dot', '--no-color'], {
    cwd: directory,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

function moduleAndTests(machine: Machine, module = generateTypeScript(machine)): [string, string][] {
  const stem = fileStem(machine.name);
  return [
    [`${stem}.machine.ts`, module],
    [`${stem}.machine.test.ts`, generateTests(machine)],
  ];
}

describe('the generated test file', () => {
  test('passes against the generated module and type-checks with it', () => {
    const directory = project(new Map(machines.flatMap((m) => moduleAndTests(m))));
    const program = ts.createProgram({
      rootNames: readdirSync(directory).filter((f) => f.endsWith('.ts')).map((f) => join(directory, f)),
      options: { ...strictCompilerOptions, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'] },
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.formatDiagnostic(d, ts.createCompilerHost({})));
    expect(diagnostics.join('\n')).toBe('');
    const run = runVitest(directory);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`Test Files\\s+${machines.length} passed`));
  }, 180_000);

  test('fails against a module whose machine sends a transition elsewhere', () => {
    const order = machines[0]!;
    const changed: Machine = { ...order, transitions: order.transitions.map((t, i) => (i === 1 ? { ...t, to: 'Paid' } : t)) };
    const directory = project(new Map(moduleAndTests(order, generateTypeScript(changed))));
    const run = runVitest(directory);
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toContain('"Paid" --"Ship"--> "Shipped"');
  }, 180_000);
});

describe('testCases', () => {
  const machine: Machine = {
    ...machines[0]!,
    transitions: [
      { from: 'AwaitingPayment', event: 'Pay', to: 'Paid', guard: 'big' },
      { from: 'AwaitingPayment', event: 'Pay', to: 'Shipped', guard: 'big' },
      { from: 'AwaitingPayment', event: 'Pay', to: 'AwaitingPayment' },
      { from: 'AwaitingPayment', event: 'Pay', to: 'Shipped' },
      { from: 'Shipped', event: 'Pay', to: 'Paid' },
    ],
  };
  const cases = testCases(machine);

  test('finds the guard answers that fire each transition, and what can never fire alone', () => {
    expect(cases.transitions.map((c) => [c.index, c.trueGuards, c.falseGuards])).toEqual([
      [0, ['big'], []],
      [2, [], ['big']],
    ]);
    // 1 repeats guard "big", 3 is shadowed by the unguarded 2, 4 leaves a final state.
    expect(cases.unforcible).toEqual([1, 3, 4]);
  });

  test('lists the legal events of non-final states and the pairs that are all guarded', () => {
    expect([...cases.legalEvents]).toEqual([['AwaitingPayment', ['Pay']]]);
    expect(cases.allGuarded).toEqual([]);
  });

  test('runs exit, transition and entry actions in order', () => {
    expect(testCases(machines[0]!).transitions[0]!.actions).toEqual(['stopPaymentTimer', 'charge']);
    expect(testCases(machines[0]!).startActions).toEqual(['startPaymentTimer']);
  });
});
