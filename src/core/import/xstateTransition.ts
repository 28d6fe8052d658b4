/**
 * One `on: { Event: … }` entry of an XState state: a target string, a transition
 * object or an array of them, in priority order (the table order of SPEC section 3).
 */
import { childPath } from '../machine/problems';
import type { LiteralNode } from './objectLiteral';
import { nameList, namedReference, preview, type Report } from './xstateFields';

export interface XStateTransition {
  readonly from: string;
  readonly event: string;
  readonly to: string;
  readonly guard?: string;
  readonly actions: string[];
  readonly description?: string;
}

export interface TransitionContext {
  readonly from: string;
  readonly event: string;
  readonly path: string;
  /** Whether the source state has entry or exit actions, for the self-loop check. */
  readonly hasEntryOrExit: boolean;
  readonly byId: ReadonlyMap<string, string>;
}

/**
 * Reads the transitions for one event, refusing what a flat table cannot hold.
 * @example readXStateTransition({ kind: 'string', value: 'B', line: 1 }, context, report) // [{ from: 'A', event: 'go', to: 'B', actions: [] }]
 */
export function readXStateTransition(node: LiteralNode, context: TransitionContext, report: Report): XStateTransition[] {
  if (context.event === '*' || context.event.endsWith('.*')) {
    report(context.path, `the wildcard event "${context.event}" matches many events; list the events it stands for`, node);
    return [];
  }
  const items = node.kind === 'array' ? node.items : [node];
  const result: XStateTransition[] = [];
  items.forEach((item, index) => {
    const path = node.kind === 'array' ? childPath(context.path, index) : context.path;
    const read = readOne(item, path, context, report);
    if (read) result.push(read);
  });
  return result;
}

function readOne(node: LiteralNode, path: string, context: TransitionContext, report: Report): XStateTransition | undefined {
  if (node.kind === 'string') return { from: context.from, event: context.event, to: resolveTarget(node.value, path, node, context, report), actions: [] };
  if (node.kind !== 'object') {
    report(path, node.kind === 'code' ? `inline code (${preview(node.text)}) cannot be represented; write a transition object` : `expected a target or a transition object, found ${node.kind}`, node);
    return undefined;
  }
  const fields = new Map(node.entries);
  for (const [key, value] of node.entries) {
    if (!['target', 'guard', 'cond', 'actions', 'reenter', 'internal', 'description', 'meta'].includes(key)) {
      report(childPath(path, key), `"${key}" is not part of a transition Statewright can import`, value);
    }
  }
  const targetNode = fields.get('target');
  if (targetNode === undefined || targetNode.kind === 'null') {
    report(childPath(path, 'target'), 'a transition without a target stays in its state without exiting it, which a Statewright machine cannot represent; give it a target', node);
    return undefined;
  }
  let to: string;
  if (targetNode.kind === 'string') to = resolveTarget(targetNode.value, childPath(path, 'target'), targetNode, context, report);
  else if (targetNode.kind === 'array' && targetNode.items.length === 1 && targetNode.items[0]!.kind === 'string') {
    to = resolveTarget(targetNode.items[0]!.value, childPath(path, 'target'), targetNode, context, report);
  } else {
    report(childPath(path, 'target'), targetNode.kind === 'array' ? 'several targets enter parallel states, which a flat machine cannot represent' : `expected a target state name, found ${targetNode.kind}`, targetNode);
    return undefined;
  }
  const guardKey = fields.has('guard') ? 'guard' : 'cond';
  const guardNode = fields.get(guardKey);
  let guard: string | undefined;
  if (guardNode !== undefined && guardNode.kind !== 'null') {
    guard = namedReference(guardNode);
    if (guard === undefined) {
      const what = guardNode.kind === 'code' ? `inline code (${preview(guardNode.text)})` : `a ${guardNode.kind}`;
      report(childPath(path, guardKey), `${what} cannot be represented as a guard; reference the guard by name and supply it with machine.provide`, guardNode);
    }
  }
  const reenter = fields.get('reenter');
  const internal = fields.get('internal');
  const reenters = (reenter?.kind === 'boolean' && reenter.value) || (internal?.kind === 'boolean' && !internal.value);
  if (to === context.from && !reenters && context.hasEntryOrExit) {
    report(path, 'this self-transition does not exit and re-enter its state in XState, but a Statewright self-transition always does (running exit and entry actions); add reenter: true to import it', node);
  }
  const actions = nameList(fields.get('actions'), childPath(path, 'actions'), report);
  const description = fields.get('description');
  return {
    from: context.from,
    event: context.event,
    to,
    ...(guard !== undefined ? { guard } : {}),
    actions,
    ...(description?.kind === 'string' ? { description: description.value } : {}),
  };
}

/** Sibling keys, with XState's `\` escapes; `#id` references; no paths into child states. */
function resolveTarget(target: string, path: string, node: LiteralNode, context: TransitionContext, report: Report): string {
  const segments: string[] = [''];
  for (let i = 0; i < target.length; i++) {
    const char = target[i]!;
    if (char === '\\') segments[segments.length - 1] += target[++i] ?? '';
    else if (char === '.') segments.push('');
    else segments[segments.length - 1] += char;
  }
  const [first, ...rest] = segments as [string, ...string[]];
  if (first.startsWith('#') && rest.length === 0) {
    const key = context.byId.get(first.slice(1));
    if (key !== undefined) return key;
  }
  if (target.startsWith('.') || rest.length > 0) {
    const whole = first.startsWith('#') ? context.byId.get([first.slice(1), ...rest].join('.')) : undefined;
    if (whole !== undefined) return whole;
    report(path, `the target "${target}" points into a child state, which a flat machine cannot represent`, node);
    return target;
  }
  // An unknown key is kept, so the checks report it instead of it vanishing.
  return first;
}
