/**
 * A small, strict XML parser for the SCXML importer: elements, attributes,
 * namespaces, text, comments, CDATA and processing instructions, each element
 * with the line it starts on. No DOM, so it runs in Node and workers alike.
 *
 * It refuses what it does not handle instead of guessing: a DOCTYPE (and so any
 * entity other than the five predefined ones), mismatched tags, duplicate
 * attributes, undeclared prefixes. Errors are thrown as `XmlError` with a line.
 */

export interface XmlElement {
  /** Local name, without prefix. */
  readonly name: string;
  /** Namespace URI, or '' for none. */
  readonly namespace: string;
  /** Attributes without a prefix, by local name. */
  readonly attributes: ReadonlyMap<string, string>;
  /** Prefixed attributes, keyed by `{namespace URI}localName`. */
  readonly namespacedAttributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
  /** Text directly inside the element (CDATA included), concatenated. */
  readonly text: string;
  readonly line: number;
}

export class XmlError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const NAME = /[A-Za-z_\u00c0-\uffff][\w.\-\u00b7\u00c0-\uffff]*(?::[A-Za-z_\u00c0-\uffff][\w.\-\u00b7\u00c0-\uffff]*)?/y;
const PREDEFINED = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

interface Building {
  readonly qualifiedName: string;
  readonly rawAttributes: ReadonlyMap<string, string>;
  readonly scope: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  text: string;
  readonly line: number;
}

/**
 * Parses a whole document and returns its root element.
 * @example parseXml('<a x="1"><b/></a>').children[0].name // 'b'
 */
export function parseXml(source: string): XmlElement {
  const text = source.replace(/\r\n?/g, '\n');
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const stack: Building[] = [];
  let root: XmlElement | undefined;

  const fail = (message: string): never => {
    throw new XmlError(line, message);
  };
  const advance = (to: number) => {
    for (let i = pos; i < to; i++) if (text.charCodeAt(i) === 10) line++;
    pos = to;
  };
  const expectEnd = (marker: string, what: string) => {
    const end = text.indexOf(marker, pos);
    if (end < 0) fail(`${what} is not closed; add "${marker}"`);
    const body = text.slice(pos, end);
    advance(end + marker.length);
    return body;
  };
  const readName = (what: string): string => {
    NAME.lastIndex = pos;
    const match = NAME.exec(text);
    if (!match) return fail(`expected ${what}, found ${JSON.stringify(text.slice(pos, pos + 10))}`);
    advance(pos + match[0].length);
    return match[0];
  };
  const skipSpace = () => {
    const match = /\s*/y;
    match.lastIndex = pos;
    advance(pos + (match.exec(text)?.[0].length ?? 0));
  };

  while (pos < text.length) {
    const next = text.indexOf('<', pos);
    const chunk = next < 0 ? text.slice(pos) : text.slice(pos, next);
    if (chunk) {
      const top = stack[stack.length - 1];
      if (top) top.text += decodeText(chunk, line, false);
      else if (chunk.trim()) fail('text outside the root element');
      advance(pos + chunk.length);
    }
    if (next < 0) break;
    if (text.startsWith('<!--', pos)) {
      advance(pos + 4);
      expectEnd('-->', 'a comment');
    } else if (text.startsWith('<![CDATA[', pos)) {
      advance(pos + 9);
      const top = stack[stack.length - 1];
      const body = expectEnd(']]>', 'a CDATA section');
      if (!top) fail('CDATA outside the root element');
      else top.text += body;
    } else if (text.startsWith('<!DOCTYPE', pos) || text.startsWith('<!', pos)) {
      fail('DOCTYPE declarations are not supported; remove the <!DOCTYPE …> line');
    } else if (text.startsWith('<?', pos)) {
      advance(pos + 2);
      expectEnd('?>', 'a processing instruction');
    } else if (text.startsWith('</', pos)) {
      advance(pos + 2);
      const name = readName('an element name');
      skipSpace();
      if (text[pos] !== '>') fail(`expected ">" to close </${name}`);
      advance(pos + 1);
      const open = stack.pop();
      if (!open) return fail(`closing tag </${name}> without an opening tag`);
      if (open.qualifiedName !== name) fail(`</${name}> closes <${open.qualifiedName}> from line ${open.line}`);
      const element = finish(open);
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else root = element;
    } else {
      advance(pos + 1);
      const startLine = line;
      if (root) fail('content after the root element');
      const qualifiedName = readName('an element name');
      const rawAttributes = new Map<string, string>();
      for (;;) {
        const before = pos;
        skipSpace();
        if (text.startsWith('/>', pos) || text[pos] === '>') break;
        if (pos === before) fail(`expected a space before the next attribute of <${qualifiedName}>`);
        const attribute = readName('an attribute name');
        skipSpace();
        if (text[pos] !== '=') fail(`attribute ${attribute} needs ="value"`);
        advance(pos + 1);
        skipSpace();
        const quote = text[pos];
        if (quote !== '"' && quote !== "'") return fail(`the value of ${attribute} must be quoted`);
        advance(pos + 1);
        const valueLine = line;
        const raw = expectEnd(quote, `the value of ${attribute}`);
        if (raw.includes('<')) fail(`the value of ${attribute} contains "<"; write &lt;`);
        if (rawAttributes.has(attribute)) fail(`attribute ${attribute} appears twice on <${qualifiedName}>`);
        rawAttributes.set(attribute, decodeText(raw, valueLine, true));
      }
      const selfClosing = text[pos] === '/';
      advance(pos + (selfClosing ? 2 : 1));
      const parentScope = stack[stack.length - 1]?.scope ?? new Map([['xml', XML_NAMESPACE], ['', '']]);
      const scope = new Map(parentScope);
      for (const [attribute, value] of rawAttributes) {
        if (attribute === 'xmlns') scope.set('', value);
        else if (attribute.startsWith('xmlns:')) scope.set(attribute.slice(6), value);
      }
      const building: Building = { qualifiedName, rawAttributes, scope, children: [], text: '', line: startLine };
      if (selfClosing) {
        const element = finish(building);
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(element);
        else root = element;
      } else {
        stack.push(building);
      }
    }
  }
  const unclosed = stack.pop();
  if (unclosed) throw new XmlError(unclosed.line, `<${unclosed.qualifiedName}> is never closed`);
  if (!root) throw new XmlError(line, 'no root element; the file is empty or not XML');
  return root;
}

function finish(building: Building): XmlElement {
  const { qualifiedName, rawAttributes, scope, line } = building;
  const [prefix, name] = splitName(qualifiedName);
  const namespace = scope.get(prefix);
  if (namespace === undefined) throw new XmlError(line, `the prefix "${prefix}" of <${qualifiedName}> is not declared (add xmlns:${prefix}="…")`);
  const attributes = new Map<string, string>();
  const namespacedAttributes = new Map<string, string>();
  for (const [attribute, value] of rawAttributes) {
    if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) continue;
    const [attributePrefix, local] = splitName(attribute);
    if (!attributePrefix) {
      attributes.set(local, value);
      continue;
    }
    const attributeNamespace = scope.get(attributePrefix);
    if (attributeNamespace === undefined) throw new XmlError(line, `the prefix "${attributePrefix}" of attribute ${attribute} is not declared`);
    namespacedAttributes.set(`{${attributeNamespace}}${local}`, value);
  }
  return { name, namespace, attributes, namespacedAttributes, children: building.children, text: building.text, line };
}

function splitName(qualifiedName: string): [prefix: string, local: string] {
  const colon = qualifiedName.indexOf(':');
  return colon < 0 ? ['', qualifiedName] : [qualifiedName.slice(0, colon), qualifiedName.slice(colon + 1)];
}

/** Resolves references; in attribute values, literal whitespace becomes a space as XML requires. */
function decodeText(raw: string, line: number, attribute: boolean): string {
  const normalised = attribute ? raw.replace(/[\t\n]/g, ' ') : raw;
  return normalised.replace(/&([^;&\s]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) throw new XmlError(line, `"&" must start a reference such as &amp;; found ${JSON.stringify(whole)}`);
    if (body.startsWith('#')) {
      const point = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isInteger(point) || point < 1 || point > 0x10ffff) throw new XmlError(line, `invalid character reference &${body};`);
      return String.fromCodePoint(point);
    }
    const named = PREDEFINED.get(body);
    if (named === undefined) throw new XmlError(line, `unknown entity &${body}; (only &lt; &gt; &amp; &quot; &apos; are defined)`);
    return named;
  });
}
