/**
 * Safe text for generated source code. Machine names are arbitrary user strings
 * (quotes, backslashes, `*\/`, `${`, newlines, U+2028, lone surrogates), so the
 * generators never print a name as an identifier or raw text: only through
 * these helpers, which always produce valid, deterministic source.
 */

/**
 * A double-quoted JavaScript/TypeScript string literal for any string.
 * JSON escaping covers quotes, backslashes, control characters and lone
 * surrogates; U+2028 and U+2029 are escaped too so that the output reads the
 * same in every editor and in pre-ES2019 parsers.
 *
 * @example stringLiteral('say "hi"\n') // '"say \\"hi\\"\\n"'
 */
export function stringLiteral(value: string): string {
  return JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * Lines of free text (a machine name or description) that can sit inside a
 * block comment: split at every line terminator, `*\/` defused, lone surrogates
 * replaced so the file stays valid UTF-8.
 *
 * @example commentLines('a *\/ b\nc') // ['a *\\/ b', 'c']
 */
export function commentLines(text: string): string[] {
  return text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map((line) => line.replace(/\*\//g, '*\\/').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\uFFFD').trimEnd());
}

/**
 * A block doc comment from paragraphs of free text, indented by `indent`.
 * Empty strings in `paragraphs` become blank comment lines.
 *
 * @example docComment(['Order: the machine.']) // '/**\n * Order: the machine.\n *\/'
 */
export function docComment(paragraphs: readonly string[], indent = '', width = 100): string {
  const lines = paragraphs.flatMap((p) => commentLines(p)).flatMap((line) => wrap(line, width - indent.length - 3));
  if (lines.length === 1) return `${indent}/** ${lines[0]} */`;
  return [`${indent}/**`, ...lines.map((l) => (l ? `${indent} * ${l}` : `${indent} *`)), `${indent} */`].join('\n');
}

/** Splits `line` at spaces so that each piece fits in `width` columns where possible. */
function wrap(line: string, width: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      pieces.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  pieces.push(current);
  return pieces;
}

/**
 * An array literal of string literals: on one line when it fits in `width`
 * columns, else one item per line, indented under `indent`.
 *
 * @example stringArray(['A', 'B']) // '["A", "B"]'
 */
export function stringArray(values: readonly string[], indent = '', width = 100): string {
  return listLiteral(values.map(stringLiteral), indent, width);
}

/**
 * An array literal of already-formatted items, wrapped like `stringArray`.
 * @example listLiteral(['1', '2']) // '[1, 2]'
 */
export function listLiteral(items: readonly string[], indent = '', width = 100): string {
  const inline = `[${items.join(', ')}]`;
  if (indent.length + inline.length <= width && !inline.includes('\n')) return inline;
  return `[\n${items.map((item) => `${indent}  ${item},`).join('\n')}\n${indent}]`;
}
