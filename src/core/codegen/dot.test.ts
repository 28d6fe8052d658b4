import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { restoreText, type Machine } from '../machine';
import { adversarialMachine } from './__fixtures__/adversarialMachines';
import { generateDot, transitionLabel } from './dot';

/** A statement of the DOT body: a node (`id [attrs]`) or an edge (`a -> b [attrs]`), quoted strings unescaped. */
interface Statement {
  readonly ids: readonly string[];
  readonly attributes: ReadonlyMap<string, string>;
}

/**
 * A small reader for the DOT subset the exporter writes. It fails on an unterminated or
 * badly escaped string, so a name that breaks the quoting breaks the test.
 */
function readDot(text: string): { name: string; statements: Statement[] } {
  const tokens: string[] = [];
  const source = text.replace(/^\/\/.*$/gm, '');
  const pattern = /\s+|"((?:[^"\\]|\\[\s\S])*)"|->|[{}[\];,=]|[A-Za-z0-9_]+|([\s\S])/gy;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    if (match[2] !== undefined) throw new Error(`unexpected ${JSON.stringify(match[2])} at ${match.index}`);
    if (/^\s+$/.test(match[0])) continue;
    tokens.push(match[1] !== undefined ? `"${match[1].replace(/\\n/g, '\n').replace(/\\(["\\])/g, '$1')}` : match[0]);
  }
  if (pattern.lastIndex !== 0 && pattern.lastIndex !== source.length) throw new Error('unterminated input');
  let at = 0;
  const next = () => tokens[at++] ?? '';
  const expectToken = (token: string) => {
    const got = next();
    if (got !== token) throw new Error(`expected ${token}, got ${got} at token ${at - 1}`);
  };
  const value = (token: string) => (token.startsWith('"') ? token.slice(1) : token);
  expectToken('digraph');
  const name = value(next());
  expectToken('{');
  const statements: Statement[] = [];
  while (tokens[at] !== '}') {
    const ids = [next()];
    if (tokens[at] === '=') {
      at += 2; // a graph attribute such as rankdir=LR
      expectToken(';');
      continue;
    }
    while (tokens[at] === '->') {
      at++;
      ids.push(next());
    }
    const attributes = new Map<string, string>();
    if (tokens[at] === '[') {
      at++;
      while (tokens[at] !== ']') {
        const key = next();
        expectToken('=');
        attributes.set(key, value(next()));
        if (tokens[at] === ',') at++;
      }
      at++;
    }
    expectToken(';');
    statements.push({ ids: ids.map(value), attributes });
  }
  expectToken('}');
  if (at !== tokens.length) throw new Error('text after the graph');
  return { name, statements };
}

/** Names as Graphviz shows them: line breaks kept, characters that cannot be shown replaced. */
function shown(name: string): string {
  return name
    .replace(/\r\n|\r/g, '\n')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '\uFFFD');
}

/** What the DOT must say about `machine`. */
function checkDot(machine: Machine, text: string) {
  const { name, statements } = readDot(text);
  expect(name).toBe(shown(machine.name));
  const nodes = statements.filter((s) => s.ids.length === 1 && /^s\d+$/.test(s.ids[0]!));
  const idOf = new Map(machine.states.map((s, i) => [s.name, `s${i}`]));
  expect(nodes.map((n) => n.attributes.get('label'))).toEqual(machine.states.map((s) => shown(s.name)));
  expect(nodes.map((n) => n.attributes.get('peripheries') === '2')).toEqual(machine.states.map((s) => s.final === true));
  const edges = statements.filter((s) => s.ids.length === 2);
  expect(edges[0]).toEqual({ ids: ['start', idOf.get(machine.initial!)], attributes: new Map() });
  expect(edges.slice(1).map((e) => [...e.ids, e.attributes.get('label')])).toEqual(
    machine.transitions.map((t) => [idOf.get(t.from), idOf.get(t.to), shown(transitionLabel(t))]),
  );
}

const fixture = (name: string) => {
  const result = restoreText(readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.machine;
};

describe('generateDot', () => {
  test('writes the Order machine as expected', () => {
    expect(generateDot(fixture('order.fsm.json'), { sourceFile: 'order.fsm.json' })).toBe(
      readFileSync(join(import.meta.dirname, '__fixtures__', 'order.dot'), 'utf8'),
    );
  });

  test('quotes and escapes every name of the adversarial fixture, and lists every transition', () => {
    const machine = fixture('adversarial.fsm.json');
    checkDot(machine, generateDot(machine));
  });

  test.prop([adversarialMachine()])(
    'is readable back for random machines with adversarial names',
    (machine) => {
      const text = generateDot(machine);
      checkDot(machine, text);
      expect(generateDot(machine)).toBe(text);
    },
  );
});
