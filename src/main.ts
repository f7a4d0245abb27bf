import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks the #app element');

if (target.hasAttribute('data-prerendered')) {
  // The build rendered the first screen into the page, so the map shows before any script runs.
  // The live app starts beside it, hidden, and replaces it once its data is in: until then the
  // prerendered copy stays visible but inert (it has no handlers yet).
  target.inert = true;
  target.setAttribute('aria-hidden', 'true');
  target.classList.add('prerendered-pending');
  // The copy's hooks and ids now belong to the live app alone: strip them from the copy, so that
  // nothing (a script, an automated check) acts on a shape or count that is about to go.
  const HOOKS = ['id', 'tabindex', 'data-iso3', 'data-match-count', 'data-record-id'];
  for (const el of target.querySelectorAll(HOOKS.map((a) => `[${a}]`).join(','))) {
    for (const a of HOOKS) el.removeAttribute(a);
  }
  const live = document.createElement('div');
  live.hidden = true;
  target.after(live);
  mount(App, {
    target: live,
    props: {
      onReady: () => {
        target.remove();
        live.id = 'app';
        live.hidden = false;
      },
    },
  });
} else {
  mount(App, { target });
}
