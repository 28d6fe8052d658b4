/**
 * Attribute escaping and XML ids for the SCXML export, shared with the importer.
 *
 * XML 1.0 cannot carry some characters at all (most C0 controls, lone
 * surrogates, U+FFFE, U+FFFF), not even as character references. Names may
 * contain them, so those characters are written as `\u{hex}`; a literal `\u{`
 * in a name is written `\u{5c}u{` so that decoding is exact.
 */

// With the `u` flag a surrogate range matches only unpaired surrogates.
const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/gu;

/**
 * The text of a double-quoted XML attribute holding `value` exactly.
 * @example xmlAttribute('a < "b"\n') // 'a &lt; &quot;b&quot;&#10;'
 */
export function xmlAttribute(value: string): string {
  return value
    .replace(/\\u\{/g, '\\u{5c}u{')
    .replace(XML_ILLEGAL, (char) => `\\u{${char.charCodeAt(0).toString(16)}}`)
    .replace(/[&<>"\n\r\t]/g, (char) => XML_REFERENCES.get(char) ?? char);
}

const XML_REFERENCES = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ['\n', '&#10;'],
  ['\r', '&#13;'],
  ['\t', '&#9;'],
]);

/**
 * Undoes the `\u{hex}` escapes of `xmlAttribute` (after the XML parser has resolved references).
 * @example decodeScxmlName('bell\\u{7}') // 'bell\u0007'
 */
export function decodeScxmlName(value: string): string {
  return value.replace(/\\u\{([0-9a-fA-F]{1,6})\}/g, (whole, hex: string) => {
    const point = parseInt(hex, 16);
    return point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });
}

/** An XML NCName made only of ASCII letters, digits, `_`, `-` and `.`, not starting with a digit, `-` or `.`. */
const PLAIN_ID = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * Gives every name a unique XML id (NCName): the name itself when it already is
 * a plain id, otherwise a readable form of it with a number to keep it unique.
 * @example xmlIds(['Idle', 'Has coin', '2nd']) // Map { 'Idle' => 'Idle', 'Has coin' => 'Has_coin', '2nd' => 'state_2nd' }
 */
export function xmlIds(names: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of names) {
    if (PLAIN_ID.test(name) && !ids.has(name) && !taken.has(name)) {
      ids.set(name, name);
      taken.add(name);
    }
  }
  for (const name of names) {
    if (ids.has(name)) continue;
    const readable = name.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40);
    const base = /^[A-Za-z]/.test(readable) ? readable : `state_${readable || 'x'}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
    ids.set(name, id);
    taken.add(id);
  }
  return ids;
}

/**
 * An SCXML event name (a token without spaces, `*` or dots, which SCXML gives meaning to) for each event.
 * @example eventTokens(['Pay', 'go now']) // Map { 'Pay' => 'Pay', 'go now' => 'go_now' }
 */
export function eventTokens(names: readonly string[]): Map<string, string> {
  const tokens = new Map<string, string>();
  const taken = new Set<string>();
  const plain = /^[A-Za-z0-9_-]+$/;
  for (const name of names) {
    if (plain.test(name) && !taken.has(name)) {
      tokens.set(name, name);
      taken.add(name);
    }
  }
  for (const name of names) {
    if (tokens.has(name)) continue;
    const base = name.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40) || 'event';
    let token = base;
    for (let n = 2; taken.has(token); n++) token = `${base}_${n}`;
    tokens.set(name, token);
    taken.add(token);
  }
  return tokens;
}
