/**
 * `npm run bench`: runs every `bench/*.bench.ts` in name order. Each file exports
 * `run(): Promise<void>` and prints its own table. Times are medians of several
 * runs and targets are ratios against a baseline timed in the same run, because
 * these machines are shared and noisy.
 *
 * `npm run bench -- analyze` runs only files whose name contains "analyze".
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
  .sort();

if (!files.length) console.log(filter ? `no benchmark matches "${filter}"` : 'no benchmarks yet');
for (const file of files) {
  console.log(`\n## ${file.replace('.bench.ts', '')}\n`);
  const module = (await import(pathToFileURL(join(here, file)).href)) as { run: () => Promise<void> };
  await module.run();
}
