import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { escapeHtml, tokensToHtml } from './tokensToHtml';
import { highlightToHtml } from './prismGrammars';
import { lineCount, lineNumbers } from './codeLines';

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

describe('tokensToHtml', () => {
  test('escapes text and wraps tokens with their type and aliases', () => {
    expect(tokensToHtml(['a < b ', { type: 'keyword', content: 'if', alias: ['x', 'y'] }, { type: 'string', content: ['"', { type: 'p', content: '&' }] }])).toBe(
      'a &lt; b <span class="token keyword x y">if</span><span class="token string">&quot;<span class="token p">&amp;</span></span>',
    );
  });

  test('escapes every markup character', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')"> & more`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; more');
  });

  test.prop([fc.string({ unit: 'binary' }), fc.constantFrom(...LANGUAGES)])('highlighted code shows exactly the code, and no markup of its own', (code, language) => {
    const html = highlightToHtml(code, language);
    expect(html).not.toBeNull();
    expect(shownText(html!)).toBe(code);
    expect(strayMarkup(html!)).toBe(false);
  });

  test('generated-looking code with hostile names stays text', () => {
    const code = 'export const states = ["</span><script>alert(1)</script>", "a\\"b"] as const;\n<state id="&amp;"/>\n';
    for (const language of LANGUAGES) {
      const html = highlightToHtml(code, language)!;
      expect(shownText(html)).toBe(code);
      expect(html).not.toContain('<script>');
    }
  });

  test('recognises each target language (keywords become tokens)', () => {
    expect(highlightToHtml('export function f(): void {}', 'typescript')).toContain('<span class="token keyword">export</span>');
    expect(highlightToHtml('{"a": 1}', 'json')).toContain('<span class="token property">&quot;a&quot;</span>');
    expect(highlightToHtml('<scxml version="1.0"/>', 'markup')).toContain('token tag');
    expect(highlightToHtml('stateDiagram-v2\n  A --> B', 'mermaid')).toContain('token keyword');
    expect(highlightToHtml('digraph G { a -> b }', 'dot')).toContain('token keyword');
  });

  test('an unknown language is left to the caller as plain text', () => {
    expect(highlightToHtml('x', 'cobol')).toBeNull();
    expect(highlightToHtml('x', '__proto__')).toBeNull();
  });
});

describe('line numbers', () => {
  test('a final newline ends the last line', () => {
    expect(lineCount('')).toBe(1);
    expect(lineCount('a')).toBe(1);
    expect(lineCount('a\n')).toBe(1);
    expect(lineCount('a\nb')).toBe(2);
    expect(lineCount('a\n\n')).toBe(2);
    expect(lineNumbers(3)).toBe('1\n2\n3');
  });
});
