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
 * Ours carries more than the Mermaid text: the layout (random machines are laid
 * out with ELK first, as the app does on open), the machine's description, event
 * descriptions and transition descriptions, which the Mermaid exporter leaves
 * out. "ours, same content" drops exactly those from our link, to compare the
 * encodings on the same information; "canonical JSON" is what deflating the
 * canonical document's JSON directly would give, to show what the compact form buys.
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

/** The machine without what the Mermaid text cannot carry: layout, machine, event and transition descriptions, unused events. */
function withoutWhatMermaidDrops(machine: Machine): Machine {
  const { description: _machineDescription, ...rest } = machine;
  return {
    ...rest,
    events: [],
    transitions: machine.transitions.map(({ description: _description, ...transition }) => transition),
    layout: { positions: new Map() },
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
    const sameContent = await encodeShareFragment(withoutWhatMermaidDrops(machine));
    const canonical = await canonicalJsonFragment(machine);
    if (!mermaid) {
      rows.push([label, machine.states.length, machine.transitions.length, ours.length, sameContent.length, canonical.length, 'mermaid exporter not available', '-', '-', '-']);
      continue;
    }
    const theirs = mermaidLiveFragment(mermaid.generate(machine));
    rows.push([
      label,
      machine.states.length,
      machine.transitions.length,
      ours.length,
      sameContent.length,
      canonical.length,
      theirs.length,
      (ours.length / theirs.length).toFixed(2),
      verdict(ours.length <= theirs.length),
      verdict(sameContent.length <= theirs.length),
    ]);
  }
  console.log('Fragment length in characters (after #). Target: ours (everything, layout included) no longer than the Mermaid live editor link;');
  console.log('"same content" checks the encoding alone on the information both links carry.\n');
  printTable(
    ['machine', 'states', 'transitions', 'ours', 'ours, same content', 'canonical JSON', 'Mermaid live', 'ours / Mermaid', 'target', 'same content ≤ Mermaid'],
    rows,
  );
}
