/** The detail panels, topmost first: Escape closes the first one open. */
export const PANELS = ['record', 'company', 'country'] as const;
export type Panel = (typeof PANELS)[number];

/**
 * Where focus was when each panel opened, so that closing the panel returns the reader there
 * (keyboard and screen-reader users otherwise land at the top of the page).
 */
export class PanelFocus {
  #openers = new Map<Panel, HTMLElement>();

  /** Remember the focused element as the opener of `panel`. */
  opened(panel: Panel, focused: Element | null): void {
    if (focused instanceof HTMLElement && focused.tagName !== 'BODY') {
      this.#openers.set(panel, focused);
    }
  }

  /** Return focus to the opener of a panel that closed, if it is still in the page. */
  closed(panel: Panel): void {
    const el = this.#openers.get(panel);
    this.#openers.delete(panel);
    if (el?.isConnected) el.focus();
  }
}

/** Which panels are open in a view state (none before the dashboard exists). */
export function openPanels(
  state: { record: string | null; company: string | null; country: string | null } | null,
): Record<Panel, boolean> {
  return { record: !!state?.record, company: !!state?.company, country: !!state?.country };
}

/** The panels that were open and are not any more (focus goes back to their openers). */
export function closedPanels(was: Record<Panel, boolean>, now: Record<Panel, boolean>): Panel[] {
  return PANELS.filter((p) => was[p] && !now[p]);
}

/** The topmost open panel, given which are open; null when none is. */
export function topmostPanel(open: Record<Panel, boolean>): Panel | null {
  return PANELS.find((p) => open[p]) ?? null;
}

/** Whether Escape in this element belongs to the element (a text field clears itself). */
export function escapeIsLocal(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')
  );
}
