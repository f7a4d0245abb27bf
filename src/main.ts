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
  target.classList.add('prerendered-pending');
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
