/** Field readers shared by the XState importer's config and transition readers. */
import { childPath } from '../machine/problems';
import type { LiteralNode } from './objectLiteral';

/** Records a refusal at a JSON path, with the line of the offending node when known. */
export type Report = (path: string, message: string, node?: LiteralNode) => void;

/** Reads an optional string field; `undefined` when absent, reported when not a string. */
export function stringField(fields: ReadonlyMap<string, LiteralNode>, key: string, path: string, report: Report): string | undefined {
  const node = fields.get(key);
  if (node === undefined || node.kind === 'null') return undefined;
  if (node.kind === 'string') return node.value;
  report(childPath(path, key), node.kind === 'code' ? `expected a string, found code (${preview(node.text)})` : `expected a string, found ${node.kind}`, node);
  return undefined;
}

/** `'a'`, `['a', { type: 'b' }]`: named actions; inline functions and action creators are refused. */
export function nameList(node: LiteralNode | undefined, path: string, report: Report): string[] {
  if (node === undefined || node.kind === 'null') return [];
  const items = node.kind === 'array' ? node.items : [node];
  const names: string[] = [];
  items.forEach((item, index) => {
    const itemPath = node.kind === 'array' ? childPath(path, index) : path;
    const name = namedReference(item);
    if (name !== undefined) names.push(name);
    else report(itemPath, item.kind === 'code' ? `inline code (${preview(item.text)}) cannot be represented; reference the action by name and supply it with machine.provide` : `expected an action name, found ${item.kind}`, item);
  });
  return names;
}

/** `'name'` or `{ type: 'name' }` without params. */
export function namedReference(node: LiteralNode): string | undefined {
  if (node.kind === 'string' && node.value !== '') return node.value;
  if (node.kind !== 'object' || node.entries.length !== 1) return undefined;
  const [key, value] = node.entries[0]!;
  return key === 'type' && value.kind === 'string' && value.value !== '' ? value.value : undefined;
}

export function preview(code: string): string {
  const flat = code.replace(/\s+/g, ' ');
  return flat.length > 40 ? flat.slice(0, 40) + '…' : flat;
}

