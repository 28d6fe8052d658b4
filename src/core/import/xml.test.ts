import { describe, expect, it } from 'vitest';
import { parseXml, XmlError } from './xml';

function errorOf(text: string): { line: number; message: string } {
  try {
    parseXml(text);
  } catch (error) {
    if (error instanceof XmlError) return { line: error.line, message: error.message };
    throw error;
  }
  throw new Error('expected a parse error');
}

describe('parseXml', () => {
  it('reads elements, namespaces, attributes, text and lines', () => {
    const root = parseXml('<?xml version="1.0"?>\n<!-- c -->\n<a xmlns="urn:a" xmlns:p="urn:p" x=\'1\' p:y="&lt;&#10;&#x41;">\n  <b>t<![CDATA[<raw>]]></b>\n  <p:c/>\n</a>');
    expect(root.name).toBe('a');
    expect(root.namespace).toBe('urn:a');
    expect(root.line).toBe(3);
    expect(root.attributes.get('x')).toBe('1');
    expect(root.namespacedAttributes.get('{urn:p}y')).toBe('<\nA');
    expect(root.children.map((c) => [c.name, c.namespace, c.line])).toEqual([['b', 'urn:a', 4], ['c', 'urn:p', 5]]);
    expect(root.children[0]!.text).toBe('t<raw>');
  });

  it('normalises literal whitespace in attribute values, as XML requires, but keeps references', () => {
    expect(parseXml('<a v="x\ny\tz&#9;"/>').attributes.get('v')).toBe('x y z\t');
  });

  it('refuses malformed input with the line of the problem', () => {
    expect(errorOf('<a>\n<b>\n</a>')).toEqual({ line: 3, message: '</a> closes <b> from line 2' });
    expect(errorOf('<a>\n  <b/>')).toEqual({ line: 1, message: '<a> is never closed' });
    expect(errorOf('<a x="1" x="2"/>').message).toBe('attribute x appears twice on <a>');
    expect(errorOf('<a>&nbsp;</a>').message).toMatch(/unknown entity &nbsp;/);
    expect(errorOf('<a>AT&T</a>').message).toMatch(/"&" must start a reference/);
    expect(errorOf('<p:a/>').message).toMatch(/prefix "p" of <p:a> is not declared/);
    expect(errorOf('<a/><b/>').message).toBe('content after the root element');
    expect(errorOf('').message).toMatch(/no root element/);
  });
});
