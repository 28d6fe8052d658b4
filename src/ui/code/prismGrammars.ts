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
import { tokensToLines } from './tokensToLines';

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
 * The highlighted HTML of each line (as `splitLines` counts them), or null for a language without a grammar.
 * @example highlightToLines('a\nb', 'typescript') // ['a', 'b']
 */
export function highlightToLines(code: string, language: string): string[] | null {
  const grammar = grammarOf(language);
  return grammar ? tokensToLines(Prism.tokenize(code, grammar)) : null;
}

function grammarOf(language: string): Prism.Grammar | undefined {
  const name = GRAMMAR_NAMES.get(language);
  return name === undefined ? undefined : Prism.languages[name];
}
