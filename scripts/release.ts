/**
 * `npm run release [-- DIR]`: record each data file's size, SHA-256 hash and row count in
 * DIR/datapackage.json (default `data/`), so the app and the validator can tell a truncated or
 * edited copy from the release. Run it after every change to the data files; `npm test` fails
 * while the manifest is stale.
 */
import { updateManifest } from './updateManifest';

const dir = process.argv.slice(2).filter((a) => a !== '--' && !a.startsWith('--'))[0] ?? 'data';
const changed = await updateManifest(dir);
console.error(
  changed.length === 0
    ? `${dir}/datapackage.json: already up to date`
    : `${dir}/datapackage.json: updated ${changed.join(', ')}`,
);
