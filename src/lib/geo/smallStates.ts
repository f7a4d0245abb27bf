import smallStates from './smallStates.json' with { type: 'json' };

/** ISO3 codes of the small states drawn as dots because the 110m atlas has no shape for them. */
export const SMALL_STATES: ReadonlySet<string> = new Set(Object.keys(smallStates));
