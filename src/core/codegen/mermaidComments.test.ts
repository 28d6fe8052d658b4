import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { commentText, eventDescriptionLines, machineDescriptionLines, readCommentLine, transitionDescriptionLines, type CommentLine } from './mermaidComments';

/** How the importer sees the lines: trimmed, as an editor that strips trailing spaces would leave them. */
const read = (lines: string[]) => lines.map((line) => readCommentLine(line.trim()));

function textOf(lines: (CommentLine | undefined)[]): string {
  return lines
    .map((line) => {
      if (line === undefined || line.kind === 'event' || line.kind === 'continuation') throw new Error(`not a plain description line: ${JSON.stringify(line)}`);
      return line.kind === 'empty' ? '' : line.text;
    })
    .join('\n');
}

const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('%', '#', '{', '}', ';', ':', '1', 'e', 'v', 'n', 't', ' ', '\n', '\r', '\t', 'direction') }));

describe('commentText', () => {
  it('leaves ordinary prose as it is and encodes only what could break the diagram', () => {
    expect(commentText('Handed to the carrier: "fragile" (50% off), see #12 and {id}')).toBe('Handed to the carrier: "fragile" (50% off), see #12 and {id}');
    expect(commentText('%%{init: {"theme":"dark"}}%%')).toBe('#37;#37;{init: {"theme":"dark"}}#37;#37;');
    expect(commentText(' a#35;b\r')).toBe('#32;a#35;35;b#13;');
    expect(commentText('go direction TB')).toBe('go direction#32;TB');
  });
});

describe('description lines', () => {
  it('write a bare %% for an empty line and indent event continuations', () => {
    expect(machineDescriptionLines('One\n\nevent x: two')).toEqual(['  %% One', '  %%', '  %% #101;vent x: two']);
    expect(eventDescriptionLines('a: b', '\nsecond')).toEqual(['  %% event a#58; b:', '  %%   second']);
    expect(transitionDescriptionLines('why\n')).toEqual(['  %% why', '  %%']);
  });

  test.prop([anyText])('read back to the same text, whatever it holds', (text) => {
    expect(textOf(read(transitionDescriptionLines(text)))).toBe(text);
    expect(textOf(read(machineDescriptionLines(text)))).toBe(text);
    const [head, ...rest] = read(eventDescriptionLines(text, text));
    expect(head).toEqual({ kind: 'event', event: text, text: text.split('\n')[0] });
    expect(rest.map((line) => (line?.kind === 'empty' ? '' : line?.kind === 'continuation' ? line.text : 'NOT A CONTINUATION'))).toEqual(text.split('\n').slice(1));
  });

  test.prop([anyText])('are comments Mermaid drops: never a directive, never a raw line break', (text) => {
    for (const line of [...machineDescriptionLines(text), ...eventDescriptionLines(text, text), ...transitionDescriptionLines(text)]) {
      expect(line).toMatch(/^ {2}%%(| \S[^\n\r\u2028\u2029\u0085]*|   \S[^\n\r\u2028\u2029\u0085]*)$/);
      expect(line.slice(4)).not.toContain('%%');
    }
  });
});

describe('readCommentLine', () => {
  it('ignores comments in any other form and directives', () => {
    for (const line of ['%%no space', '%%  two spaces', '%%    four spaces', '%%{init: {}}%%', '%% event x:  two spaces', 'not a comment']) {
      expect(readCommentLine(line)).toBeUndefined();
    }
  });
});
