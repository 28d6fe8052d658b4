/**
 * Reads SCXML into a Statewright document: top-level `<state>` and `<final>`,
 * `<transition event target cond>` in document order, `<onentry>`/`<onexit>`.
 *
 * Named actions are `<sw:action name="…"/>` (the form `generateScxml` writes);
 * real names come from `sw:name` / `sw:event` when present. Anything a flat
 * machine cannot hold is refused with its line: compound states, `<parallel>`,
 * `<history>`, `<invoke>`, eventless or targetless transitions, several targets,
 * wildcard events, and executable content other than `<sw:action>` (`<raise>`,
 * `<send>`, `<script>`, `<assign>`, `<log>`… have behaviour a name cannot carry).
 * Elements of other namespaces outside executable content are annotations that
 * SCXML processors ignore, and so does this importer.
 */
import { restore, type RestoreResult } from '../machine/restore';
import type { InputProblem } from '../machine/problems';
import { STATEWRIGHT_SCXML_NAMESPACE } from '../codegen/scxml';
import { decodeScxmlName } from '../codegen/scxmlText';
import { parseXml, XmlError, type XmlElement } from './xml';

const SCXML_NAMESPACE = 'http://www.w3.org/2005/07/scxml';

interface DocumentState {
  name: string;
  description?: string;
  final?: boolean;
  entry: string[];
  exit: string[];
}

interface DocumentTransition {
  fromId: string;
  event: string;
  toId: string;
  guard?: string;
  actions: string[];
  description?: string;
}

/**
 * Imports SCXML text; refusals and parse errors come back as problems located by `line N`.
 * @example importScxml('<scxml xmlns="http://www.w3.org/2005/07/scxml" version="1.0"><final id="Done"/></scxml>')
 */
export function importScxml(text: string): RestoreResult {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (error) {
    if (error instanceof XmlError) return refused([{ path: `line ${error.line}`, message: `not well-formed XML: ${error.message}` }]);
    throw error;
  }
  const problems: InputProblem[] = [];
  const refuse = (element: XmlElement, message: string) => problems.push({ path: `line ${element.line}`, message });

  if (!isScxml(root) || root.name !== 'scxml') {
    return refused([{ path: `line ${root.line}`, message: `expected an <scxml> root element in the namespace ${SCXML_NAMESPACE}, found <${root.name}>` }]);
  }
  const states: DocumentState[] = [];
  const ids: string[] = [];
  const transitions: DocumentTransition[] = [];
  for (const child of root.children) {
    if (!isScxml(child)) {
      if (child.namespace === STATEWRIGHT_SCXML_NAMESPACE) refuse(child, `<${child.name}> is not a Statewright SCXML element at the top level`);
      continue;
    }
    if (child.name === 'state' || child.name === 'final') {
      const id = child.attributes.get('id');
      if (id === undefined) {
        refuse(child, `<${child.name}> needs an id attribute`);
        continue;
      }
      ids.push(id);
      states.push(readState(child, id, transitions, refuse));
    } else {
      refuse(child, topLevelRefusal(child.name));
    }
  }

  const names = new Map<string, string>();
  ids.forEach((id, index) => names.set(id, states[index]!.name));
  // An unknown id is kept as the state's name, so the checks report it instead of it vanishing.
  const nameOf = (id: string) => names.get(id) ?? id;
  const initialIds = (root.attributes.get('initial') ?? '').split(/\s+/).filter(Boolean);
  if (initialIds.length > 1) refuse(root, `initial names ${initialIds.length} states (${initialIds.join(', ')}); a flat machine starts in exactly one`);
  const initialId = initialIds[0] ?? ids[0];

  if (problems.length) return refused(problems);
  const description = sw(root, 'description');
  return restore({
    version: 1,
    name: root.attributes.get('name') ?? 'Untitled',
    ...(description !== undefined ? { description } : {}),
    ...(initialId !== undefined ? { initial: nameOf(initialId) } : {}),
    states: states.map((s) => ({
      name: s.name,
      ...(s.description !== undefined ? { description: s.description } : {}),
      ...(s.final ? { final: true } : {}),
      entry: s.entry,
      exit: s.exit,
    })),
    transitions: transitions.map((t) => ({
      from: nameOf(t.fromId),
      event: t.event,
      to: nameOf(t.toId),
      ...(t.guard !== undefined ? { guard: t.guard } : {}),
      actions: t.actions,
      ...(t.description !== undefined ? { description: t.description } : {}),
    })),
  });
}

type Refuse = (element: XmlElement, message: string) => void;

function readState(element: XmlElement, id: string, transitions: DocumentTransition[], refuse: Refuse): DocumentState {
  const description = sw(element, 'description');
  const state: DocumentState = {
    name: sw(element, 'name') ?? id,
    ...(description !== undefined ? { description } : {}),
    final: element.name === 'final',
    entry: [],
    exit: [],
  };
  for (const child of element.children) {
    const statewright = child.namespace === STATEWRIGHT_SCXML_NAMESPACE;
    if (isScxml(child) && child.name === 'onentry') state.entry.push(...readActions(child, refuse));
    else if (isScxml(child) && child.name === 'onexit') state.exit.push(...readActions(child, refuse));
    else if ((isScxml(child) || statewright) && child.name === 'transition') transitions.push(...readTransition(child, id, refuse));
    else if (isScxml(child)) refuse(child, childRefusal(child.name, element));
    else if (statewright) refuse(child, `<${child.name}> is not a Statewright SCXML element inside a state`);
  }
  return state;
}

function readTransition(element: XmlElement, fromId: string, refuse: Refuse): DocumentTransition[] {
  const eventAttribute = element.attributes.get('event');
  const target = element.attributes.get('target');
  const realEvent = sw(element, 'event');
  const events = realEvent !== undefined ? [realEvent] : (eventAttribute ?? '').split(/\s+/).filter(Boolean);
  if (events.length === 0) {
    refuse(element, 'an eventless transition (no event attribute) fires on its own, which a Statewright machine cannot represent; give it an event');
    return [];
  }
  if (realEvent === undefined) {
    const wildcard = events.find((e) => e === '*' || e.endsWith('.*'));
    if (wildcard) refuse(element, `the wildcard event "${wildcard}" matches many events; list the events it stands for`);
  }
  const targets = (target ?? '').split(/\s+/).filter(Boolean);
  if (targets.length === 0) refuse(element, 'a transition without a target stays in its state without exiting it, which a Statewright machine cannot represent; give it a target');
  if (targets.length > 1) refuse(element, `a transition with several targets (${targets.join(', ')}) enters parallel states, which a flat machine cannot represent`);
  const actions = readActions(element, refuse);
  const cond = element.attributes.get('cond');
  const description = sw(element, 'description');
  return events.map((event) => ({
    fromId,
    event: realEvent !== undefined ? event : decodeScxmlName(event),
    toId: targets[0] ?? '',
    ...(cond !== undefined ? { guard: decodeScxmlName(cond) } : {}),
    actions,
    ...(description !== undefined ? { description } : {}),
  }));
}

function readActions(block: XmlElement, refuse: Refuse): string[] {
  const actions: string[] = [];
  for (const child of block.children) {
    const name = child.namespace === STATEWRIGHT_SCXML_NAMESPACE && child.name === 'action' ? child.attributes.get('name') : undefined;
    if (name !== undefined && name !== '') actions.push(decodeScxmlName(name));
    else if (child.namespace === STATEWRIGHT_SCXML_NAMESPACE && child.name === 'action') refuse(child, '<sw:action> needs a non-empty name attribute');
    else refuse(child, `<${child.name}> is executable content with its own behaviour, which a named action cannot carry; write named actions as <sw:action name="…"/> (xmlns:sw="${STATEWRIGHT_SCXML_NAMESPACE}")`);
  }
  return actions;
}

function topLevelRefusal(name: string): string {
  switch (name) {
    case 'parallel':
      return '<parallel> (concurrent regions) cannot be represented in a flat machine';
    case 'datamodel':
      return '<datamodel> declares data that conditions and actions read; a Statewright machine has no data model. Remove it to import the states and transitions';
    case 'script':
      return '<script> runs code, which a Statewright machine cannot represent';
    default:
      return `<${name}> is not supported at the top of an SCXML document`;
  }
}

function childRefusal(name: string, parent: XmlElement): string {
  switch (name) {
    case 'state':
    case 'final':
    case 'initial':
      return `<${parent.name} id="${parent.attributes.get('id') ?? ''}"> has a nested <${name}>: compound states cannot be represented in a flat machine`;
    case 'parallel':
      return '<parallel> (concurrent regions) cannot be represented in a flat machine';
    case 'history':
      return '<history> states cannot be represented in a flat machine';
    case 'invoke':
      return '<invoke> starts an external service, which a Statewright machine cannot represent';
    case 'datamodel':
      return '<datamodel> declares data that a Statewright machine cannot hold';
    case 'donedata':
      return '<donedata> returns data, which a Statewright machine cannot hold';
    default:
      return `<${name}> is not supported inside <${parent.name}>`;
  }
}

function isScxml(element: XmlElement): boolean {
  return element.namespace === SCXML_NAMESPACE || element.namespace === '';
}

function sw(element: XmlElement, attribute: string): string | undefined {
  const value = element.namespacedAttributes.get(`{${STATEWRIGHT_SCXML_NAMESPACE}}${attribute}`);
  return value === undefined ? undefined : decodeScxmlName(value);
}

function refused(problems: InputProblem[]): RestoreResult {
  return { ok: false, problems };
}
