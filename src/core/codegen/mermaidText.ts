/**
 * Text escaping for Mermaid state diagrams, shared by the exporter and the importer.
 *
 * Mermaid decodes `#<decimal>;` entity codes in labels, so any character its
 * grammar would read as syntax (`:` `;` `#` quotes, brackets, newlines, `%%`…) is
 * written as its code point. The importer decodes the same codes, which makes
 * names round-trip exactly while the rendered diagram still shows the real text.
 */

/** Characters written as themselves; everything else becomes `#<code point>;`. */
const PLAIN = /^[\p{L}\p{N}\p{M} _\-.()'?!+=@$^|]$/u;

/**
 * Transition labels are Markdown in Mermaid (`__proto__` would turn bold); an
 * underscore at a word edge could open or close emphasis, so it is encoded.
 * (`*` and `~` are never plain.)
 */
const EMPHASIS_UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

/** Mermaid's lexer treats a line containing `direction TB` (or BT, RL, LR) as a direction statement. */
const DIRECTION_WORD = /(direction)(\s)/gi;

/**
 * Encodes one name or description for a Mermaid label.
 * @example mermaidLabel('a: "b"') // 'a#58; #34;b#34;'
 */
export function mermaidLabel(text: string): string {
  let out = '';
  const chars = [...text];
  chars.forEach((char, index) => {
    const edgeSpace = char === ' ' && (index === 0 || index === chars.length - 1);
    out += PLAIN.test(char) && !edgeSpace ? char : `#${char.codePointAt(0)};`;
  });
  return out
    .replace(DIRECTION_WORD, (_, word: string, space: string) => `${word}#${space.codePointAt(0)};`)
    .replace(EMPHASIS_UNDERSCORE, '#95;');
}

const NAMED_ENTITIES = new Map([
  ['quot', '"'],
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
  ['semi', ';'],
  ['colon', ':'],
  ['num', '#'],
]);

/**
 * Decodes Mermaid entity codes (`#35;`, `#quot;`) back to text; unknown names stay as written.
 * @example decodeMermaidLabel('a#58; b') // 'a: b'
 */
export function decodeMermaidLabel(text: string): string {
  return text.replace(/#(\d+|[A-Za-z]+);/g, (whole, code: string) => {
    if (/^\d+$/.test(code)) {
      const point = Number(code);
      return point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return NAMED_ENTITIES.get(code.toLowerCase()) ?? whole;
  });
}
