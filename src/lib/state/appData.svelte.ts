import type { LoadResult } from '../data/types';
import type { CountryFeature } from '../geo/loadWorld';
import { loadWorld } from '../geo/loadWorld';
import { loadInWorker } from './loadInWorker';

type Phase = 'loading' | 'ready' | 'failed';

/** What the dashboard has loaded: the dataset, the world geometry, or why either failed. */
export class AppData {
  #phase = $state<Phase>('loading');
  #result = $state.raw<LoadResult | null>(null);
  #world = $state.raw<CountryFeature[]>([]);
  #error = $state<string | null>(null);

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

  /** Fetch data and geometry together; any failure ends in `failed` with a readable reason. */
  async load(base: string, worldUrl: string): Promise<void> {
    this.#phase = 'loading';
    try {
      const [result, world] = await Promise.all([loadInWorker(base), loadWorld(worldUrl)]);
      this.#result = result;
      this.#world = world;
      this.#phase = 'ready';
    } catch (err) {
      this.#error = err instanceof Error ? err.message : String(err);
      this.#phase = 'failed';
    }
  }
}
