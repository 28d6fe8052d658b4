import { describe, expect, it } from 'vitest';
import { detectFormat } from './detectFormat';
import { importMachine } from './index';
import { fixture } from './fixtures.testSupport';

describe('detectFormat', () => {
  it('recognises each fixture and Statewright documents', () => {
    expect(detectFormat(fixture('mermaid-door.mmd'))).toBe('mermaid');
    expect(detectFormat(fixture('mermaid-composite.mmd'))).toBe('mermaid');
    expect(detectFormat(fixture('scxml-microwave.scxml'))).toBe('scxml');
    expect(detectFormat(fixture('xstate-fetch.ts.txt'))).toBe('xstate');
    expect(detectFormat(fixture('xstate-traffic-light.json'))).toBe('xstate');
    expect(detectFormat('{"version":1,"states":["A"],"initial":"A"}')).toBe('statewright');
    expect(detectFormat('{\n  "version": 1,\n  "name": "x",\n  "transitions": []\n}')).toBe('statewright');
    expect(detectFormat('{"version":1,"states":[{"name":"A"}],"layout":{"states":{"A":{"x":0,"y":0}}}}')).toBe('statewright');
    expect(detectFormat("{ id: 'x', states: { a: {} } }")).toBe('xstate');
    expect(detectFormat('{\n  "version": 1,\n  "states": [\n')).toBe('statewright');
    expect(detectFormat('%%{init: {"theme":"dark"}}%%\nstateDiagram\n')).toBe('mermaid');
  });

  it('says nothing for other text', () => {
    expect(detectFormat('flowchart LR\nA-->B')).toBeUndefined();
    expect(detectFormat('<html></html>')).toBeUndefined();
    expect(detectFormat('hello')).toBeUndefined();
  });
});

describe('importMachine', () => {
  it('picks the importer from the text, or refuses what it does not recognise', () => {
    expect(importMachine(fixture('mermaid-door.mmd')).ok).toBe(true);
    expect(importMachine('{"version":1,"states":["A"],"initial":"A"}').ok).toBe(true);
    const refused = importMachine('hello');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problems[0]!.message).toMatch(/not a format Statewright recognises/);
  });
});
