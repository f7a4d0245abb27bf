/** The dataset version, from data/datapackage.json at build time. */
declare const __DATASET_VERSION__: string;
/** The dataset's title, authors, version and release date, from CITATION.cff at build time. */
declare const __CITATION__: import('./lib/static/citationFile').CitationMeta;
