import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importMermaid, parseLabel } from './mermaid';
import { accepted, fixture, refusals } from './fixtures.testSupport';

describe('importMermaid', () => {
  it('reads a real-world diagram: title, aliases, labels, entry/exit lines, notes, styling ignored', () => {
    const machine = accepted(importMermaid(fixture('mermaid-door.mmd')));
    expect(machine.name).toBe('Door');
    expect(machine.initial).toBe('Closed');
    expect(machine.states).toEqual([
      { name: 'Closed and locked', description: 'Only someone with a key can open it.' },
      { name: 'Closed' },
      { name: 'Open', entry: ['startAlarmTimer'], exit: ['stopAlarmTimer'] },
      { name: 'Broken', description: 'Replace the door.', final: true },
    ]);
    expect(machine.transitions).toEqual([
      { from: 'Closed', event: 'open', to: 'Open', guard: 'notBlocked', actions: ['logOpen'] },
      { from: 'Open', event: 'close', to: 'Closed' },
      { from: 'Closed', event: 'lock', to: 'Closed and locked', actions: ['engageBolt', 'beep'] },
      { from: 'Closed and locked', event: 'unlock', to: 'Closed', guard: 'hasKey' },
      { from: 'Closed', event: 'kick', to: 'Broken' },
    ]);
    expect(machine.layout.positions.size).toBe(0);
  });

  it('refuses a composite state once, with its name and lines, including the [*] inside it', () => {
    expect(refusals(importMermaid(fixture('mermaid-composite.mmd')))).toEqual([
      'line 4: the composite state "Active" (lines 4-8) cannot be represented in a flat machine; flatten it into separate states',
    ]);
  });

  it('refuses fork, choice, floating notes and concurrency, each with its line', () => {
    const problems = refusals(importMermaid(fixture('mermaid-fork-concurrency.mmd')));
    expect(problems).toEqual([
      'line 2: fork pseudo-states cannot be represented in a flat machine',
      'line 6: choice pseudo-states cannot be represented in a flat machine',
      'line 8: a floating note is attached to no state; attach it with "note left of <state>" so it is kept as that state\'s description',
      'line 10: "--" separates concurrent regions, which a flat machine cannot represent',
    ]);
  });

  it('refuses text that is not a state diagram, and a second initial state', () => {
    expect(refusals(importMermaid('flowchart LR\nA --> B'))[0]).toMatch(/^line 1: expected "stateDiagram-v2"/);
    expect(refusals(importMermaid('stateDiagram\n[*] --> A\n[*] --> B'))).toEqual([
      'line 3: a second initial state "B" (line 2 already starts in "A"); a flat machine starts in exactly one',
    ]);
    expect(refusals(importMermaid('stateDiagram-v2\nA --> [*] : done'))[0]).toMatch(/^line 2: the arrow to \[\*\] marks "A" as final/);
  });

  it('imports a final state\'s outgoing transitions, for the checks to warn about', () => {
    const machine = accepted(importMermaid('stateDiagram-v2\n[*] --> A\nA --> [*]\nA --> B : again'));
    expect(machine.states[0]).toEqual({ name: 'A', final: true });
    expect(machine.transitions).toEqual([{ from: 'A', event: 'again', to: 'B' }]);
  });

  it('decodes entity codes in names and labels', () => {
    const machine = accepted(importMermaid('stateDiagram-v2\nstate "a#58; #quot;b#quot;" as s0\n[*] --> s0\ns0 --> s0 : go#44; now [ok#93;] / x#44;y, z'));
    expect(machine.states[0]!.name).toBe('a: "b"');
    expect(machine.transitions[0]).toEqual({ from: 'a: "b"', event: 'go, now', to: 'a: "b"', guard: 'ok]', actions: ['x,y', 'z'] });
  });
});

describe('importMermaid documentation comments', () => {
  it('reads back the machine, event and transition descriptions the exporter writes', () => {
    const machine = accepted(importMermaid(readFileSync(new URL('../codegen/__fixtures__/mermaid-documented.mmd', import.meta.url), 'utf8')));
    expect(machine.description).toBe('A door.\n\nIt locks.');
    expect(machine.events).toEqual([{ name: 'close: now', description: 'Someone pushes it.\nHard.' }]);
    expect(machine.transitions).toEqual([
      { from: 'Closed', event: 'open', to: 'Open', description: 'Only when unlocked.\n100%% sure:::: yes' },
      { from: 'Open', event: 'close: now', to: 'Closed' },
    ]);
  });

  it('ignores comments in any other place or form, as before', () => {
    const handWritten = [
      '%% before the header',
      'stateDiagram-v2',
      '  %%{init: {"theme": "dark"}}%%',
      '  %% after a directive',
      '  state "Closed" as s0',
      '  %% above a declaration',
      '  state "Open" as s1',
      '  %% above the initial arrow',
      '  [*] --> s0',
      '  %% separated by a blank line',
      '',
      '  s0 --> s1 : open',
      '  %%no space',
      '  s1 --> s0 : close',
      '  %% one good line',
      '  %%    and one indented four spaces',
      '  s1 --> s1 : stay',
      '  %% above the final arrow',
      '  s1 --> [*]',
    ];
    const machine = accepted(importMermaid(handWritten.join('\n')));
    expect(machine.description).toBeUndefined();
    expect(machine.events).toEqual([]);
    expect(machine.transitions.map((t) => t.description)).toEqual([undefined, undefined, undefined]);
  });

  it('ignores a header block with a line out of place, and prefers accDescr to a comment', () => {
    const misplaced = accepted(importMermaid('stateDiagram-v2\n  %% event go: x\n  %% not a continuation\n  A --> B : go'));
    expect([misplaced.description, misplaced.events]).toEqual([undefined, []]);
    const both = accepted(importMermaid('stateDiagram-v2\n  %% From the comment\n  accDescr: From accDescr\n  A --> B : go'));
    expect(both.description).toBe('From accDescr');
  });
});

describe('parseLabel', () => {
  it('splits event, guard and actions', () => {
    expect(parseLabel('Pay [amountPositive] / charge, log')).toEqual({ event: 'Pay', guard: 'amountPositive', actions: ['charge', 'log'] });
    expect(parseLabel('go')).toEqual({ event: 'go', actions: [] });
    expect(parseLabel('submit / validate')).toEqual({ event: 'submit', actions: ['validate'] });
    expect(parseLabel('')).toEqual({ event: '', actions: [] });
  });
});
