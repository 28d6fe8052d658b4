/**
 * Renders Prism's token stream as HTML, line by line. Kept apart from Prism so that the one
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
 * Highlighted HTML, one string per line: text escaped, each token a
 * `<span class="token TYPE">`. A token that spans a line break is closed at
 * the end of the line and opened again on the next, so each line stands alone
 * (the preview renders only the lines in view). A final newline ends the last
 * line rather than starting an empty one, as in `splitLines`.
 * @example tokensToLines([{ type: 'comment', content: '/* a\nb *\/' }]) // ['<span class="token comment">/* a</span>', '<span class="token comment">b *\/</span>']
 */
export function tokensToLines(content: HighlightContent): string[] {
  const lines: string[] = [];
  const open: string[] = [];
  let line: string[] = [];
  const endLine = () => {
    lines.push(line.join('') + '</span>'.repeat(open.length));
    line = [...open];
  };
  const visit = (node: HighlightContent): void => {
    if (typeof node === 'string') {
      const pieces = node.split('\n');
      pieces.forEach((piece, index) => {
        if (index > 0) endLine();
        if (piece) line.push(escapeHtml(piece));
      });
    } else if (isTokenList(node)) node.forEach(visit);
    else {
      const tag = `<span class="${classOf(node)}">`;
      open.push(tag);
      line.push(tag);
      visit(node.content);
      open.pop();
      line.push('</span>');
    }
  };
  visit(content);
  lines.push(line.join(''));
  // Escaped text has no '<', so a line that is only tags is an empty line.
  if (lines.length > 1 && lines[lines.length - 1]!.replace(/<[^>]*>/g, '') === '') lines.pop();
  return lines;
}

function isTokenList(node: HighlightContent): node is readonly (string | HighlightToken)[] {
  return Array.isArray(node);
}
