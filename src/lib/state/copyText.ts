/**
 * Copy text to the clipboard; resolves to the status to show the reader: `done` when it worked,
 * else how to copy by hand (`what` names the text, e.g. "the code").
 */
export async function copyText(text: string, done = 'Copied.', what = 'the text'): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return done;
  } catch {
    return `Copy failed: select ${what} and copy it.`;
  }
}
