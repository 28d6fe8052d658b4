/**
 * Reads back the documentation comments the Mermaid exporter writes (see
 * codegen/mermaidComments.ts): the `%%` block directly after `stateDiagram-v2`
 * is the machine's description followed by event descriptions, and a `%%` block
 * directly above an arrow between two states is that transition's description.
 *
 * Only blocks entirely in that form count; any other comment, a block that a
 * blank line or another statement separates from its arrow, and directives are
 * ignored, as Mermaid ignores them.
 */
import { readCommentLine, type CommentLine } from '../codegen/mermaidComments';

export interface MermaidDocumentation {
  readonly description?: string;
  /** Event descriptions in the order they were written. */
  readonly events: readonly { readonly name: string; readonly description: string }[];
}

/**
 * Feed it every line after the header, in order: `comment` for `%%` lines,
 * `blank` for empty ones and `statement` for anything else.
 * @example const docs = mermaidDocComments(); docs.comment('%% Paid orders'); docs.statement(); docs.documentation() // { description: 'Paid orders', events: [] }
 */
export function mermaidDocComments() {
  let block: (CommentLine | undefined)[] = [];
  let inHeader = true;
  let documentation: MermaidDocumentation = { events: [] };

  const endBlock = (): (CommentLine | undefined)[] => {
    const ended = block;
    block = [];
    if (inHeader) {
      inHeader = false;
      documentation = readHeader(ended) ?? documentation;
      return [];
    }
    return ended;
  };

  return {
    comment(line: string): void {
      block.push(readCommentLine(line));
    },
    blank(): void {
      endBlock();
    },
    /** Ends the current block; returns the description it gives the arrow that follows, if it is one. */
    statement(): string | undefined {
      return descriptionOf(endBlock());
    },
    /** The machine and event descriptions, once the header block has ended. */
    documentation(): MermaidDocumentation {
      if (inHeader) endBlock();
      return documentation;
    },
  };
}

/** A transition description: every line plain text or empty. */
function descriptionOf(block: readonly (CommentLine | undefined)[]): string | undefined {
  if (block.length === 0) return undefined;
  const lines: string[] = [];
  for (const line of block) {
    if (line?.kind === 'text') lines.push(line.text);
    else if (line?.kind === 'empty') lines.push('');
    else return undefined;
  }
  return lines.join('\n');
}

/** The machine's description lines, then `event` lines each followed by their continuation lines. */
function readHeader(block: readonly (CommentLine | undefined)[]): MermaidDocumentation | undefined {
  const machineLines: string[] = [];
  const events: { name: string; lines: string[] }[] = [];
  for (const line of block) {
    const current = events[events.length - 1];
    if (line === undefined) return undefined;
    if (line.kind === 'event') {
      if (events.some((event) => event.name === line.event)) return undefined;
      events.push({ name: line.event, lines: [line.text] });
    } else if (current) {
      if (line.kind === 'text') return undefined;
      current.lines.push(line.kind === 'empty' ? '' : line.text);
    } else {
      if (line.kind === 'continuation') return undefined;
      machineLines.push(line.kind === 'empty' ? '' : line.text);
    }
  }
  return {
    ...(machineLines.length ? { description: machineLines.join('\n') } : {}),
    events: events.map((event) => ({ name: event.name, description: event.lines.join('\n') })),
  };
}
