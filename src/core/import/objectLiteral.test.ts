import { describe, expect, it } from 'vitest';
import { LiteralError, readLiteral, type LiteralNode } from './objectLiteral';

/** The node as plain data, for comparisons; code stays marked as code. */
function plain(node: LiteralNode): unknown {
  switch (node.kind) {
    case 'object':
      return node.entries.map(([key, value]) => [key, plain(value)]);
    case 'array':
      return node.items.map(plain);
    case 'null':
      return null;
    case 'code':
      return { code: node.text };
    default:
      return node.value;
  }
}

describe('readLiteral', () => {
  it('reads JSON5-like literals: bare, quoted and computed keys, comments, trailing commas, escapes', () => {
    const text = `{ id: 'a\\'b', /* c */ "k": [1, -2.5e1, true, null, undefined,], ['__proto__']: { x: \`t\` }, // end
      u: "\\u00e9\\u{1F680}\\n", }`;
    expect(plain(readLiteral(text, 0).node)).toEqual([
      ['id', "a'b"],
      ['k', [1, -25, true, null, null]],
      ['__proto__', [['x', 't']]],
      ['u', 'é🚀\n'],
    ]);
  });

  it('keeps functions, calls, identifiers and shorthand as code, with their text and line', () => {
    const node = readLiteral('{\n  guard: ({ context }) => context.n > 0,\n  actions: assign({ n: 1 }),\n  target,\n  run() { return 1 },\n  tpl: `${x}`\n}', 0).node;
    expect(plain(node)).toEqual([
      ['guard', { code: '({ context }) => context.n > 0' }],
      ['actions', { code: 'assign({ n: 1 })' }],
      ['target', { code: 'target' }],
      ['run', { code: 'run() { return 1 }' }],
      ['tpl', { code: '`${x}`' }],
    ]);
    expect(node.kind === 'object' && node.entries[1]![1].line).toBe(3);
  });

  it('stops at the end of the value and reports unclosed strings with their line', () => {
    expect(readLiteral('{ a: 1 }); more', 0).end).toBe(8);
    expect(() => readLiteral("{\n a: 'open\n}", 0)).toThrow(LiteralError);
  });
});
