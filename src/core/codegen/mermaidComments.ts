/**
 * The documentation comments of the Mermaid export, shared by the exporter and
 * the importer so that what one writes the other reads back exactly.
 *
 * Mermaid has no place for a machine's description, an event's description or
 * a transition's description, so they travel as `%%` comments, which Mermaid
 * drops before rendering:
 *
 * ```
 * stateDiagram-v2
 *   %% <machine description, one %% line per line>
 *   %% event <event label>: <description, first line>
 *   %%   <description, further lines, indented two spaces>
 *   …
 *   %% <transition description, one %% line per line>
 *   s0 --> s1 : Pay
 * ```
 *
 * An empty line of a description is a bare `%%`. Within a line only what could
 * break the diagram or the round trip is written as a `#<code point>;` entity
 * code: `%` next to another `%` (`%%{` would start a Mermaid directive, read even
 * inside a comment), a `#` that would otherwise read as an entity code, control
 * and line-separator characters, whitespace at either end of the line, the space
 * after `direction` (old Mermaid lexers read `direction TB` inside a comment), and
 * the first letter of a description line that would read as an event line.
 */
import { decodeMermaidLabel, mermaidLabel } from './mermaidText';

const COMMENT = '%%';
/** Continuation lines of an event description: `%%` plus three spaces, which encoded text never starts with. */
const CONTINUATION = '   ';
/** `event <label>: <text>`; the label never holds a plain `:` (mermaidLabel encodes it). */
const EVENT_LINE = /^event ([^:]*):(?: (.*))?$/;

const ALWAYS_ENCODED = /[\p{Cc}\p{Cs}\p{Zl}\p{Zp}]/u;
const WHITESPACE = /\s/u;
/** The pattern `decodeMermaidLabel` decodes; a `#` that starts it is encoded. */
const ENTITY_AT = /#(?:\d+|[A-Za-z]+);/y;
const DIRECTION_WORD = /(direction)(\s)/gi;

const code = (char: string) => `#${char.codePointAt(0)};`;

/**
 * Encodes one line of a description for a `%%` comment, keeping it readable.
 * @example commentText('50%% off: #1') // '50#37;#37; off: #1'
 */
export function commentText(line: string): string {
  const chars = [...line];
  let out = '';
  let offset = 0;
  chars.forEach((char, index) => {
    const atEdge = index === 0 || index === chars.length - 1;
    const doublePercent = char === '%' && (chars[index - 1] === '%' || chars[index + 1] === '%');
    ENTITY_AT.lastIndex = offset;
    const entityHash = char === '#' && ENTITY_AT.test(line);
    const encode = ALWAYS_ENCODED.test(char) || (atEdge && WHITESPACE.test(char)) || doublePercent || entityHash;
    out += encode ? code(char) : char;
    offset += char.length;
  });
  return out.replace(DIRECTION_WORD, (_, word: string, space: string) => `${word}${code(space)}`);
}

/**
 * `%%` lines for a multi-line text: `%% line`, or a bare `%%` for an empty line.
 * A line that would read as an event line gets its first letter encoded.
 */
function commentLines(text: string): string[] {
  return text.split('\n').map((line) => {
    if (line === '') return `  ${COMMENT}`;
    const encoded = commentText(line);
    return `  ${COMMENT} ${EVENT_LINE.test(encoded) ? `${code('e')}${encoded.slice(1)}` : encoded}`;
  });
}

/**
 * The machine description's comment lines, right after the `stateDiagram-v2` line.
 * @example machineDescriptionLines('Order\nlifecycle') // ['  %% Order', '  %% lifecycle']
 */
export function machineDescriptionLines(description: string): string[] {
  return commentLines(description);
}

/**
 * An event description's comment lines; further lines are indented under the first.
 * @example eventDescriptionLines('Ship', 'Picked up') // ['  %% event Ship: Picked up']
 */
export function eventDescriptionLines(event: string, description: string): string[] {
  const [first = '', ...rest] = description.split('\n');
  const head = `  ${COMMENT} event ${mermaidLabel(event)}:${first === '' ? '' : ` ${commentText(first)}`}`;
  return [head, ...rest.map((line) => (line === '' ? `  ${COMMENT}` : `  ${COMMENT}${CONTINUATION}${commentText(line)}`))];
}

/**
 * A transition description's comment lines, written directly above its arrow.
 * @example transitionDescriptionLines('Only when paid') // ['  %% Only when paid']
 */
export function transitionDescriptionLines(description: string): string[] {
  return commentLines(description);
}

/** One `%%` comment line as the exporter writes it: the text of a description line, or where it continues. */
export type CommentLine =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'event'; readonly event: string; readonly text: string }
  | { readonly kind: 'continuation'; readonly text: string }
  | { readonly kind: 'empty' };

/**
 * Reads a trimmed `%%` line in the exporter's form; `undefined` for any other comment or a directive.
 * @example readCommentLine('%% event Ship: Picked up') // { kind: 'event', event: 'Ship', text: 'Picked up' }
 */
export function readCommentLine(line: string): CommentLine | undefined {
  if (!line.startsWith(COMMENT)) return undefined;
  const body = line.slice(COMMENT.length);
  if (body === '') return { kind: 'empty' };
  if (body.startsWith(CONTINUATION) && !WHITESPACE.test(body[CONTINUATION.length] ?? ' ')) {
    return { kind: 'continuation', text: decodeMermaidLabel(body.slice(CONTINUATION.length)) };
  }
  if (!body.startsWith(' ') || WHITESPACE.test(body[1] ?? ' ')) return undefined;
  const text = body.slice(1);
  const event = EVENT_LINE.exec(text);
  if (event) {
    const first = event[2] ?? '';
    return WHITESPACE.test(first[0] ?? '') ? undefined : { kind: 'event', event: decodeMermaidLabel(event[1]!), text: decodeMermaidLabel(first) };
  }
  return { kind: 'text', text: decodeMermaidLabel(text) };
}
