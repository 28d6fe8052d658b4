/**
 * Every export target, by its command-line name (`statewright export --to <target>`).
 * Each generator is pure and deterministic: the same machine gives the same bytes.
 */
import type { Machine } from '../machine/types';
import { generateJson } from './json';
import { generateMermaid } from './mermaid';
import { generateScxml } from './scxml';
import { generateXState } from './xstate';
import { generateTypeScript } from './typescript';
import { generateTests } from './tests';
import { generateDot } from './dot';
import { fileStem } from './fileStem';

export { fileStem };

export interface ExportOptions {
  /** Name of the source file, for headers of generated code (`order.fsm.json`). */
  readonly sourceFile?: string;
  /** For `test`: the import path of the generated module. */
  readonly modulePath?: string;
}

export interface ExportTarget {
  readonly id: string;
  readonly label: string;
  /** File name for a machine called `name`, e.g. `order.machine.ts`. */
  readonly fileName: (name: string) => string;
  /** Language for the code preview's highlighter. */
  readonly language: 'typescript' | 'javascript' | 'json' | 'markup' | 'mermaid' | 'dot';
  readonly generate: (machine: Machine, options?: ExportOptions) => string;
}


export const exportTargets: readonly ExportTarget[] = [
  { id: 'json', label: 'JSON', fileName: (n) => `${fileStem(n)}.fsm.json`, language: 'json', generate: generateJson },
  { id: 'mermaid', label: 'Mermaid', fileName: (n) => `${fileStem(n)}.mmd`, language: 'mermaid', generate: generateMermaid },
  { id: 'scxml', label: 'SCXML', fileName: (n) => `${fileStem(n)}.scxml`, language: 'markup', generate: generateScxml },
  { id: 'xstate', label: 'XState', fileName: (n) => `${fileStem(n)}.xstate.js`, language: 'javascript', generate: generateXState },
  { id: 'ts', label: 'TypeScript', fileName: (n) => `${fileStem(n)}.machine.ts`, language: 'typescript', generate: generateTypeScript },
  { id: 'test', label: 'Vitest tests', fileName: (n) => `${fileStem(n)}.machine.test.ts`, language: 'typescript', generate: generateTests },
  { id: 'dot', label: 'Graphviz DOT', fileName: (n) => `${fileStem(n)}.dot`, language: 'dot', generate: generateDot },
];

export function exportTarget(id: string): ExportTarget | undefined {
  return exportTargets.find((t) => t.id === id);
}
