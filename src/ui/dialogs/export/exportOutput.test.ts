import { describe, expect, test } from 'vitest';
import { exportTarget, exportTargets } from '../../../core/codegen';
import { restore, type Machine } from '../../../core/machine';
import { defaultModulePath, exportErrors, exportOptions, exportText } from './exportOutput';
import { shownTarget, shownTargets } from './exportTargetsShown';

function machine(document: unknown): Machine {
  const result = restore(document);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.machine;
}

const order = machine({
  version: 1,
  name: 'Order',
  initial: 'Cart',
  states: ['Cart', { name: 'Paid', final: true }],
  transitions: [{ from: 'Cart', event: 'pay', to: 'Paid' }],
});

describe('export output', () => {
  test('is the generator output, with headers naming the file Download writes', () => {
    const ts = exportTarget('ts')!;
    expect(exportText(order, ts, '')).toBe(ts.generate(order, { sourceFile: 'order.fsm.json' }));
    expect(exportText(order, ts, '')).toContain('order.fsm.json');
  });

  test('is generated once per machine and target, and again for a new machine', () => {
    let calls = 0;
    const counting = { ...exportTarget('mermaid')!, generate: (m: Machine) => `${++calls} ${m.name}` };
    expect(exportText(order, counting, '')).toBe('1 Order');
    expect(exportText(order, counting, '')).toBe('1 Order');
    const renamed = { ...order, name: 'Order 2' };
    expect(exportText(renamed, counting, '')).toBe('2 Order 2');
  });

  test('the test file imports from the typed path, or the module beside it when the field is empty', () => {
    const tests = exportTarget('test')!;
    expect(defaultModulePath(order)).toBe('./order.machine');
    expect(exportText(order, tests, '')).toBe(tests.generate(order, { sourceFile: 'order.fsm.json' }));
    expect(exportText(order, tests, '')).toContain('from "./order.machine"');
    expect(exportText(order, tests, '  ../src/order  ')).toContain('from "../src/order"');
    // Other targets ignore the field.
    expect(exportOptions(order, '')).toEqual({ sourceFile: 'order.fsm.json' });
    expect(exportText(order, exportTarget('ts')!, '../x')).toBe(exportText(order, exportTarget('ts')!, ''));
  });

  test('a machine with errors has them listed, and none otherwise', () => {
    expect(exportErrors(order)).toEqual([]);
    const broken = machine({ version: 1, name: 'Broken', initial: 'A', states: ['A'], transitions: [{ from: 'A', event: '', to: 'Nowhere' }] });
    expect(exportErrors(broken).map((p) => p.code)).toEqual(['unknown-state', 'empty-event']);
    expect(exportErrors(broken).every((p) => p.transition === 0)).toBe(true);
    expect(exportErrors(machine({ version: 1, states: [] })).map((p) => p.code)).toEqual(['no-states']);
  });
});

describe('shown targets', () => {
  test('every registered target is offered once, the TypeScript module first', () => {
    expect(shownTargets.map((s) => s.target.id).sort()).toEqual(exportTargets.map((t) => t.id).sort());
    expect(shownTargets[0]!.target.id).toBe('ts');
    expect(shownTargets.every((s) => s.title && s.hint)).toBe(true);
  });

  test('a remembered target that no longer exists falls back to the first', () => {
    expect(shownTarget('dot').title).toBe('Graphviz DOT');
    expect(shownTarget('gone').target.id).toBe('ts');
    expect(shownTarget('__proto__').target.id).toBe('ts');
  });
});
