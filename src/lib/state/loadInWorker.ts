import type { LoadResult } from '../data/types';
import { fetchTexts, type DataTexts } from './fetchTexts';

type Reply = { ok: true; result: LoadResult } | { ok: false; error: string };

/** Parse and validate in a Web Worker; where workers are not available, on the main thread. */
function parseInWorker(texts: DataTexts): Promise<LoadResult> {
  if (typeof Worker === 'undefined') return import('./parseTexts').then((m) => m.parseTexts(texts));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./loadWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<Reply>) => {
      worker.terminate();
      if (e.data.ok) resolve(e.data.result);
      else reject(new Error(e.data.error));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the data loader stopped unexpectedly'));
    };
    // The bytes move to the worker rather than being copied.
    const buffers = Object.values(texts).flatMap((f) => (f ? [f.body.buffer as ArrayBuffer] : []));
    worker.postMessage(texts, buffers);
  });
}

/**
 * Load the dataset: the page fetches the files (index.html preloads them), a worker parses and
 * validates them with the shared loader. `base` is the site's base URL, relative or absolute;
 * `signal` aborts the requests.
 */
export async function loadInWorker(base: string, signal?: AbortSignal): Promise<LoadResult> {
  return parseInWorker(await fetchTexts(new URL(base, document.baseURI).href, signal));
}
