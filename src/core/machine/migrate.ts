/**
 * Version handling for documents. Each entry of `MIGRATIONS` lifts a document of
 * version n to n + 1; `migrate` applies them in order so that every older
 * document reaches CURRENT_VERSION before it is validated.
 */
import { CURRENT_VERSION } from './types';
import type { InputProblem } from './problems';

type Document = Record<string, unknown>;

/** Keyed by the version a migration reads. Version 1 is the first published format. */
const MIGRATIONS = new Map<number, (doc: Document) => Document>();

export type MigrateResult = { ok: true; document: Document } | { ok: false; problem: InputProblem };

export function migrate(doc: Document): MigrateResult {
  const version = doc.version;
  if (version === undefined) {
    return fail(`required: the document format version (this build reads version ${CURRENT_VERSION})`);
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return fail(`expected an integer version such as ${CURRENT_VERSION}, found ${JSON.stringify(version)}`);
  }
  if (version > CURRENT_VERSION) {
    return fail(`this document is version ${version}, but this build of Statewright reads versions up to ${CURRENT_VERSION}; update Statewright to open it`);
  }
  let current = doc;
  for (let v = version; v < CURRENT_VERSION; v++) {
    const step = MIGRATIONS.get(v);
    if (!step) return fail(`version ${version} is not a Statewright document version (the first is 1)`);
    current = { ...step(current), version: v + 1 };
  }
  return { ok: true, document: current };
}

function fail(message: string): MigrateResult {
  return { ok: false, problem: { path: 'version', message } };
}
