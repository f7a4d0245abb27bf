/** The dataset version, from data/datapackage.json at build time. */
declare const __DATASET_VERSION__: string;
