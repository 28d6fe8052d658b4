import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateMermaid } from './mermaid';
import { decodeMermaidLabel, mermaidLabel } from './mermaidText';
import { orderMachine } from './exportSamples.testSupport';
import { restore } from '../machine/restore';
import type { Machine } from '../machine/types';

function machineFrom(document: unknown): Machine {
  const result = restore(document);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.machine;
}

/** What Mermaid 11 does to a diagram before parsing it (src/diagram-api/comments.ts, src/diagram-api/regexes.ts). */
const mermaidCleanupComments = (text: string) => text.replace(/^\s*%%(?!{)[^\n]+\n?/gm, '').trimStart();
const MERMAID_DIRECTIVE = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;

describe('generateMermaid', () => {
  it('writes the diagram byte for byte as the fixture shows', () => {
    const fixture = readFileSync(new URL('./__fixtures__/mermaid-order.mmd', import.meta.url), 'utf8');
    expect(generateMermaid(orderMachine())).toBe(fixture);
  });

  it('never lets a name reach Mermaid syntax: every line is a declaration, an arrow or a description', () => {
    const names = ['a: b', 'x --> y', '%% no', 'state "q" as s9', 'direction TB', 'semi;colon', '<b>bold</b>', 'two\nlines', '{', '[*]'];
    const result = restore({ version: 1, initial: names[0], states: names, transitions: names.map((n, i) => ({ from: n, event: n, to: names[(i + 1) % names.length]!, guard: n, actions: [n] })) });
    if (!result.ok) throw new Error('invalid');
    const body = generateMermaid(result.machine).split('\n').slice(4, -1);
    for (const line of body) {
      // Mermaid turns `#58;`-style codes into placeholders before parsing, so their `;` is not syntax.
      const label = String.raw`(?:#\d+;|[^:;\n#])*`;
      expect(line).toMatch(new RegExp(String.raw`^ {2}(state "[^"\n]*" as s\d+|s\d+ : ${label}|(\[\*\]|s\d+) --> (\[\*\]|s\d+)( : ${label})?)$`));
      const text = line.replace(' --> ', ' ').replace(/^ {2}state "(.*)" as /, '$1 ');
      expect(text).not.toMatch(/direction\s+(TB|BT|LR|RL)|%%|[{}<>"]/);
    }
  });
});

describe('generateMermaid documentation comments', () => {
  it('writes the machine and event descriptions after the header and a transition\'s above its arrow, line by line', () => {
    const machine = machineFrom({
      version: 1,
      name: 'Door',
      description: 'A door.\n\nIt locks.',
      initial: 'Closed',
      states: ['Closed', 'Open'],
      events: [{ name: 'open' }, { name: 'close: now', description: 'Someone pushes it.\nHard.' }],
      transitions: [
        { from: 'Closed', event: 'open', to: 'Open', description: 'Only when unlocked.\n100%% sure:::: yes' },
        { from: 'Open', event: 'close: now', to: 'Closed' },
      ],
    });
    // The importer test reads the same file back.
    const fixture = readFileSync(new URL('./__fixtures__/mermaid-documented.mmd', import.meta.url), 'utf8');
    expect(generateMermaid(machine)).toBe(fixture);
  });

  it('keeps hostile descriptions inside comments that Mermaid drops, never a directive, a statement or a raw line break', () => {
    const hostile = ['%%{init: {"theme":"dark"}}%%', 'x\n%%{init: {"theme":"dark"}', 'a\r\nb\rc\u2028d\u2029e\u0085f', 'direction LR', '---\ntitle: x\n---', 's0 --> s1 : go', 'stateDiagram-v2', '}%%', '  indented  ', 'event go: looks like an event'];
    const machine = machineFrom({
      version: 1,
      description: hostile.join('\n'),
      initial: 'A',
      states: ['A'],
      events: hostile.map((description, index) => ({ name: `e${index}`, description })),
      transitions: hostile.map((description, index) => ({ from: 'A', event: `e${index}`, to: 'A', description })),
    });
    const text = generateMermaid(machine);
    const body = text.split('\n').slice(4, -1);
    const comments = body.filter((line) => line.startsWith('  %%'));
    expect(comments.length).toBeGreaterThan(3 * hostile.length);
    for (const line of comments) {
      expect(line).toMatch(/^ {2}%%(| \S.*|   \S.*)$/);
      expect(line).not.toMatch(/[\r\u2028\u2029\u0085]|direction\s+(TB|BT|LR|RL)/i);
      expect(line.slice(4)).not.toContain('%%');
    }
    expect(text.match(MERMAID_DIRECTIVE)).toBeNull();
    // What Mermaid parses is exactly the diagram without the documentation. (A bare `%%`,
    // an empty description line, is left to the lexer's comment rule; the e2e render covers it.)
    const { description: _machine, ...rest } = machine;
    const undocumented = generateMermaid({ ...rest, events: [], transitions: machine.transitions.map(({ description: _, ...t }) => t) });
    expect(mermaidCleanupComments(text.replaceAll(/^ {2}%%\n/gm, ''))).toBe(mermaidCleanupComments(undocumented));
    expect(body.filter((line) => !line.startsWith('  %%')).every((line) => /^ {2}(state "|\[\*\] -->|s0 -->)/.test(line))).toBe(true);
  });
});

describe('mermaidLabel', () => {
  it('encodes syntax characters as entity codes that decode back exactly', () => {
    for (const text of ['a: "b"', ' padded ', 'a#b;c', '状態 🚀', 'tab\there', '\ud800', 'direction LR', '#35;']) {
      expect(decodeMermaidLabel(mermaidLabel(text))).toBe(text);
    }
    expect(mermaidLabel('a: "b"')).toBe('a#58; #34;b#34;');
  });
});
