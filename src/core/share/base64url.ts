/**
 * base64url without padding (RFC 4648 section 5): the alphabet that survives
 * URLs, chat tools and e-mail without escaping. Uses btoa/atob, which both the
 * browser and Node 20 provide, so core needs no Buffer.
 */

const BASE64URL = /^[A-Za-z0-9_-]*$/;
/** btoa takes a binary string; building it in slices keeps large payloads off the call stack limit. */
const SLICE = 0x8000;

/**
 * Bytes to base64url text without `=` padding.
 * @example toBase64Url(new Uint8Array([251, 255])) // '-_8'
 */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(start, start + SLICE));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * base64url text (padding optional) to bytes, or undefined when the text is not base64url.
 * @example fromBase64Url('-_8') // Uint8Array [251, 255]
 */
export function fromBase64Url(text: string): Uint8Array | undefined {
  const unpadded = text.replace(/=+$/, '');
  // A length of 4n+1 cannot come from any byte sequence: the text was cut or altered.
  if (!BASE64URL.test(unpadded) || unpadded.length % 4 === 1) return undefined;
  let binary: string;
  try {
    binary = atob(unpadded.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The first character that cannot appear in base64url, for messages; undefined if all can. */
export function firstNonBase64UrlCharacter(text: string): { readonly character: string; readonly index: number } | undefined {
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (!BASE64URL.test(character) && character !== '=') return { character, index };
  }
  return undefined;
}
