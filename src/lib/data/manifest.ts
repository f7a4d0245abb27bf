// The release manifest: data/datapackage.json records each published file's size, SHA-256 hash
// and row count, so a truncated or edited copy is told apart from the release.
import { digestSha256 } from './digestSha256';
import type { Problem } from './types';
import { MANIFEST, readManifest, type ManifestResource } from './manifestFile';

export { MANIFEST, readManifest, type ManifestResource };

/** What a file actually is: the facts the manifest records. */
export interface FileFacts {
  bytes: number;
  hash: string;
  /** Null for a file that is not a table. */
  rows: number | null;
}

/** Size and hash of a file's bytes, with its row count when it is a table. */
export async function describeFile(bytes: Uint8Array, rows: number | null): Promise<FileFacts> {
  return { bytes: bytes.length, hash: `sha256:${await digestSha256(bytes)}`, rows };
}

const plural = (n: number, w: string) => `${n.toLocaleString('en-US')} ${w}${n === 1 ? '' : 's'}`;

/**
 * Compare each listed file with the manifest; one file-level problem per file that differs, saying
 * plainly what differs. `facts` is null for a file that could not be read.
 */
export function checkManifest(
  resources: ManifestResource[],
  facts: (path: string) => FileFacts | null,
): Problem[] {
  const out: Problem[] = [];
  const problem = (file: string, message: string) =>
    out.push({ file, line: 1, message, severity: 'error', fileLevel: true });
  for (const r of resources) {
    if (typeof r.bytes !== 'number' || typeof r.hash !== 'string') {
      problem(
        MANIFEST,
        `resource "${r.path}" has no bytes or hash: run npm run release to record the released files`,
      );
      continue;
    }
    const f = facts(r.path);
    if (f === null) {
      problem(MANIFEST, `lists "${r.path}", which could not be read`);
      continue;
    }
    const rowsDiffer = typeof r.rows === 'number' && f.rows !== null && f.rows !== r.rows;
    if (f.bytes === r.bytes && f.hash === r.hash.toLowerCase() && !rowsDiffer) continue;
    const has = [plural(f.bytes, 'byte'), ...(f.rows !== null ? [plural(f.rows, 'row')] : [])];
    const release = [
      plural(r.bytes, 'byte'),
      ...(typeof r.rows === 'number' ? [plural(r.rows, 'row')] : []),
    ];
    const what =
      f.bytes < r.bytes
        ? 'it is shorter than the released file, probably truncated'
        : 'its content differs from the released file';
    problem(
      r.path,
      `the file does not match its release in ${MANIFEST}: this copy has ${has.join(' and ')}, the release ${release.join(' and ')}${f.bytes === r.bytes && !rowsDiffer ? ' (same size, different SHA-256 hash)' : ''}; ${what}. Download it again; if you edited it on purpose, run npm run release`,
    );
  }
  return out;
}
