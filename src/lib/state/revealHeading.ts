/**
 * Move focus to a panel's heading and scroll it into view, for keyboard and screen-reader users.
 * The detail panels are a lazily loaded chunk, so the heading is waited for (up to `frames`
 * animation frames, about two seconds); resolves to whether it was found.
 */
export async function revealHeading(id: string, frames = 120): Promise<boolean> {
  let el = document.getElementById(id);
  for (let i = 0; !el && i < frames; i++) {
    await new Promise((r) => requestAnimationFrame(r));
    el = document.getElementById(id);
  }
  if (!el) return false;
  el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
  return true;
}
