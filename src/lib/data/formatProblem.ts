import { escapeText } from './escapeText';
import type { Problem } from './types';

/**
 * `FILE:LINE: message`, the validator's output format; `dir` prefixes the file name. Control, bidi
 * and invisible characters from the data are escaped (`\e`, `\r`, `\u{202E}`), so the line prints
 * as one line and cannot act on a terminal.
 */
export function formatProblem(problem: Problem, dir = ''): string {
  const path = dir === '' ? problem.file : `${dir.replace(/\/+$/, '')}/${problem.file}`;
  const tag = problem.severity === 'warning' ? 'warning: ' : '';
  return escapeText(`${path}:${problem.line}: ${tag}${problem.message}`);
}
