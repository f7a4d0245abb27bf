// Raw dataset text printed to a terminal or shown in a one-line message must not act on its
// surroundings: an ESC starts a terminal escape sequence, a CR overwrites the line, a bidi
// override reverses what follows. Such characters are shown as visible escapes instead.

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };
/** Control characters, bidi controls and other invisible format characters (BOM, zero-width). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\p{Cf}\u2028\u2029]/gu;

/** `text` with control, bidi and invisible format characters written as `\e`, `\r`, `\u{202E}`... */
export function escapeText(text: string): string {
  return text.replace(
    UNSAFE,
    (ch) => NAMED[ch] ?? `\\u{${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`,
  );
}
