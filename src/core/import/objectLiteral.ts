/**
 * A tolerant reader for JavaScript object literals as they appear in XState
 * configs: JSON plus unquoted and computed string keys, single-quoted and
 * template strings, trailing commas and comments. Anything else (functions,
 * identifiers, calls) is kept as `code` with its text and line, so the caller
 * can refuse it by path instead of this reader guessing what it means.
 */

export type LiteralNode =
  | { readonly kind: 'object'; readonly entries: readonly (readonly [string, LiteralNode])[]; readonly line: number }
  | { readonly kind: 'array'; readonly items: readonly LiteralNode[]; readonly line: number }
  | { readonly kind: 'string'; readonly value: string; readonly line: number }
  | { readonly kind: 'number'; readonly value: number; readonly line: number }
  | { readonly kind: 'boolean'; readonly value: boolean; readonly line: number }
  | { readonly kind: 'null'; readonly line: number }
  | { readonly kind: 'code'; readonly text: string; readonly line: number };

export class LiteralError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads one value starting at `start` (an offset into `text`).
 * @example readLiteral("{ a: 'x', }", 0).node // { kind: 'object', entries: [['a', { kind: 'string', value: 'x' }]] }
 */
export function readLiteral(text: string, start: number): { node: LiteralNode; end: number } {
  let pos = start;
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  const fail = (message: string): never => {
    throw new LiteralError(lineAt(pos), message);
  };
  const skip = () => {
    for (;;) {
      const match = /\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\//y;
      match.lastIndex = pos;
      const found = match.exec(text);
      if (!found || found[0] === '') return;
      pos += found[0].length;
    }
  };
  const readString = (): string => {
    const quote = text[pos]!;
    const from = pos;
    pos++;
    let out = '';
    while (pos < text.length && text[pos] !== quote) {
      const char = text[pos]!;
      if (quote === '`' && char === '$' && text[pos + 1] === '{') fail('a template string with ${…} is code, not a name');
      if (char !== '\\') {
        out += char;
        pos++;
        continue;
      }
      const next = text[pos + 1] ?? '';
      pos += 2;
      const simple = new Map([['n', '\n'], ['t', '\t'], ['r', '\r'], ['b', '\b'], ['f', '\f'], ['v', '\v'], ['0', '\0'], ['\n', '']]);
      if (simple.has(next)) out += simple.get(next);
      else if (next === 'u' && text[pos] === '{') {
        const close = text.indexOf('}', pos);
        out += String.fromCodePoint(parseInt(text.slice(pos + 1, close), 16));
        pos = close + 1;
      } else if (next === 'u' || next === 'x') {
        const width = next === 'u' ? 4 : 2;
        const hex = text.slice(pos, pos + width);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) fail(`bad escape \\${next}${hex}`);
        out += String.fromCharCode(parseInt(hex, 16));
        pos += width;
      } else out += next;
    }
    if (pos >= text.length) {
      pos = from;
      fail('this string is never closed');
    }
    pos++;
    return out;
  };
  /** Skips a quoted string inside code, templates with `${…}` included, without reading its value. */
  const skipQuoted = (quote: string) => {
    const from = pos;
    for (pos++; pos < text.length && text[pos] !== quote; pos++) if (text[pos] === '\\') pos++;
    if (pos >= text.length) {
      pos = from;
      fail('this string is never closed');
    }
    pos++;
  };
  /** Skips a JavaScript expression up to the next `,` `}` `]` or `)` at its own depth. */
  const readCode = (): string => {
    const from = pos;
    let depth = 0;
    while (pos < text.length) {
      const char = text[pos]!;
      if (char === '"' || char === "'" || char === '`') {
        skipQuoted(char);
        continue;
      }
      if (text.startsWith('//', pos) || text.startsWith('/*', pos)) {
        skip();
        continue;
      }
      if ('([{'.includes(char)) depth++;
      else if (')]}'.includes(char)) {
        if (depth === 0) break;
        depth--;
      } else if (char === ',' && depth === 0) break;
      pos++;
    }
    return text.slice(from, pos).trim();
  };
  const readValue = (): LiteralNode => {
    skip();
    const line = lineAt(pos);
    const char = text[pos];
    if (char === '{') return readObject(line);
    if (char === '[') return readArray(line);
    if (char === '"' || char === "'" || char === '`') {
      const from = pos;
      try {
        return { kind: 'string', value: readString(), line };
      } catch (error) {
        if (char !== '`') throw error;
        pos = from;
        return { kind: 'code', text: readCode(), line };
      }
    }
    const word = /(?:-?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|0[xX][0-9a-fA-F]+)|true|false|null|undefined)(?=\s*[,}\]\/]|\s*$)/y;
    word.lastIndex = pos;
    const match = word.exec(text);
    if (match) {
      pos += match[0].length;
      if (match[0] === 'true' || match[0] === 'false') return { kind: 'boolean', value: match[0] === 'true', line };
      if (match[0] === 'null' || match[0] === 'undefined') return { kind: 'null', line };
      return { kind: 'number', value: Number(match[0]), line };
    }
    const code = readCode();
    if (!code) fail(`expected a value, found ${JSON.stringify(text.slice(pos, pos + 10) || 'the end of the text')}`);
    return { kind: 'code', text: code, line };
  };
  const readObject = (line: number): LiteralNode => {
    pos++;
    const entries: [string, LiteralNode][] = [];
    for (;;) {
      skip();
      if (text[pos] === '}') {
        pos++;
        return { kind: 'object', entries, line };
      }
      const keyLine = lineAt(pos);
      let key: string;
      if (text[pos] === '"' || text[pos] === "'") key = readString();
      else if (text[pos] === '[') {
        pos++;
        skip();
        if (text[pos] !== '"' && text[pos] !== "'") fail('a computed key must be a string literal');
        key = readString();
        skip();
        if (text[pos] !== ']') fail('expected "]" after the computed key');
        pos++;
      } else {
        const name = /[A-Za-z_$][\w$]*|\d+/y;
        name.lastIndex = pos;
        const match = name.exec(text);
        if (!match) {
          entries.push(['…', { kind: 'code', text: readCode(), line: keyLine }]);
          if (text[pos] === ',') pos++;
          continue;
        }
        key = match[0];
        pos += key.length;
      }
      skip();
      if (text[pos] === ':') {
        pos++;
        entries.push([key, readValue()]);
      } else {
        // Shorthand `{ key }` or a method `key() { … }`: code either way.
        const rest = readCode();
        entries.push([key, { kind: 'code', text: key + rest, line: keyLine }]);
      }
      skip();
      if (text[pos] === ',') pos++;
      else if (text[pos] !== '}') fail(`expected "," or "}" after the value of ${JSON.stringify(key)}`);
    }
  };
  const readArray = (line: number): LiteralNode => {
    pos++;
    const items: LiteralNode[] = [];
    for (;;) {
      skip();
      if (text[pos] === ']') {
        pos++;
        return { kind: 'array', items, line };
      }
      items.push(readValue());
      skip();
      if (text[pos] === ',') pos++;
      else if (text[pos] !== ']') fail('expected "," or "]" in the array');
    }
  };
  const node = readValue();
  return { node, end: pos };
}
