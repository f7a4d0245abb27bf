import { mount } from 'svelte';
import EmbedView from './lib/components/embed/EmbedView.svelte';
import './app.css';

const target = document.getElementById('embed');
if (!target) throw new Error('embed/index.html lacks the #embed element');
// The embed page lives one folder below the site root.
mount(EmbedView, { target, props: { root: '../' } });
