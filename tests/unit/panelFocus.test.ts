// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  closedPanels,
  escapeIsLocal,
  openPanels,
  topmostPanel,
} from '../../src/lib/state/panelFocus';
import { revealHeading } from '../../src/lib/state/revealHeading';

const NONE = { record: false, company: false, country: false };

describe('detail panels', () => {
  it.each([
    { state: null, expected: NONE },
    {
      state: { record: 'r', company: null, country: 'ETH' },
      expected: { record: true, company: false, country: true },
    },
  ])('open in $state', ({ state, expected }) => {
    expect(openPanels(state)).toEqual(expected);
  });

  it.each([
    { was: NONE, now: NONE, expected: [] },
    { was: { ...NONE, record: true }, now: NONE, expected: ['record'] },
    {
      was: { ...NONE, country: true, company: true },
      now: { ...NONE, company: true },
      expected: ['country'],
    },
    { was: NONE, now: { ...NONE, record: true }, expected: [] },
  ])('closed from $was to $now: $expected', ({ was, now, expected }) => {
    expect(closedPanels(was, now)).toEqual(expected);
  });

  it.each([
    { open: NONE, expected: null },
    { open: { record: true, company: true, country: true }, expected: 'record' },
    { open: { ...NONE, country: true, company: true }, expected: 'company' },
  ])('topmost of $open is $expected', ({ open, expected }) => {
    expect(topmostPanel(open)).toBe(expected);
  });

  it('lets text fields keep Escape to themselves', () => {
    expect(escapeIsLocal(document.createElement('input'))).toBe(true);
    expect(escapeIsLocal(document.createElement('button'))).toBe(false);
    expect(escapeIsLocal(null)).toBe(false);
  });
});

describe('revealHeading', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.unstubAllGlobals();
  });
  // jsdom has neither matchMedia nor scrolling.
  const stubWindow = () => {
    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    Element.prototype.scrollIntoView = vi.fn();
  };

  it('focuses a heading that appears a few frames later', async () => {
    stubWindow();
    setTimeout(() => {
      document.body.innerHTML = '<h2 id="record-title">Selected record</h2>';
    }, 30);
    expect(await revealHeading('record-title')).toBe(true);
    const h = document.getElementById('record-title');
    expect(document.activeElement).toBe(h);
    expect(h?.getAttribute('tabindex')).toBe('-1');
  });

  it('gives up when the heading never comes', async () => {
    stubWindow();
    expect(await revealHeading('nowhere', 3)).toBe(false);
  });
});
