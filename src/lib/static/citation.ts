import { SITE_NAME } from './siteConfig';

/** What a static page needs to say how to cite it. */
export interface PageCitation {
  /** The page's own title, e.g. "Ethiopia: surveillance technology suppliers". */
  title: string;
  /** Dataset version, from data/datapackage.json. */
  version: string;
  /** Absolute URL of the page, or its path under the site when the site's URL is not set. */
  url: string;
  /** Date the page was built (YYYY-MM-DD), standing for the access date on a printed copy. */
  date: string;
}

/** A ready-to-paste reference for a page of the tracker (APA-like). */
export function citePage(c: PageCitation): string {
  return `${SITE_NAME} contributors. (${c.date.slice(0, 4)}). ${c.title}. ${SITE_NAME}, dataset version ${c.version}. ${c.url} (accessed ${c.date}).`;
}
