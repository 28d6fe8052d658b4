/**
 * Share links: the whole machine, layout included, in the URL fragment (never
 * sent to a server). A fragment is a format prefix and the base64url of the raw
 * deflate of the compact document: `m1.<base64url>`.
 *
 * Contract: decoding the fragment of `encodeShareFragment(m, { selected })` gives a
 * machine whose `serialize()` bytes equal those of `m`, and the same selected
 * state. `decodeShareFragment` never throws: every failure is a message a person
 * can act on, and the input reaches the model only through `restore`.
 */
import { formatInputProblem, restore, type Machine } from '../machine';
import { fromBase64Url, firstNonBase64UrlCharacter, toBase64Url } from './base64url';
import { fromCompact, toCompact } from './compactDocument';
import { deflateRaw, inflateRaw, MAX_INFLATED_BYTES } from './deflate';

/** The link format this build writes. Older formats keep their decoder when a new one is added. */
export const SHARE_FORMAT = 'm1';

export interface ShareOptions {
  /** A state to open centred and highlighted. */
  readonly selected?: string;
}

export type DecodedShare =
  | { readonly ok: true; readonly machine: Machine; readonly selected?: string }
  | { readonly ok: false; readonly message: string };

/**
 * The fragment (without `#`) that carries `machine` and, optionally, a selected state.
 * @example await encodeShareFragment(machine, { selected: 'Paid' }) // 'm1.q1ZKL0pNzUtRsl…'
 */
export async function encodeShareFragment(machine: Machine, options: ShareOptions = {}): Promise<string> {
  const json = JSON.stringify(toCompact(machine, options.selected));
  const compressed = await deflateRaw(new TextEncoder().encode(json));
  return `${SHARE_FORMAT}.${toBase64Url(compressed)}`;
}

/**
 * The full link: `base` without any fragment it had, then `#` and the fragment.
 * @example await shareLink(machine, 'https://statewright.example/') // 'https://statewright.example/#m1.q1ZK…'
 */
export async function shareLink(machine: Machine, base: string, options: ShareOptions = {}): Promise<string> {
  const hash = base.indexOf('#');
  const page = hash === -1 ? base : base.slice(0, hash);
  return `${page}#${await encodeShareFragment(machine, options)}`;
}

const ASK_AGAIN = 'Ask the sender to copy the link again, or to send the .fsm.json file instead.';
const DAMAGED = `The link is incomplete or damaged: it may have been cut off when it was copied. ${ASK_AGAIN}`;

/**
 * Reads a fragment (with or without its leading `#`, or a whole pasted link) back into a machine; never throws.
 * @example await decodeShareFragment(location.hash) // { ok: true, machine, selected } or { ok: false, message }
 */
export async function decodeShareFragment(fragment: string): Promise<DecodedShare> {
  try {
    return await decode(fragment);
  } catch (error) {
    // Unreachable by design; kept so that a platform quirk can never break the page that opens the link.
    return { ok: false, message: `The link could not be read (${error instanceof Error ? error.message : String(error)}). ${ASK_AGAIN}` };
  }
}

async function decode(fragment: string): Promise<DecodedShare> {
  // A whole pasted link works too: everything up to the first '#' is the page.
  const hash = fragment.indexOf('#');
  const body = (hash === -1 ? fragment : fragment.slice(hash + 1)).trim();
  if (body === '') return fail('The link has no machine in it: the part after "#" is empty. ' + ASK_AGAIN);
  const dot = body.indexOf('.');
  const format = dot === -1 ? '' : body.slice(0, dot);
  if (format !== SHARE_FORMAT) return unknownFormat(body, format);

  const payload = body.slice(dot + 1);
  const bad = firstNonBase64UrlCharacter(payload);
  if (bad) {
    return fail(
      `The link is damaged: it contains ${JSON.stringify(bad.character)} at position ${dot + 2 + bad.index} of the part after "#", ` +
        `which a Statewright link never has (it may have been changed by the program it was pasted into). ${ASK_AGAIN}`,
    );
  }
  const compressed = fromBase64Url(payload);
  if (!compressed || compressed.length === 0) return fail(DAMAGED);
  const inflated = await inflateRaw(compressed);
  if (!inflated.ok) {
    return inflated.reason === 'too-large'
      ? fail(`The link expands to more than ${MAX_INFLATED_BYTES / (1024 * 1024)} MB, far more than any machine needs, so it was not opened. It may be hostile or damaged. ${ASK_AGAIN}`)
      : fail(DAMAGED);
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes));
  } catch {
    return fail(DAMAGED);
  }
  const rebuilt = fromCompact(json);
  if (!rebuilt.ok) return fail(`The link is damaged: its machine data is not in the expected shape at ${rebuilt.where}. ${ASK_AGAIN}`);
  const restored = restore(rebuilt.document);
  if (!restored.ok) {
    const lines = restored.problems.map((p) => `  ${formatInputProblem(p)}`);
    return fail(`The machine in this link is not valid, so it was not opened:\n${lines.join('\n')}\n${ASK_AGAIN}`);
  }
  return rebuilt.selected === undefined ? { ok: true, machine: restored.machine } : { ok: true, machine: restored.machine, selected: rebuilt.selected };
}

function unknownFormat(body: string, format: string): DecodedShare {
  const version = /^m(\d+)$/.exec(format);
  if (version && Number(version[1]) > Number(SHARE_FORMAT.slice(1))) {
    return fail(
      `This link was made by a newer Statewright (link format ${format}); this one reads format ${SHARE_FORMAT}. ` +
        'Open it in an up-to-date Statewright, or ask the sender for the .fsm.json file.',
    );
  }
  const shown = body.length > 24 ? `${body.slice(0, 24)}…` : body;
  return fail(`This is not a Statewright machine link: the part after "#" (${JSON.stringify(shown)}) should start with "${SHARE_FORMAT}.". ${ASK_AGAIN}`);
}

function fail(message: string): DecodedShare {
  return { ok: false, message };
}
