import type { Problem } from './types';

/** `FILE:LINE: message`, the validator's output format; `dir` prefixes the file name. */
export function formatProblem(problem: Problem, dir = ''): string {
  const path = dir === '' ? problem.file : `${dir.replace(/\/+$/, '')}/${problem.file}`;
  const tag = problem.severity === 'warning' ? 'warning: ' : '';
  return `${path}:${problem.line}: ${tag}${problem.message}`;
}
