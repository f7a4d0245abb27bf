import type { LoadResult } from '../data/types';
import type { CountryFeature } from '../geo/loadWorld';
import { loadWorld } from '../geo/loadWorld';
import { loadInWorker } from './loadInWorker';

type Phase = 'loading' | 'ready' | 'failed';

/** How long the data and the map may take to arrive before the page says so and offers a retry. */
export const DATA_TIMEOUT_MS = 20_000;

/**
 * The timeout in force: DATA_TIMEOUT_MS, unless a browser test set `window.__trackerDataTimeoutMs`
 * (test-only hook, so a test of a request that never answers need not wait 20 s).
 */
export function dataTimeoutMs(): number {
  const hook =
    typeof window === 'undefined'
      ? undefined
      : (window as { __trackerDataTimeoutMs?: unknown }).__trackerDataTimeoutMs;
  return typeof hook === 'number' && hook > 0 ? hook : DATA_TIMEOUT_MS;
}

/** What the dashboard has loaded: the dataset, the world geometry, or why either failed. */
export class AppData {
  #phase = $state<Phase>('loading');
  #result = $state.raw<LoadResult | null>(null);
  #world = $state.raw<CountryFeature[]>([]);
  #error = $state<string | null>(null);
  #timedOut = $state(false);

  get phase(): Phase {
    return this.#phase;
  }
  get result(): LoadResult | null {
    return this.#result;
  }
  get world(): CountryFeature[] {
    return this.#world;
  }
  get error(): string | null {
    return this.#error;
  }
  /** Whether the last failure was a request that did not answer in time. */
  get timedOut(): boolean {
    return this.#timedOut;
  }

  /** Start ready with data already at hand (the build-time prerender). */
  seed(result: LoadResult, world: CountryFeature[]): void {
    this.#result = result;
    this.#world = world;
    this.#phase = 'ready';
  }

  /**
   * Fetch data and geometry together; any failure ends in `failed` with a readable reason. Requests
   * that have not answered after `timeoutMs` are aborted, so the page never stays "Loading..."
   * forever. Calling it again retries.
   */
  async load(base: string, worldUrl: string, timeoutMs = dataTimeoutMs()): Promise<void> {
    this.#phase = 'loading';
    this.#error = null;
    this.#timedOut = false;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const [result, world] = await Promise.all([
        loadInWorker(base, controller.signal),
        loadWorld(worldUrl, controller.signal),
      ]);
      this.#result = result;
      this.#world = world;
      this.#phase = 'ready';
    } catch (err) {
      if (controller.signal.aborted) {
        this.#timedOut = true;
        const s = Math.round(timeoutMs / 1000);
        this.#error =
          `The data did not arrive within ${s} second${s === 1 ? '' : 's'}: the site's server or ` +
          'the connection may be slow or down.';
      } else this.#error = err instanceof Error ? err.message : String(err);
      this.#phase = 'failed';
    } finally {
      clearTimeout(timer);
    }
  }
}
