/**
 * The build-time renderer (loaded by scripts/prerender.ts through Vite's SSR loader, so Svelte
 * components compile for the server): the dashboard's first screen and the static pages.
 */
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import App from '../../App.svelte';
import BrowseLinks from '../components/static/BrowseLinks.svelte';
import CompanyPage from '../components/static/CompanyPage.svelte';
import CountryPage from '../components/static/CountryPage.svelte';
import ListPage from '../components/static/ListPage.svelte';
import RecordPage from '../components/static/RecordPage.svelte';
import RecordsTable from '../components/static/RecordsTable.svelte';

export const COMPONENTS = {
  App,
  BrowseLinks,
  CompanyPage,
  CountryPage,
  ListPage,
  RecordPage,
  RecordsTable,
};

/** Render one component to HTML: its body, and the `<style>` blocks of the components it used. */
export function renderComponent<P extends Record<string, unknown>>(
  component: Component<P>,
  props: P,
): { body: string; css: string[] } {
  const out = render(component, { props });
  const css = [...out.head.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
  return { body: out.body, css };
}
