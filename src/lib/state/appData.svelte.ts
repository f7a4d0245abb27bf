import type { LoadResult } from '../data/types';
import type { WorldMapData } from '../geo/worldMap';
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

/** Fetch the projected map the site ships (never a third-party server). */
async function loadMap(url: string, signal?: AbortSignal): Promise<WorldMapData> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`the world map could not be loaded (HTTP ${res.status})`);
  return (await res.json()) as WorldMapData;
}

/** What the dashboard has loaded: the dataset, the world geometry, or why either failed. */
export class AppData {
  #phase = $state<Phase>('loading');
  #result = $state.raw<LoadResult | null>(null);
  #map = $state.raw<WorldMapData | null>(null);
  #error = $state<string | null>(null);
  #timedOut = $state(false);

  get phase(): Phase {
    return this.#phase;
  }
  get result(): LoadResult | null {
    return this.#result;
  }
  /** The recipients map, projected at build time. */
  get map(): WorldMapData | null {
    return this.#map;
  }
  get error(): string | null {
    return this.#error;
  }
  /** Whether the last failure was a request that did not answer in time. */
  get timedOut(): boolean {
    return this.#timedOut;
  }

  /** Start ready with data already at hand (the build-time prerender). */
  seed(result: LoadResult, map: WorldMapData): void {
    this.#result = result;
    this.#map = map;
    this.#phase = 'ready';
  }

  /**
   * Fetch data and geometry together; any failure ends in `failed` with a readable reason. Requests
   * that have not answered after `timeoutMs` are aborted, so the page never stays "Loading..."
   * forever. Calling it again retries.
   */
  async load(base: string, mapUrl: string, timeoutMs = dataTimeoutMs()): Promise<void> {
    this.#phase = 'loading';
    this.#error = null;
    this.#timedOut = false;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const [result, map] = await Promise.all([
        loadInWorker(base, controller.signal),
        loadMap(mapUrl, controller.signal),
      ]);
      this.#result = result;
      this.#map = map;
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
