import { readFileSync } from 'node:fs';
import { describeFile } from '../../src/lib/data/manifest';
import { parseCsv } from '../../src/lib/data/parseCsv';

/**
 * data/datapackage.json as if `npm run release` had been run on the given file contents: for browser
 * tests that serve edited data files on purpose and test something other than the release check.
 */
export async function releasedManifest(files: Record<string, string>): Promise<string> {
  const pkg = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as {
    resources: { path: string; bytes?: number; hash?: string; rows?: number }[];
  };
  for (const r of pkg.resources) {
    const text = files[r.path];
    if (text === undefined) continue;
    const facts = await describeFile(
      new TextEncoder().encode(text),
      parseCsv(r.path, text).records,
    );
    Object.assign(r, { bytes: facts.bytes, hash: facts.hash, rows: facts.rows });
  }
  return JSON.stringify(pkg);
}
