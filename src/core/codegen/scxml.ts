/**
 * `--to scxml`: a W3C SCXML 1.0 document that `importScxml` reads back to the
 * same transition table.
 *
 * SCXML constrains what Statewright leaves free, so real names travel in
 * attributes of a Statewright namespace (`sw:`), which SCXML allows on any element:
 * - state ids must be XML names: each state gets one (its name when possible)
 *   and, when that differs, `sw:name` holds the real name;
 * - event names are space-separated descriptors with `*` and `.` prefix
 *   matching: each event gets a plain token and, when that differs, `sw:event`;
 * - named actions are `<sw:action name="…"/>`. `<raise>`/`<send>` would queue
 *   real events and `<script>` would run code, changing the machine's behaviour;
 *   foreign-namespace executable content is the form SCXML sets aside for extensions.
 * A guard is the transition's `cond`, written as the guard name.
 * Transitions keep table order, which is SCXML's document order of priority.
 */
import { alphabet } from '../machine/alphabet';
import type { Machine, StateDef, Transition } from '../machine/types';
import { eventTokens, xmlAttribute, xmlIds } from './scxmlText';

export const STATEWRIGHT_SCXML_NAMESPACE = 'https://statewright.dev/ns/scxml';

/**
 * Writes the machine as SCXML.
 * @example generateScxml(order) // '<?xml version="1.0" encoding="UTF-8"?>\n<scxml xmlns=…'
 */
export function generateScxml(machine: Machine): string {
  const referenced = machine.transitions.flatMap((t) => [t.from, t.to]);
  const ids = xmlIds([...machine.states.map((s) => s.name), ...referenced]);
  const tokens = eventTokens(alphabet(machine));
  const idOf = (name: string) => ids.get(name) ?? name;

  const rootAttributes = [
    'xmlns="http://www.w3.org/2005/07/scxml"',
    `xmlns:sw="${STATEWRIGHT_SCXML_NAMESPACE}"`,
    'version="1.0"',
    ...(machine.initial !== undefined ? [`initial="${xmlAttribute(idOf(machine.initial))}"`] : []),
    `name="${xmlAttribute(machine.name)}"`,
    ...(machine.description !== undefined ? [`sw:description="${xmlAttribute(machine.description)}"`] : []),
  ];
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<scxml ${rootAttributes.join(' ')}>`];
  for (const state of machine.states) {
    const outgoing = machine.transitions.filter((t) => t.from === state.name);
    lines.push(...stateElement(state, outgoing, idOf, tokens));
  }
  lines.push('</scxml>');
  return lines.join('\n') + '\n';
}

function stateElement(state: StateDef, outgoing: readonly Transition[], idOf: (name: string) => string, tokens: ReadonlyMap<string, string>): string[] {
  const tag = state.final ? 'final' : 'state';
  const id = idOf(state.name);
  const attributes = [`id="${xmlAttribute(id)}"`];
  if (id !== state.name) attributes.push(`sw:name="${xmlAttribute(state.name)}"`);
  if (state.description !== undefined) attributes.push(`sw:description="${xmlAttribute(state.description)}"`);
  const body = [
    ...actionBlock('onentry', state.entry),
    ...actionBlock('onexit', state.exit),
    // SCXML allows no <transition> in a <final>; the ones a final state has (which
    // never fire, SPEC section 3) travel as <sw:transition> so that they are kept.
    ...outgoing.map((t) => transitionElement(t, idOf, tokens, state.final ? 'sw:transition' : 'transition')).flat(),
  ];
  if (body.length === 0) return [`  <${tag} ${attributes.join(' ')}/>`];
  return [`  <${tag} ${attributes.join(' ')}>`, ...body.map((line) => `    ${line}`), `  </${tag}>`];
}

function actionBlock(tag: 'onentry' | 'onexit', actions: readonly string[] | undefined): string[] {
  if (!actions?.length) return [];
  return [`<${tag}>`, ...actions.map((name) => `  ${actionElement(name)}`), `</${tag}>`];
}

function actionElement(name: string): string {
  return `<sw:action name="${xmlAttribute(name)}"/>`;
}

function transitionElement(transition: Transition, idOf: (name: string) => string, tokens: ReadonlyMap<string, string>, tag: string): string[] {
  const token = tokens.get(transition.event) ?? transition.event;
  const attributes = [`event="${xmlAttribute(token)}"`];
  if (token !== transition.event) attributes.push(`sw:event="${xmlAttribute(transition.event)}"`);
  if (transition.guard !== undefined) attributes.push(`cond="${xmlAttribute(transition.guard)}"`);
  attributes.push(`target="${xmlAttribute(idOf(transition.to))}"`);
  if (transition.description !== undefined) attributes.push(`sw:description="${xmlAttribute(transition.description)}"`);
  const open = `<${tag} ${attributes.join(' ')}`;
  if (!transition.actions?.length) return [`${open}/>`];
  return [`${open}>`, ...transition.actions.map((name) => `  ${actionElement(name)}`), `</${tag}>`];
}
