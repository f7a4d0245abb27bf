/// <reference lib="webworker" />
// Parses and validates the dataset off the main thread, so a large dataset never freezes the page.
import type { DataTexts } from './fetchTexts';
import { parseTexts } from './parseTexts';

self.onmessage = async (event: MessageEvent<DataTexts>) => {
  try {
    self.postMessage({ ok: true, result: await parseTexts(event.data) });
  } catch (err) {
    self.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
