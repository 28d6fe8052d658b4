import { describe, expect, it } from 'vitest';
import { readMachineText } from './readMachineText';

describe('readMachineText', () => {
  it('reads a Statewright document, shorthand included', () => {
    const result = readMachineText('{"version":1,"states":["A","B"],"initial":"A","transitions":[{"from":"A","event":"go","to":"B"}]}');
    expect(result.ok && result.machine.states.map((s) => s.name)).toEqual(['A', 'B']);
  });

  it('reports every problem of a broken document with its path', () => {
    const result = readMachineText('{"version":1,"states":[5],"transitions":[{"from":"A","to":true}]}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['states[0]', 'transitions[0].to']));
  });

  it('routes a Mermaid state diagram to its importer', () => {
    const result = readMachineText('stateDiagram-v2\n  [*] --> Idle\n  Idle --> Busy : start\n', 'flow.mmd');
    expect(result.ok && result.machine.initial).toBe('Idle');
  });

  it('names an import after its file when the source names no machine, and keeps a name it has', () => {
    const untitled = readMachineText('stateDiagram-v2\n  [*] --> Closed\n', 'door.mmd');
    expect(untitled.ok && untitled.machine.name).toBe('door');
    const scxml = readMachineText('<scxml xmlns="http://www.w3.org/2005/07/scxml" version="1.0" initial="a"><state id="a"/></scxml>', 'C:\\machines\\lamp.scxml');
    expect(scxml.ok && scxml.machine.name).toBe('lamp');
    const titled = readMachineText('---\ntitle: Front door\n---\nstateDiagram-v2\n  [*] --> Closed\n', 'door.mmd');
    expect(titled.ok && titled.machine.name).toBe('Front door');
    const pasted = readMachineText('stateDiagram-v2\n  [*] --> Closed\n');
    expect(pasted.ok && pasted.machine.name).toBe('Untitled');
  });

  it('uses the file extension when the text alone does not say', () => {
    const result = readMachineText('not a machine', 'notes.mmd');
    expect(result.ok).toBe(false);
  });

  it('explains that text which is no machine at all is not JSON', () => {
    const result = readMachineText('hello');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/JSON/);
  });
});
