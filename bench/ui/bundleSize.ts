/**
 * The initial JavaScript of a built page: every script and modulepreload chunk
 * that index.html loads at start, gzipped as a server would send it, and whether
 * any of it holds code that should only load on demand (elkjs, the highlighter).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialBundle {
  readonly chunks: ReadonlyArray<{ readonly file: string; readonly bytes: number; readonly gzipBytes: number }>;
  readonly gzipBytes: number;
  /** Chunks loaded at start that contain lazy-only libraries, with what was found. */
  readonly eagerHeavy: ReadonlyArray<{ readonly file: string; readonly library: string }>;
}

// Fingerprints that survive minification: strings these libraries carry.
const LAZY_ONLY = [
  { library: 'elkjs layout engine', pattern: /org\.eclipse\.elk/ },
  { library: 'elkjs API', pattern: /sporeCompaction|PromisedWorker/ },
  { library: 'prismjs highlighter', pattern: /disableWorkerMessageHandler/ },
];

/** @example initialBundle('dist').gzipBytes // 142311 */
export function initialBundle(distFolder: string): InitialBundle {
  const html = readFileSync(join(distFolder, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) files.add(match[1]!);
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) files.add(match[1]!);
  for (const match of html.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="modulepreload"/g)) files.add(match[1]!);
  const chunks = [...files]
    .filter((file) => !/^https?:/.test(file))
    .map((file) => {
      const body = readFileSync(join(distFolder, file.replace(/^\.?\//, '')));
      return { file, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length, text: body.toString('utf8') };
    });
  const eagerHeavy = chunks.flatMap((chunk) =>
    LAZY_ONLY.filter(({ pattern }) => pattern.test(chunk.text)).map(({ library }) => ({ file: chunk.file, library })),
  );
  return {
    chunks: chunks.map(({ file, bytes, gzipBytes }) => ({ file, bytes, gzipBytes })),
    gzipBytes: chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
    eagerHeavy,
  };
}
