/**
 * `--to mermaid`: a Mermaid `stateDiagram-v2` that the real Mermaid renders and
 * that `importMermaid` reads back to the same transition table.
 *
 * - Each state gets a safe id (`s0`, `s1`… in table order) and a
 *   `state "Real name" as s0` declaration, so any name works.
 * - Entry and exit actions are written as UML-style description lines
 *   (`s0 : entry / a, b`); a state's own description is a plain `s0 : text` line.
 * - A transition label is `event [guard] / action, action`; the brackets, slash
 *   and comma are always entity-encoded inside names, so the label parses back.
 * - The machine name is the diagram title (YAML front matter).
 * - The machine's, events' and transitions' descriptions, which Mermaid cannot
 *   show, are `%%` comments (see mermaidComments.ts): the machine's and the
 *   events' right after `stateDiagram-v2`, a transition's directly above its arrow.
 * Pure and deterministic.
 */
import type { Machine, StateDef, Transition } from '../machine/types';
import { eventDescriptionLines, machineDescriptionLines, transitionDescriptionLines } from './mermaidComments';
import { mermaidLabel } from './mermaidText';

/**
 * Writes the machine as a Mermaid state diagram.
 * @example generateMermaid(order) // '---\ntitle: "Order"\n---\nstateDiagram-v2\n  state "Paid" as s1 …'
 */
export function generateMermaid(machine: Machine): string {
  const ids = new Map<string, string>();
  machine.states.forEach((state, index) => ids.set(state.name, `s${index}`));
  // A transition may name a state that does not exist (an error the checks report);
  // it still needs an id so the diagram shows it.
  const idOf = (name: string): string => {
    let id = ids.get(name);
    if (id === undefined) {
      id = `s${ids.size}`;
      ids.set(name, id);
    }
    return id;
  };

  const lines = ['---', `title: ${JSON.stringify(machine.name)}`, '---', 'stateDiagram-v2', ...documentationLines(machine)];
  const declarationsAt = lines.length;
  for (const state of machine.states) lines.push(...stateLines(state, idOf(state.name)));
  if (machine.initial !== undefined) lines.push(`  [*] --> ${idOf(machine.initial)}`);
  for (const transition of machine.transitions) {
    if (transition.description) lines.push(...transitionDescriptionLines(transition.description));
    const arrow = `  ${idOf(transition.from)} --> ${idOf(transition.to)}`;
    const label = transitionLabel(transition);
    lines.push(label ? `${arrow} : ${label}` : arrow);
  }
  for (const state of machine.states) {
    if (state.final) lines.push(`  ${idOf(state.name)} --> [*]`);
  }
  const declared = new Set(machine.states.map((s) => s.name));
  for (const [name, id] of ids) {
    if (!declared.has(name)) lines.splice(declarationsAt, 0, `  state "${mermaidLabel(name)}" as ${id}`);
  }
  return lines.join('\n') + '\n';
}

/** The machine's description, then each described event's, as `%%` comments. */
function documentationLines(machine: Machine): string[] {
  const lines = machine.description ? machineDescriptionLines(machine.description) : [];
  for (const event of machine.events) {
    if (event.description) lines.push(...eventDescriptionLines(event.name, event.description));
  }
  return lines;
}

function stateLines(state: StateDef, id: string): string[] {
  const lines = [`  state "${mermaidLabel(state.name)}" as ${id}`];
  // `/` is always encoded, so a description can never be read back as `entry / …`.
  if (state.description !== undefined) lines.push(`  ${id} : ${mermaidLabel(state.description)}`);
  if (state.entry?.length) lines.push(`  ${id} : entry / ${actionList(state.entry)}`);
  if (state.exit?.length) lines.push(`  ${id} : exit / ${actionList(state.exit)}`);
  return lines;
}

/** `event [guard] / a, b`; empty when the transition has no event, guard or actions. */
function transitionLabel(transition: Transition): string {
  let label = nameLabel(transition.event);
  if (transition.guard !== undefined) label += ` [${nameLabel(transition.guard)}]`;
  if (transition.actions?.length) label += ` / ${actionList(transition.actions)}`;
  return label.trim();
}

function actionList(actions: readonly string[]): string {
  return actions.map(nameLabel).join(', ');
}

/** `mermaidLabel` never leaves the separators `[ ] / ,` plain, so the label splits back unambiguously. */
const nameLabel = mermaidLabel;
