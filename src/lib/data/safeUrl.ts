/** The URL if it is an absolute http(s) address, else null: only such addresses become links. */
export function safeUrl(value: string): string | null {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
