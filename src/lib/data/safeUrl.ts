import { isHttpUrl } from './urlProblem';

/**
 * The URL if it is an absolute http(s) address to a public host (the validator's one check), else
 * null: only such addresses become links.
 */
export function safeUrl(value: string): string | null {
  return isHttpUrl(value) ? new URL(value).href : null;
}
