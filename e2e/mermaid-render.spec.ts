/**
 * The Mermaid export renders in the real Mermaid: each example and a machine
 * with hostile names become an SVG with one node per state (plus the start and
 * end markers), showing the real names, and no syntax error. The descriptions
 * the export keeps as `%%` comments change nothing in the picture: the SVG is
 * the same as for the machine without them.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { generateMermaid } from '../src/core/codegen/mermaid';
import { restore, restoreText, type Machine } from '../src/core/machine';

const examples = (JSON.parse(readFileSync('public/examples/index.json', 'utf8')) as { file: string }[]).map((e) => e.file);

function example(file: string): Machine {
  const result = restoreText(readFileSync(`public/examples/${file}`, 'utf8'));
  if (!result.ok) throw new Error(`${file} does not restore`);
  return result.machine;
}

const HOSTILE = ['<img src=x onerror=alert(1)>', 'a: "b"', 'semi;colon', '%% not a comment', 'direction TB', 'x --> y', '#35;', '__proto__', '状態 🚀', 'end note', '{', 'a [b] / c'];

/** Mermaid reads a directive anywhere in the text, even inside a comment; the export must encode it. */
const DIRECTIVE = '%%{init: {"theme": "dark", "themeVariables": {"fontSize": "40px"}}}%%';

function withoutDescriptions(machine: Machine): Machine {
  const { description: _machine, ...rest } = machine;
  return { ...rest, events: [], transitions: machine.transitions.map(({ description: _, ...transition }) => transition) };
}

function hostileMachine(): Machine {
  const result = restore({
    version: 1,
    name: 'Hostile "names"',
    initial: HOSTILE[0],
    states: HOSTILE.map((name, index) => (index === HOSTILE.length - 1 ? { name, final: true } : { name, entry: [name], description: name })),
    description: `Machine notes\n\n${DIRECTIVE}\n${HOSTILE.join('\n')}`,
    events: HOSTILE.map((name) => ({ name, description: `Event notes ${name}\n\n${DIRECTIVE}` })),
    transitions: HOSTILE.slice(0, -1).map((name, index) => ({ from: name, event: name, to: HOSTILE[index + 1]!, guard: name, actions: [name, 'log'], description: `Transition notes\n${name}\n${DIRECTIVE}` })),
  });
  if (!result.ok) throw new Error('hostile machine does not restore');
  return result.machine;
}

interface Rendered {
  readonly error?: string;
  readonly stateNodes: number;
  readonly markers: number;
  readonly edges: number;
  readonly text: string;
  readonly edgeLabels: string;
  readonly alerted: boolean;
  readonly svg: string;
}

async function render(page: Page, diagram: string): Promise<Rendered> {
  await page.setContent('<!doctype html><html><body><div id="out"></div></body></html>');
  await page.addScriptTag({ path: 'node_modules/mermaid/dist/mermaid.min.js' });
  return page.evaluate(async (text) => {
    const w = window as unknown as { mermaid: { initialize(c: object): void; render(id: string, t: string): Promise<{ svg: string }> } };
    window.alert = () => void (document.body.dataset.alerted = 'yes');
    w.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    const out = document.getElementById('out')!;
    try {
      const { svg } = await w.mermaid.render('diagram', text);
      out.innerHTML = svg;
    } catch (error) {
      return { error: String(error), stateNodes: 0, markers: 0, edges: 0, text: '', edgeLabels: '', alerted: false, svg: '' };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    const nodes = [...out.querySelectorAll('svg g.node')];
    const isMarker = (node: Element) => /_start|_end|root_start|root_end/.test(node.id) || node.classList.contains('statediagram-start') || node.querySelector('circle') !== null && !node.querySelector('rect');
    return {
      stateNodes: nodes.filter((n) => !isMarker(n)).length,
      markers: nodes.filter(isMarker).length,
      edges: out.querySelectorAll('svg path.transition, svg g.edgePaths path').length,
      text: (out.querySelector('svg')?.textContent ?? '').replace(/\s+/g, ' '),
      edgeLabels: [...out.querySelectorAll('svg .edgeLabel')].map((l) => l.textContent ?? '').join(' | ').replace(/\s+/g, ' '),
      alerted: document.body.dataset.alerted === 'yes',
      svg: out.innerHTML,
    };
  }, diagram);
}

/** The SVG is a single very long line, so a boolean with a message reads better than its diff. */
async function expectSamePicture(page: Page, rendered: Rendered, machine: Machine): Promise<void> {
  const undocumented = await render(page, generateMermaid(withoutDescriptions(machine)));
  expect(rendered.svg === undocumented.svg, 'the export with descriptions renders exactly like the one without them').toBe(true);
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

for (const file of examples) {
  test(`the Mermaid export of ${file} renders every state`, async ({ page }) => {
    const machine = example(file);
    const rendered = await render(page, generateMermaid(machine));
    expect(rendered.error).toBeUndefined();
    expect(rendered.stateNodes).toBe(machine.states.length);
    expect(rendered.markers).toBe(1 + (machine.states.some((s) => s.final) ? 1 : 0));
    expect(rendered.edges).toBeGreaterThanOrEqual(machine.transitions.length);
    for (const state of machine.states) expect(rendered.text).toContain(squash(state.name));
    for (const transition of machine.transitions) expect(rendered.edgeLabels).toContain(squash(transition.event));
    await expectSamePicture(page, rendered, machine);
  });
}

test('the Mermaid export of a machine with hostile names renders them as text and runs nothing', async ({ page }) => {
  const machine = hostileMachine();
  const rendered = await render(page, generateMermaid(machine));
  expect(rendered.error).toBeUndefined();
  expect(rendered.stateNodes).toBe(machine.states.length);
  for (const name of HOSTILE) expect(rendered.text).toContain(squash(name));
  // Transition labels are Markdown in Mermaid: names must still show exactly, `__proto__` not turned bold.
  for (const transition of machine.transitions) {
    expect(rendered.edgeLabels).toContain(`${squash(transition.event)} [${squash(transition.guard!)}] / ${squash(transition.actions![0]!)}, log`);
  }
  expect(rendered.alerted).toBe(false);
  expect(rendered.text).not.toMatch(/notes/);
  await expectSamePicture(page, rendered, machine);
  await page.screenshot({ path: 'e2e/screenshots/mermaid-hostile-names.png', fullPage: true });
});
