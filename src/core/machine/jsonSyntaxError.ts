/**
 * Locates a JSON syntax error as line and column. JavaScript engines do not
 * always say where JSON.parse failed, so this scans the text with a small
 * validating reader and reports the first offset it cannot accept.
 */

/** `not valid JSON at line 3, column 14: expected a value` */
export function describeJsonSyntaxError(text: string): string {
  const { offset, expected } = firstJsonError(text);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const found = offset >= text.length ? 'the end of the text' : JSON.stringify(text[offset]);
  return `not valid JSON at line ${line}, column ${column}: expected ${expected}, found ${found}`;
}

interface JsonError {
  readonly offset: number;
  readonly expected: string;
}

class Failure {
  constructor(readonly error: JsonError) {}
}

function firstJsonError(text: string): JsonError {
  let i = 0;
  const fail = (expected: string): never => {
    throw new Failure({ offset: i, expected });
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    for (const ch of word) if (text[i++] !== ch) (i--, fail(`"${word}"`));
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length && text[i] !== '"') {
      const ch = text[i]!;
      if (ch < ' ') fail('a closing quote (strings cannot contain raw line breaks)');
      if (ch === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('four hex digits after \\u');
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? '')) fail('a valid escape');
      }
      i++;
    }
    if (i >= text.length) fail('a closing quote');
    i++;
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail('a value');
    i += match![0].length;
  };
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '{') return object();
    if (ch === '[') return array();
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    return number();
  };
  const object = () => {
    i++;
    space();
    if (text[i] === '}') return void i++;
    for (;;) {
      space();
      if (text[i] !== '"') fail('a quoted key');
      string();
      space();
      if (text[i] !== ':') fail('":"');
      i++;
      value();
      space();
      if (text[i] === ',') i++;
      else if (text[i] === '}') return void i++;
      else fail('"," or "}"');
    }
  };
  const array = () => {
    i++;
    space();
    if (text[i] === ']') return void i++;
    for (;;) {
      value();
      space();
      if (text[i] === ',') i++;
      else if (text[i] === ']') return void i++;
      else fail('"," or "]"');
    }
  };
  try {
    value();
    space();
    if (i < text.length) fail('the end of the text');
  } catch (error) {
    if (error instanceof Failure) return error.error;
    throw error;
  }
  return { offset: 0, expected: 'valid JSON' };
}
