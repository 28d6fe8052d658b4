/**
 * Prism with the grammars of the export targets. Reached only through
 * `loadHighlighter()`'s dynamic import, so none of it is in the initial bundle.
 * Import order matters: the language files extend grammars loaded before them
 * and find Prism as a global, which the core sets on load.
 */
import './prismManualMode';
import Prism from 'prismjs';
import 'prismjs/components/prism-typescript';
import 'prismjs/components/prism-json';
import 'prismjs/components/prism-mermaid';
import 'prismjs/components/prism-dot';
import { tokensToHtml } from './tokensToHtml';

/** Prism's own bundle already holds markup (XML), CSS, clike and JavaScript. */
const GRAMMAR_NAMES = new Map<string, string>([
  ['typescript', 'typescript'],
  ['javascript', 'javascript'],
  ['json', 'json'],
  ['markup', 'markup'],
  ['mermaid', 'mermaid'],
  ['dot', 'dot'],
]);

/**
 * Highlighted HTML for `code` (every character escaped), or null for a language
 * without a grammar, which the caller shows as plain text.
 * @example highlightToHtml('const a = 1;', 'typescript') // '<span class="token keyword">const</span> a …'
 */
export function highlightToHtml(code: string, language: string): string | null {
  const name = GRAMMAR_NAMES.get(language);
  const grammar = name === undefined ? undefined : Prism.languages[name];
  if (!grammar) return null;
  return tokensToHtml(Prism.tokenize(code, grammar));
}
