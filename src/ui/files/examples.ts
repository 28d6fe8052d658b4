/** The bundled example machines in public/examples, read on demand. */
import { formatInputProblem, restoreText, type Machine } from '../../core/machine';

export interface ExampleInfo {
  readonly file: string;
  readonly title: string;
  readonly summary: string;
}

const base = () => `${import.meta.env.BASE_URL}examples/`;

let indexPromise: Promise<readonly ExampleInfo[]> | undefined;

/** The examples listed in public/examples/index.json (fetched once). */
export function loadExampleIndex(): Promise<readonly ExampleInfo[]> {
  indexPromise ??= fetch(`${base()}index.json`)
    .then((response) => {
      if (!response.ok) throw new Error(`examples/index.json: HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    })
    .then((data) => (Array.isArray(data) ? data.filter(isExampleInfo) : []))
    .catch((error: unknown) => {
      indexPromise = undefined;
      throw error;
    });
  return indexPromise;
}

function isExampleInfo(value: unknown): value is ExampleInfo {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.file === 'string' && typeof v.title === 'string' && typeof v.summary === 'string';
}

/** Fetches one example and restores it; an example that fails to read throws with its problems. */
export async function loadExample(file: string): Promise<Machine> {
  const response = await fetch(`${base()}${encodeURIComponent(file)}`);
  if (!response.ok) throw new Error(`The example ${file} could not be loaded (HTTP ${response.status}).`);
  const restored = restoreText(await response.text());
  if (!restored.ok) throw new Error(`The example ${file} could not be read: ${restored.problems.map(formatInputProblem).join('; ')}`);
  return restored.machine;
}

/** The example a first-time visitor lands on. */
export const FIRST_VISIT_EXAMPLE = 'vending-machine.fsm.json';
