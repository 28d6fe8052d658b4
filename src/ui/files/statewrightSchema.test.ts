/**
 * The published JSON Schema (public/statewright.schema.json) describes what the
 * restore door accepts: every example validates, shorthand included, and the
 * shape problems restore refuses are refused by the schema too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restore, serialize } from '../../core/machine';
import { unsupportedKeywords, validate } from './jsonSchemaSubset';

const schema = JSON.parse(readFileSync('public/statewright.schema.json', 'utf8')) as Record<string, unknown>;
const exampleFiles = readdirSync('public/examples').filter((file) => file.endsWith('.fsm.json'));

describe('statewright.schema.json', () => {
  it('is a draft 2020-12 schema using only keywords the checker implements', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect([...unsupportedKeywords(schema)]).toEqual([]);
  });

  it('accepts every example', () => {
    expect(exampleFiles.length).toBeGreaterThanOrEqual(3);
    for (const file of exampleFiles) {
      expect(validate(schema, JSON.parse(readFileSync(`public/examples/${file}`, 'utf8'))), file).toEqual([]);
    }
  });

  it('accepts the shorthand and canonical output of it', () => {
    const shorthand = { version: 1, states: ['A', 'B'], events: ['go'], initial: 'A', transitions: [{ from: 'A', event: 'go', to: 'B' }] };
    expect(validate(schema, shorthand)).toEqual([]);
    const restored = restore(shorthand);
    if (!restored.ok) throw new Error('shorthand should restore');
    expect(validate(schema, JSON.parse(serialize(restored.machine)))).toEqual([]);
  });

  const refused: [string, unknown][] = [
    ['no version', { states: [] }],
    ['a newer version', { version: 2 }],
    ['an unknown field', { version: 1, colour: 'red' }],
    ['an empty state name', { version: 1, states: [''] }],
    ['a state that is a number', { version: 1, states: [5] }],
    ['final that is a string', { version: 1, states: [{ name: 'A', final: 'yes' }] }],
    ['an empty action name', { version: 1, states: [{ name: 'A', entry: [''] }] }],
    ['a transition without a target', { version: 1, transitions: [{ from: 'A', event: 'go' }] }],
    ['a target that is not a string', { version: 1, transitions: [{ from: 'A', event: 'go', to: true }] }],
    ['an unknown transition field', { version: 1, transitions: [{ from: 'A', to: 'B', when: 'x' }] }],
    ['a position without y', { version: 1, states: ['A'], layout: { states: { A: { x: 1 } } } }],
    ['an unknown layout direction', { version: 1, layout: { direction: 'LEFT' } }],
    ['a name of 201 characters', { version: 1, states: ['x'.repeat(201)] }],
  ];

  it.each(refused)('refuses %s, as restore does', (_, document) => {
    expect(restore(document).ok).toBe(false);
    expect(validate(schema, document)).not.toEqual([]);
  });

  it('accepts what restore accepts even with references it reports later', () => {
    const document = { version: 1, states: ['A'], initial: 'Missing', transitions: [{ from: 'A', to: 'Nowhere' }] };
    expect(restore(document).ok).toBe(true);
    expect(validate(schema, document)).toEqual([]);
  });
});
