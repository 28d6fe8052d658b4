import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { escapeHtml, tokensToLines } from './tokensToLines';
import { highlightToLines } from './prismGrammars';
import { FULL_RENDER_LINES, lineCount, lineWindow, longestLine, splitLines } from './codeLines';

/** The text a browser shows for our HTML: tags dropped, entities decoded. */
function shownText(html: string): string {
  return html
    .replace(/<span class="[^"<>]*">|<\/span>/g, '')
    .replace(/&lt;|&gt;|&quot;|&#39;|&amp;/g, (e) => ({ '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' })[e]!);
}

/** Markup left once our own span tags are removed: must be none. */
function strayMarkup(html: string): boolean {
  return /[<>]/.test(html.replace(/<span class="[^"<>]*">|<\/span>/g, ''));
}

const LANGUAGES = ['typescript', 'javascript', 'json', 'markup', 'mermaid', 'dot'];

describe('highlighted lines', () => {
  test('escapes text and wraps tokens with their type and aliases', () => {
    expect(tokensToLines(['a < b ', { type: 'keyword', content: 'if', alias: ['x', 'y'] }, { type: 'string', content: ['"', { type: 'p', content: '&' }] }])).toEqual([
      'a &lt; b <span class="token keyword x y">if</span><span class="token string">&quot;<span class="token p">&amp;</span></span>',
    ]);
  });

  test('escapes every markup character', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')"> & more`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; more');
  });

  test.prop([fc.string({ unit: 'binary' }), fc.constantFrom(...LANGUAGES)])('highlighted code shows exactly the code, and no markup of its own', (code, language) => {
    const lines = highlightToLines(code, language);
    expect(lines).not.toBeNull();
    expect(lines!.map(shownText)).toEqual(splitLines(code));
    expect(lines!.some(strayMarkup)).toBe(false);
  });

  test('generated-looking code with hostile names stays text', () => {
    const code = 'export const states = ["</span><script>alert(1)</script>", "a\\"b"] as const;\n<state id="&amp;"/>\n';
    for (const language of LANGUAGES) {
      const lines = highlightToLines(code, language)!;
      expect(lines.map(shownText)).toEqual(splitLines(code));
      expect(lines.join('\n')).not.toContain('<script>');
    }
  });

  test('recognises each target language (keywords become tokens)', () => {
    const html = (code: string, language: string) => highlightToLines(code, language)!.join('\n');
    expect(html('export function f(): void {}', 'typescript')).toContain('<span class="token keyword">export</span>');
    expect(html('{"a": 1}', 'json')).toContain('<span class="token property">&quot;a&quot;</span>');
    expect(html('<scxml version="1.0"/>', 'markup')).toContain('token tag');
    expect(html('stateDiagram-v2\n  A --> B', 'mermaid')).toContain('token keyword');
    expect(html('digraph G { a -> b }', 'dot')).toContain('token keyword');
  });

  test('an unknown language is left to the caller as plain text', () => {
    expect(highlightToLines('x', 'cobol')).toBeNull();
    expect(highlightToLines('x', '__proto__')).toBeNull();
  });
});

/** Whether every span opened on a line is closed on it. */
function balanced(line: string): boolean {
  let depth = 0;
  for (const tag of line.match(/<span class="[^"<>]*">|<\/span>/g) ?? []) {
    depth += tag === '</span>' ? -1 : 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('tokens across lines', () => {
  test('a token across a line break is closed and reopened', () => {
    expect(tokensToLines(['x', { type: 'comment', content: ['/* a\nb', { type: 'p', content: '\n' }, '*/'] }, '\n'])).toEqual([
      'x<span class="token comment">/* a</span>',
      '<span class="token comment">b<span class="token p"></span></span>',
      '<span class="token comment"><span class="token p"></span>*/</span>',
    ]);
  });

  test.prop([fc.string({ unit: fc.constantFrom('a', ' ', '\n', '"', '/', '*', '<', '>', '{', '}', '#', '-', '&', 'export', 'state') }), fc.constantFrom(...LANGUAGES)])(
    'each highlighted line shows exactly that line of the code, with its own tags closed',
    (code, language) => {
      const lines = highlightToLines(code, language)!;
      const expected = splitLines(code);
      expect(lines.map(shownText)).toEqual(expected);
      expect(lines.every(balanced)).toBe(true);
      expect(lines.some(strayMarkup)).toBe(false);
    },
  );
});

describe('lines', () => {
  test('a final newline ends the last line', () => {
    expect(lineCount('')).toBe(1);
    expect(lineCount('a')).toBe(1);
    expect(lineCount('a\n')).toBe(1);
    expect(lineCount('a\nb')).toBe(2);
    expect(lineCount('a\n\n')).toBe(2);
    expect(splitLines('a\n\n')).toEqual(['a', '']);
    expect(splitLines('')).toEqual(['']);
    expect(longestLine(['a', 'abc', ''])).toBe(3);
  });

  test.prop([fc.string({ unit: fc.constantFrom('a', '\n') })])('lineCount agrees with splitLines', (code) => {
    expect(lineCount(code)).toBe(splitLines(code).length);
  });

  test('short files render every line; long ones the lines in view and some either side', () => {
    expect(lineWindow(FULL_RENDER_LINES, 5_000, 800, 20, 40)).toEqual({ first: 0, end: FULL_RENDER_LINES });
    expect(lineWindow(10_000, 0, 800, 20, 40)).toEqual({ first: 0, end: 80 });
    expect(lineWindow(10_000, 2_000, 800, 20, 40)).toEqual({ first: 60, end: 180 });
    expect(lineWindow(10_000, 10_000 * 20, 800, 20, 40)).toEqual({ first: 9_960, end: 10_000 });
  });
});
