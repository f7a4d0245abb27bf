/**
 * Copy text to the clipboard; resolves to the status to show the reader ("Copied.", or what to do
 * when the browser refuses).
 */
export async function copyText(text: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return 'Copied.';
  } catch {
    return 'Copy failed: select the text and copy it.';
  }
}
