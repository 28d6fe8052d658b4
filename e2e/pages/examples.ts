/** The example machines as shipped in public/examples, for comparing with what the app shows and downloads. */
import { readFileSync } from 'node:fs';

/** The bytes of an example file. */
export const example = (file: string): string => readFileSync(`public/examples/${file}`, 'utf8');

/** The Examples menu's entries, from public/examples/index.json. */
export const examples = JSON.parse(readFileSync('public/examples/index.json', 'utf8')) as { file: string; title: string }[];

/** State names of a machine document, in order. */
export const stateNamesOf = (text: string): string[] => (JSON.parse(text) as { states: { name: string }[] }).states.map((s) => s.name);
