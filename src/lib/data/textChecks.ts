// Checks on the characters of a cell: text a reader cannot see or a parser mangled.

/** C0 and C1 control characters and DEL, except tab and line feed (quoted line breaks are allowed). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;
/** Characters that draw nothing: white space, format characters (zero-width, bidi marks, BOM), fillers. */
const INVISIBLE = /[\p{White_Space}\p{Cf}\u115F\u1160\u3164\uFFA0\u2800]/gu;
/** White space or an invisible character anywhere: never part of an id. */
const INVISIBLE_ONE = /[\p{White_Space}\p{Cf}\u115F\u1160\u3164\uFFA0\u2800]/u;

/** The code point as `U+XXXX`. */
function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * What is wrong with the characters of a cell, or null: a control character, the replacement
 * character U+FFFD (bytes that were not UTF-8), or only invisible characters.
 */
export function textProblem(column: string, value: string): string | null {
  const control = CONTROL.exec(value);
  if (control) {
    return `${column} contains the control character ${codePoint(control[0])}: remove it`;
  }
  if (value.includes('\uFFFD')) {
    return `${column} contains U+FFFD (�), left where the file was not valid UTF-8: save the file as UTF-8 and retype the text`;
  }
  if (value.trim() !== '' && value.replace(INVISIBLE, '') === '') {
    return `${column} holds only invisible characters: write the text or leave the cell empty`;
  }
  return null;
}

/** Whether an id or reference holds white space, a tab, a BOM or another invisible character. */
export function hasInvisible(value: string): boolean {
  return INVISIBLE_ONE.test(value);
}
