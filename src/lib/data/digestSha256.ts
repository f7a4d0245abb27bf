// The release check's hash. crypto.subtle is native and fast, but browsers offer it only in secure
// contexts (https, localhost, 127.0.0.1): on a plain-http host the TypeScript implementation
// (sha256.ts) is fetched on demand instead, so the page's first load does not carry it.

/**
 * The SHA-256 digest of `bytes` as 64 lowercase hex digits: with `subtle` (the platform's Web
 * Crypto by default) when there is one, else with the plain TypeScript implementation.
 */
export async function digestSha256(
  bytes: Uint8Array,
  subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle,
): Promise<string> {
  if (subtle) {
    try {
      const digest = await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
      return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
    } catch {
      // A platform that refuses the digest (a detached or shared buffer) gets the fallback below.
    }
  }
  const { sha256Hex } = await import('./sha256');
  return sha256Hex(bytes);
}
