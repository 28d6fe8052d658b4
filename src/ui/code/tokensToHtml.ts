/**
 * Renders Prism's token stream as HTML. Kept apart from Prism so that the one
 * place that turns machine text (state names are any user string) into markup
 * is small and tested: every text and class is escaped here.
 */

/** The shape of Prism's `Token`, structurally, so this file needs no Prism import. */
export interface HighlightToken {
  readonly type: string;
  readonly alias?: string | string[] | undefined;
  readonly content: HighlightContent;
}

export type HighlightContent = string | HighlightToken | readonly (string | HighlightToken)[];

const ESCAPES = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
]);

/** @example escapeHtml('<a & "b">') // '&lt;a &amp; &quot;b&quot;&gt;' */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES.get(c) ?? c);
}

function classOf(token: HighlightToken): string {
  const aliases = token.alias === undefined ? [] : Array.isArray(token.alias) ? token.alias : [token.alias];
  return ['token', token.type, ...aliases].map(escapeHtml).join(' ');
}

/**
 * HTML for a token stream: text escaped, each token a `<span class="token TYPE">`.
 * @example tokensToHtml(['a ', { type: 'keyword', content: 'if' }]) // 'a <span class="token keyword">if</span>'
 */
export function tokensToHtml(content: HighlightContent): string {
  const parts: string[] = [];
  const visit = (node: HighlightContent): void => {
    if (typeof node === 'string') parts.push(escapeHtml(node));
    else if (isTokenList(node)) node.forEach(visit);
    else {
      parts.push(`<span class="${classOf(node)}">`);
      visit(node.content);
      parts.push('</span>');
    }
  };
  visit(content);
  return parts.join('');
}

function isTokenList(node: HighlightContent): node is readonly (string | HighlightToken)[] {
  return Array.isArray(node);
}
