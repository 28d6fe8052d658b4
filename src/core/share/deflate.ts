/**
 * Raw deflate through the platform's CompressionStream/DecompressionStream
 * (browsers and Node 20 both have them), so links need no compression library.
 *
 * Inflating is capped: a hostile link of a few kilobytes can expand to gigabytes,
 * so reading stops as soon as the output passes the cap.
 */

/** Largest inflated payload a link may carry. A real machine of 5,000 states is about 1 MB. */
export const MAX_INFLATED_BYTES = 20 * 1024 * 1024;

export type InflateResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'damaged' | 'too-large' };

/**
 * Compresses bytes with raw deflate (no zlib header or checksum: six bytes shorter).
 * @example await deflateRaw(new TextEncoder().encode('["Order"]'))
 */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Inflates raw deflate data, stopping at `maxBytes`; never throws.
 * Truncated, corrupt or trailing-garbage input is `damaged`.
 * @example await inflateRaw(compressed) // { ok: true, bytes }
 */
export async function inflateRaw(bytes: Uint8Array, maxBytes = MAX_INFLATED_BYTES): Promise<InflateResult> {
  let stream: DecompressionStream;
  try {
    stream = new DecompressionStream('deflate-raw');
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  const writer = stream.writable.getWriter();
  // Errors surface on the reading side; the writer's own rejections only repeat them.
  const writing = writer
    .write(bytes as Uint8Array<ArrayBuffer>)
    .then(() => writer.close())
    .catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        await writer.abort().catch(() => undefined);
        return { ok: false, reason: 'too-large' };
      }
      chunks.push(value);
    }
  } catch {
    await writer.abort().catch(() => undefined);
    return { ok: false, reason: 'damaged' };
  }
  await writing;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes: out };
}
