import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateMermaid } from './mermaid';
import { decodeMermaidLabel, mermaidLabel } from './mermaidText';
import { orderMachine } from './exportSamples.testSupport';
import { restore } from '../machine/restore';

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

describe('mermaidLabel', () => {
  it('encodes syntax characters as entity codes that decode back exactly', () => {
    for (const text of ['a: "b"', ' padded ', 'a#b;c', '状態 🚀', 'tab\there', '\ud800', 'direction LR', '#35;']) {
      expect(decodeMermaidLabel(mermaidLabel(text))).toBe(text);
    }
    expect(mermaidLabel('a: "b"')).toBe('a#58; #34;b#34;');
  });
});
