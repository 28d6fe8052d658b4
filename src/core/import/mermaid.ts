/**
 * Reads a Mermaid `stateDiagram-v2` (or `stateDiagram`) into a Statewright document.
 *
 * Understood: `[*] --> A` (the initial state), `A --> B : event [guard] / a, b`,
 * `A --> [*]` (A is final), `state "Long name" as id`, `A : text` (a description;
 * UML-style `A : entry / a, b` and `A : exit / c` are entry and exit actions),
 * notes attached to a state (kept as its description), `accDescr` (the machine's
 * description), the front-matter `title` (its name), `#35;`-style entity codes,
 * and the documentation comments the exporter writes (the machine's and events'
 * descriptions after the header, a transition's directly above its arrow; see
 * mermaidDocComments.ts).
 * Ignored because they only change how the diagram looks: `direction`, other `%%`
 * comments and directives, `classDef`/`class`/`style`, `:::class`, `scale`,
 * `hide empty description`, `accTitle`.
 * Refused with their line: composite states, concurrency (`--`), fork, join and
 * choice pseudo-states, floating notes, and labelled arrows from or to `[*]`.
 * A final state's outgoing transitions are imported too; the checks warn about them.
 */
import { decodeMermaidLabel } from '../codegen/mermaidText';
import type { InputProblem } from '../machine/problems';
import { restore, type RestoreResult } from '../machine/restore';
import { mermaidDocComments } from './mermaidDocComments';
import { readMermaidFrontMatter } from './mermaidFrontMatter';

interface StateDraft {
  readonly name: string;
  descriptions: string[];
  entry: string[];
  exit: string[];
  final: boolean;
}

const ID = String.raw`\[\*\]|[^:\s\-{}]+`;
const ARROW = new RegExp(String.raw`^(${ID})\s*-->\s*(${ID})\s*(?::(.*))?$`);
const DESCRIPTION = new RegExp(String.raw`^(${ID})\s*:(.*)$`);
const DECLARATION = /^state\s+"([^"]*)"\s+as\s+([^\s{}:]+)\s*(.*)$/;
const PLAIN_DECLARATION = /^state\s+([^\s{}:"]+)\s*(.*)$/;
const NOTE = /^note\s+(left|right)\s+of\s+([^\s:]+)\s*(?::(.*))?$/;
const IGNORED = /^(direction\s+\w+|classDef\s|class\s|style\s|scale\s|hide empty description|accTitle\s*:)/;

/**
 * Imports Mermaid state-diagram text; refusals come back as problems located by `line N`.
 * @example importMermaid('stateDiagram-v2\n[*] --> Idle\nIdle --> Busy : start')
 */
export function importMermaid(text: string): RestoreResult {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const problems: InputProblem[] = [];
  const refuse = (index: number, message: string) => problems.push({ path: `line ${index + 1}`, message });
  const front = readMermaidFrontMatter(lines);
  let name = front.title;
  let description: string | undefined;

  const states = new Map<string, StateDraft>();
  const state = (id: string, displayName?: string): StateDraft => {
    let draft = states.get(id);
    if (!draft) {
      draft = { name: displayName ?? id, descriptions: [], entry: [], exit: [], final: false };
      states.set(id, draft);
    } else if (displayName !== undefined && draft.name !== displayName) {
      draft = { ...draft, name: displayName };
      states.set(id, draft);
    }
    return draft;
  };
  let initial: { id: string; line: number } | undefined;
  const transitions: { from: string; to: string; label: string; description: string | undefined }[] = [];
  const docs = mermaidDocComments();

  let index = front.bodyStart;
  let sawHeader = false;
  for (; index < lines.length; index++) {
    const raw = lines[index]!.trim();
    if (sawHeader && raw === '') docs.blank();
    else if (sawHeader && raw.startsWith('%%')) docs.comment(raw);
    const line = stripClass(raw);
    if (line === '' || line.startsWith('%%')) continue;
    if (!sawHeader) {
      if (/^stateDiagram(-v2)?\s*$/.test(line)) {
        sawHeader = true;
        continue;
      }
      refuse(index, `expected "stateDiagram-v2" as the first statement, found ${JSON.stringify(line.slice(0, 40))}`);
      break;
    }
    const commentAbove = docs.statement();
    if (IGNORED.test(line)) continue;
    if (line.startsWith('accDescr')) {
      const block = /^accDescr\s*\{(.*)$/.exec(line);
      if (block) {
        const body = [block[1]!];
        while (!body[body.length - 1]!.includes('}') && index + 1 < lines.length) body.push(lines[++index]!);
        description = body.join('\n').replace(/\}[\s\S]*$/, '').trim();
      } else {
        description = line.replace(/^accDescr\s*:\s*/, '').trim();
      }
      continue;
    }
    if (line === '--') {
      refuse(index, '"--" separates concurrent regions, which a flat machine cannot represent');
      continue;
    }
    if (line.includes('{') || line === '}') {
      // One refusal for the whole block: what is inside it ([*], nested arrows) belongs to the composite.
      const start = index;
      let depth = 0;
      for (; index < lines.length; index++) {
        depth += (lines[index]!.match(/\{/g)?.length ?? 0) - (lines[index]!.match(/\}/g)?.length ?? 0);
        if (depth <= 0) break;
      }
      const composite = /^state\s+(?:"([^"]*)"\s+as\s+)?([^\s{]+)/.exec(line);
      const what = composite ? `the composite state "${decodeMermaidLabel(composite[1] ?? composite[2]!)}"` : 'a composite state block';
      refuse(start, `${what} (lines ${start + 1}-${Math.min(index, lines.length - 1) + 1}) cannot be represented in a flat machine; flatten it into separate states`);
      continue;
    }
    if (/<<(fork|join|choice)>>|\[\[(fork|join|choice)\]\]/.test(line)) {
      refuse(index, `${/(fork|join|choice)/.exec(line)![1]} pseudo-states cannot be represented in a flat machine`);
      continue;
    }
    const note = NOTE.exec(line);
    if (note) {
      let body = note[3];
      if (body === undefined) {
        const start = index;
        const collected: string[] = [];
        while (++index < lines.length && lines[index]!.trim() !== 'end note') collected.push(lines[index]!.trim());
        if (index >= lines.length) refuse(start, 'this note has no "end note" line');
        body = collected.join('\n');
      }
      state(note[2]!).descriptions.push(decodeMermaidLabel(body.trim()));
      continue;
    }
    if (line.startsWith('note ')) {
      refuse(index, 'a floating note is attached to no state; attach it with "note left of <state>" so it is kept as that state\'s description');
      continue;
    }
    const declaration = DECLARATION.exec(line) ?? PLAIN_DECLARATION.exec(line);
    if (declaration) {
      const quoted = DECLARATION.exec(line) !== null;
      const id = quoted ? declaration[2]! : declaration[1]!;
      const rest = (quoted ? declaration[3] : declaration[2])!.trim();
      if (rest) {
        refuse(index, `unexpected ${JSON.stringify(rest)} after the state declaration`);
        continue;
      }
      state(id, quoted ? decodeMermaidLabel(declaration[1]!) : undefined);
      continue;
    }
    const arrow = ARROW.exec(line);
    if (arrow) {
      const [, from, to, label] = arrow as unknown as [string, string, string, string | undefined];
      const labelled = label !== undefined && label.trim() !== '';
      if (from === '[*]' && to === '[*]') refuse(index, '"[*] --> [*]" connects start to end without a state');
      else if (from === '[*]') {
        if (labelled) refuse(index, 'the arrow from [*] marks the initial state and cannot carry an event; remove the label');
        else if (initial && initial.id !== to) refuse(index, `a second initial state "${to}" (line ${initial.line} already starts in "${initial.id}"); a flat machine starts in exactly one`);
        else {
          initial = { id: to, line: index + 1 };
          state(to);
        }
      } else if (to === '[*]') {
        if (labelled) refuse(index, `the arrow to [*] marks "${from}" as final and cannot carry an event; remove the label`);
        else state(from).final = true;
      } else {
        state(from);
        state(to);
        transitions.push({ from, to, label: label ?? '', description: commentAbove });
      }
      continue;
    }
    const described = DESCRIPTION.exec(line);
    if (described) {
      addDescription(state(described[1]!), described[2]!.trim());
      continue;
    }
    if (new RegExp(String.raw`^(${ID})$`).test(line)) {
      state(line);
      continue;
    }
    refuse(index, `not a state diagram statement this importer understands: ${JSON.stringify(line.slice(0, 60))}`);
  }
  if (!sawHeader && problems.length === 0) problems.push({ path: `line ${lines.length}`, message: 'no "stateDiagram-v2" header found; this is not a Mermaid state diagram' });
  if (problems.length) return { ok: false, problems };

  const nameOf = (id: string) => states.get(id)?.name ?? id;
  const documentation = docs.documentation();
  // An explicit accDescr statement wins over a comment.
  const machineDescription = description ? decodeMermaidLabel(description) : documentation.description;
  return restore({
    version: 1,
    ...(name !== undefined ? { name } : {}),
    ...(machineDescription ? { description: machineDescription } : {}),
    ...(initial ? { initial: nameOf(initial.id) } : {}),
    states: [...states.values()].map((s) => ({
      name: s.name,
      ...(s.descriptions.length ? { description: s.descriptions.join('\n') } : {}),
      ...(s.final ? { final: true } : {}),
      entry: s.entry,
      exit: s.exit,
    })),
    events: documentation.events,
    transitions: transitions.map((t) => ({
      from: nameOf(t.from),
      to: nameOf(t.to),
      ...parseLabel(t.label),
      ...(t.description !== undefined ? { description: t.description } : {}),
    })),
  });
}

/** `A : entry / a, b` and `A : exit / c` are UML's notation for entry and exit actions. */
function addDescription(draft: StateDraft, raw: string): void {
  const actions = /^(entry|exit)\s*\/\s*(.*)$/.exec(raw);
  if (actions) {
    const names = splitNames(actions[2]!);
    if (actions[1] === 'entry') draft.entry.push(...names);
    else draft.exit.push(...names);
    return;
  }
  draft.descriptions.push(decodeMermaidLabel(raw));
}

/**
 * `event [guard] / a, b` into its parts.
 * @example parseLabel('Pay [amountPositive] / charge') // { event: 'Pay', guard: 'amountPositive', actions: ['charge'] }
 */
export function parseLabel(label: string): { event: string; guard?: string; actions: string[] } {
  const match = /^([^[/]*)(?:\[([^\]]*)\])?\s*(?:\/(.*))?$/.exec(label.trim());
  if (!match) return { event: decodeMermaidLabel(label.trim()), actions: [] };
  const guard = match[2]?.trim();
  return {
    event: decodeMermaidLabel(match[1]!.trim()),
    ...(guard ? { guard: decodeMermaidLabel(guard) } : {}),
    actions: match[3] !== undefined ? splitNames(match[3]) : [],
  };
}

function splitNames(list: string): string[] {
  return list
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .map(decodeMermaidLabel);
}

/** `A:::warning` applies a CSS class, which changes only how A looks. */
function stripClass(line: string): string {
  return line.replace(/:::[\w-]+/g, '');
}
