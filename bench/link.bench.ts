/**
 * Share link length (issue 5): for each example in public/examples and random
 * machines of 20, 50 and 200 states, the characters after `#` of our link next
 * to the Mermaid live editor's link for the same machine as Mermaid text.
 *
 * Theirs is built as mermaid-live-editor's serde.ts does (`pako` serde):
 * `pako:` + url-safe base64 without padding of zlib deflate level 9 of the JSON
 * state. The state here is only `{ code, mermaid }` with the default config
 * text; the live editor adds more fields (autoSync, panZoom…), so their real
 * links are somewhat longer than the ones measured here.
 *
 * Columns:
 * - "ours": our share link for the whole machine, layout included (random
 *   machines are laid out with ELK first, as the app does on open).
 * - "Mermaid live (complete export)": the live editor's link for our Mermaid
 *   export, which carries every name, guard, action and description (the machine's,
 *   events' and transitions' as `%%` comments) but no positions. The target and
 *   "ours / Mermaid" compare against this column.
 * - "ours without layout": our link for what that Mermaid text carries (no
 *   positions, no undescribed declared events), to compare the encodings alone.
 * - "ours without descriptions" and "Mermaid live without descriptions": both
 *   links with the machine, event and transition descriptions removed. The
 *   second is what the Mermaid export gave before it kept descriptions; it is
 *   kept to show the earlier, lossy comparison.
 * - "canonical JSON": deflating the canonical document's JSON directly, to show
 *   what our compact form buys.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import ELK from 'elkjs';
import { restoreText, toDocument, type Machine } from '../src/core/machine';
import { exportTarget } from '../src/core/codegen';
import { encodeShareFragment } from '../src/core/share';
import { toBase64Url } from '../src/core/share/base64url';
import { deflateRaw } from '../src/core/share/deflate';
import { randomMachine } from '../src/core/testing/randomMachine';
import { applyLayout, estimatedSizes, layoutMachine } from '../src/layout';
import { printTable, verdict } from './measure';

const EXAMPLES = join(import.meta.dirname, '..', 'public', 'examples');
const RANDOM_SIZES = [20, 50, 200];
const SEED = 42;

/** The Mermaid live editor's `#pako:` fragment for a piece of Mermaid text. */
function mermaidLiveFragment(code: string): string {
  const state = JSON.stringify({ code, mermaid: JSON.stringify({ theme: 'default' }, null, 2) });
  return `pako:${deflateSync(Buffer.from(state, 'utf8'), { level: 9 }).toString('base64url')}`;
}

/** The machine as its Mermaid export carries it: no positions, and only the declared events that have a description. */
function withoutLayout(machine: Machine): Machine {
  return { ...machine, events: machine.events.filter((event) => event.description), layout: { positions: new Map() } };
}

/** The machine without the machine, event and transition descriptions (state descriptions stay: Mermaid always showed them). */
function withoutDescriptions(machine: Machine): Machine {
  const { description: _machineDescription, ...rest } = machine;
  return {
    ...rest,
    events: machine.events.map(({ description: _description, ...event }) => event),
    transitions: machine.transitions.map(({ description: _description, ...transition }) => transition),
  };
}

async function canonicalJsonFragment(machine: Machine): Promise<string> {
  return `m1.${toBase64Url(await deflateRaw(new TextEncoder().encode(JSON.stringify(toDocument(machine)))))}`;
}

function examples(): { label: string; machine: Machine }[] {
  let files: string[] = [];
  try {
    files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.fsm.json')).sort();
  } catch {
    return [];
  }
  return files.flatMap((file) => {
    const result = restoreText(readFileSync(join(EXAMPLES, file), 'utf8'));
    if (!result.ok) {
      console.log(`(skipped ${file}: not a valid machine)`);
      return [];
    }
    return [{ label: file, machine: result.machine }];
  });
}

async function randomMachines(): Promise<{ label: string; machine: Machine }[]> {
  const elk = new ELK();
  const out: { label: string; machine: Machine }[] = [];
  for (const size of RANDOM_SIZES) {
    const machine = randomMachine(SEED, size, { guards: true });
    const sizes = estimatedSizes(machine);
    const result = await layoutMachine(elk, machine, sizes, { direction: 'RIGHT' });
    out.push({ label: `random ${size} (seed ${SEED}, laid out)`, machine: applyLayout(machine, result, sizes, 'all') });
  }
  return out;
}

export async function run(): Promise<void> {
  const mermaid = exportTarget('mermaid');
  const cases = [...examples(), ...(await randomMachines())];
  if (examples().length === 0) console.log('(no examples in public/examples yet)');
  const rows: (string | number)[][] = [];
  for (const { label, machine } of cases) {
    const ours = await encodeShareFragment(machine);
    const oursWithoutLayout = await encodeShareFragment(withoutLayout(machine));
    const oursWithoutDescriptions = await encodeShareFragment(withoutDescriptions(machine));
    const canonical = await canonicalJsonFragment(machine);
    const size = [label, machine.states.length, machine.transitions.length];
    if (!mermaid) {
      rows.push([...size, ours.length, 'mermaid exporter not available', '-', '-', oursWithoutLayout.length, oursWithoutDescriptions.length, '-', canonical.length]);
      continue;
    }
    const theirs = mermaidLiveFragment(mermaid.generate(machine));
    const theirsWithoutDescriptions = mermaidLiveFragment(mermaid.generate(withoutDescriptions(machine)));
    rows.push([
      ...size,
      ours.length,
      theirs.length,
      (ours.length / theirs.length).toFixed(2),
      verdict(ours.length <= theirs.length),
      oursWithoutLayout.length,
      oursWithoutDescriptions.length,
      theirsWithoutDescriptions.length,
      canonical.length,
    ]);
  }
  console.log('Fragment length in characters (after #). Target: ours (everything, layout included) no longer than the Mermaid live');
  console.log('editor link for the complete Mermaid export of the same machine (names, guards, actions and all descriptions, no positions).');
  console.log('"without layout" compares the encodings alone; the "without descriptions" pair is the earlier comparison, when the export dropped them.\n');
  printTable(
    [
      'machine',
      'states',
      'transitions',
      'ours',
      'Mermaid live (complete export)',
      'ours / Mermaid',
      'target',
      'ours without layout',
      'ours without descriptions',
      'Mermaid live without descriptions',
      'canonical JSON',
    ],
    rows,
  );
}
