/**
 * Reads a flat XState machine into a Statewright document. Accepts machine JSON
 * (`machine.toJSON()` or a hand-written config), or a JS/TS module whose
 * `createMachine({…})` or `setup(…).createMachine({…})` config is an object literal.
 *
 * Guards and actions must be referenced by name (`guard: 'isValid'`,
 * `actions: ['notify']`, or `{ type: 'notify' }`); inline functions are refused
 * by path, as are nested `states`, `type: 'parallel'` / `'history'`, `always`,
 * `after`, `invoke`, `onDone`, wildcard events, targetless and multi-target
 * transitions. `context`, `types`, `meta` and `tags` are ignored: they hold data
 * and typing, not states or transitions.
 */
import { childPath, type InputProblem } from '../machine/problems';
import { restore, type RestoreResult } from '../machine/restore';
import { LiteralError, readLiteral, type LiteralNode } from './objectLiteral';
import { nameList, stringField, type Report } from './xstateFields';
import { readXStateTransition, type XStateTransition } from './xstateTransition';

/** Root keys that hold data, typing or options, not states or transitions. */
const IGNORED_ROOT_KEYS = new Set(['context', 'types', 'schema', 'tsTypes', 'meta', 'version', 'predictableActionArguments', 'preserveActionOrder']);
/** State keys read here or (`meta`, `tags`) meaning nothing to the transition table. */
const KNOWN_STATE_KEYS = new Set(['meta', 'tags', 'id', 'description', 'type', 'entry', 'exit', 'on']);

/**
 * Imports XState config text; refusals come back as problems located by JSON path and line.
 * @example importXState('{"id":"light","initial":"green","states":{"green":{"on":{"TIMER":"yellow"}},"yellow":{}}}')
 */
export function importXState(text: string): RestoreResult {
  const start = configStart(text);
  if (start === undefined) {
    return { ok: false, problems: [{ path: '', message: 'no XState config found: expected a JSON object or createMachine({ … }) with an object literal' }] };
  }
  let config: LiteralNode;
  try {
    config = readLiteral(text, start).node;
  } catch (error) {
    if (error instanceof LiteralError) return { ok: false, problems: [{ path: `line ${error.line}`, message: error.message }] };
    throw error;
  }
  const problems: InputProblem[] = [];
  const report: Report = (path, message, node) => problems.push({ path: node ? `${path || '(config)'} (line ${node.line})` : path, message });
  if (config.kind !== 'object') {
    report('', `expected the machine config object, found ${config.kind}`, config);
    return { ok: false, problems };
  }

  const root = new Map(config.entries);
  for (const [key, value] of config.entries) {
    if (['id', 'initial', 'states', 'description'].includes(key) || IGNORED_ROOT_KEYS.has(key)) continue;
    report(key, rootRefusal(key), value);
  }
  const name = stringField(root, 'id', '', report);
  const description = stringField(root, 'description', '', report);
  const initialKey = stringField(root, 'initial', '', report);
  const statesNode = root.get('states');
  const stateEntries = statesNode?.kind === 'object' ? statesNode.entries : [];
  if (statesNode && statesNode.kind !== 'object') report('states', 'expected an object of states keyed by name', statesNode);

  // Targets may name a state by key or by `#id` (an explicit id or `machineId.key`).
  const byId = new Map<string, string>();
  for (const [key, node] of stateEntries) {
    byId.set(`${name ?? '(machine)'}.${key}`, key);
    const explicit = node.kind === 'object' ? node.entries.find(([k]) => k === 'id')?.[1] : undefined;
    if (explicit?.kind === 'string') byId.set(explicit.value, key);
  }

  const states: object[] = [];
  const transitions: XStateTransition[] = [];
  for (const [key, node] of stateEntries) {
    const path = childPath('states', key);
    if (node.kind !== 'object') {
      report(path, 'expected a state config object', node);
      continue;
    }
    const fields = new Map(node.entries);
    for (const [field, value] of node.entries) {
      if (!KNOWN_STATE_KEYS.has(field)) report(childPath(path, field), stateRefusal(field, value), value);
    }
    const type = stringField(fields, 'type', path, report);
    if (type !== undefined && type !== 'final' && type !== 'atomic') report(childPath(path, 'type'), typeRefusal(type), fields.get('type'));
    const entry = nameList(fields.get('entry'), childPath(path, 'entry'), report);
    const exit = nameList(fields.get('exit'), childPath(path, 'exit'), report);
    exit.push(...nameList(metaField(fields.get('meta'), 'statewrightExit'), childPath(childPath(path, 'meta'), 'statewrightExit'), report));
    const stateDescription = stringField(fields, 'description', path, report);
    states.push({
      name: key,
      ...(stateDescription !== undefined ? { description: stateDescription } : {}),
      ...(type === 'final' ? { final: true } : {}),
      entry,
      exit,
    });
    const on = fields.get('on');
    if (on && on.kind !== 'object') report(childPath(path, 'on'), 'expected an object of transitions keyed by event', on);
    const kept = metaField(fields.get('meta'), 'statewrightOn');
    const groups = [
      { node: on, path: childPath(path, 'on') },
      { node: kept, path: childPath(childPath(path, 'meta'), 'statewrightOn') },
    ];
    for (const group of groups) {
      for (const [event, config] of group.node?.kind === 'object' ? group.node.entries : []) {
        const context = { from: key, event, path: childPath(group.path, event), hasEntryOrExit: entry.length + exit.length > 0, byId };
        transitions.push(...readXStateTransition(config, context, report));
      }
    }
  }
  if (problems.length) return { ok: false, problems };
  return restore({
    version: 1,
    ...(name !== undefined ? { name } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(initialKey !== undefined ? { initial: initialKey } : {}),
    states,
    transitions,
  });
}

/** `meta.statewrightExit` / `meta.statewrightOn`: what `generateXState` keeps of a final state out of XState's way. */
function metaField(meta: LiteralNode | undefined, field: string): LiteralNode | undefined {
  return meta?.kind === 'object' ? meta.entries.find(([key]) => key === field)?.[1] : undefined;
}

/** Offset of the config object: the whole text when it is JSON, else the argument of `createMachine(`. */
function configStart(text: string): number | undefined {
  const first = /\S/.exec(text);
  if (first?.[0] === '{') return first.index;
  const call = /\bcreateMachine\s*\(\s*/.exec(text);
  if (!call) return undefined;
  const at = call.index + call[0].length;
  return text[at] === '{' ? at : undefined;
}

function rootRefusal(key: string): string {
  switch (key) {
    case 'type':
      return 'a machine-level type (parallel) cannot be represented in a flat machine';
    case 'on':
      return 'machine-level transitions apply in every state; write them on each state';
    case 'entry':
    case 'exit':
      return `machine-level ${key} actions have no place in a flat machine; put them on the initial or final state`;
    default:
      return stateRefusal(key, undefined);
  }
}

function stateRefusal(field: string, value: LiteralNode | undefined): string {
  switch (field) {
    case 'states':
      return value?.kind === 'object' && value.entries.length === 0 ? 'an empty states object; remove it' : 'nested states (a compound state) cannot be represented in a flat machine';
    case 'initial':
      return 'an initial child state means a compound state, which a flat machine cannot represent';
    case 'always':
      return 'eventless (always) transitions fire on their own, which a Statewright machine cannot represent';
    case 'after':
      return 'delayed (after) transitions fire on a timer, which a Statewright machine cannot represent';
    case 'invoke':
      return 'invoked actors cannot be represented in a Statewright machine';
    case 'onDone':
    case 'onError':
      return `${field} belongs to compound states and invoked actors, which a flat machine cannot represent`;
    case 'history':
      return 'history states cannot be represented in a flat machine';
    default:
      return `"${field}" is not part of a flat XState machine that Statewright can import`;
  }
}

function typeRefusal(type: string): string {
  if (type === 'parallel') return 'parallel states cannot be represented in a flat machine';
  if (type === 'history') return 'history states cannot be represented in a flat machine';
  if (type === 'compound') return 'compound states cannot be represented in a flat machine';
  return `unknown state type "${type}"; expected "final" or "atomic"`;
}
