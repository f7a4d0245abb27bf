import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { describeFile, MANIFEST } from '../src/lib/data/manifest';
import { parseCsv } from '../src/lib/data/parseCsv';

/**
 * Record in DIR/datapackage.json the size, SHA-256 hash and row count of every resource it lists
 * (whatever files those are), keeping everything else as it was. Returns the paths whose entry
 * changed.
 */
export async function updateManifest(dir: string): Promise<string[]> {
  const file = join(dir, MANIFEST);
  const pkg = JSON.parse(await readFile(file, 'utf8')) as {
    resources: Record<string, unknown>[];
  };
  const changed = new Set<string>();
  pkg.resources = await Promise.all(
    pkg.resources.map(async (r) => {
      const path = String(r['path']);
      const bytes = await readFile(join(dir, path));
      const rows = path.endsWith('.csv')
        ? parseCsv(path, new TextDecoder().decode(bytes)).records
        : null;
      const facts = await describeFile(bytes, rows);
      const stats = { bytes: facts.bytes, hash: facts.hash, ...(rows !== null ? { rows } : {}) };
      if (r['bytes'] !== stats.bytes || r['hash'] !== stats.hash || r['rows'] !== stats['rows']) {
        changed.add(path);
      }
      // The release facts go just before the schema, where a reader of the file looks for them.
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(r)) {
        if (k === 'bytes' || k === 'hash' || k === 'rows') continue;
        if (k === 'schema') Object.assign(out, stats);
        out[k] = v;
      }
      if (!('schema' in r)) Object.assign(out, stats);
      return out;
    }),
  );
  // Formatted as the repository's Prettier check wants it, so a release leaves no lint failure.
  const text = await format(JSON.stringify(pkg, null, 2), {
    ...(await resolveConfig(file)),
    filepath: file,
  });
  if (text !== (await readFile(file, 'utf8'))) await writeFile(file, text);
  return pkg.resources.map((r) => String(r['path'])).filter((p) => changed.has(p));
}
