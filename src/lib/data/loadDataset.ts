import { checkManifest, describeFile, MANIFEST, readManifest, type FileFacts } from './manifest';
import { parseCsv, type CsvTable } from './parseCsv';
import { ALL_DATA_FILES } from './schema';
import type { LoadResult, Problem } from './types';
import {
  sortProblems,
  validateDataset,
  type Tables,
  type ValidateOptions,
} from './validateDataset';

/**
 * One dataset file as read: its text, or better its bytes (so the UTF-8 check and the release hash
 * see the file itself), optionally with the content type the server sent it with.
 */
export type RawFile =
  string | Uint8Array | { body: string | Uint8Array; contentType?: string | null };

/** Reads one dataset file by name; resolves to null when the file does not exist. */
export type ReadText = (file: string) => Promise<RawFile | null>;

/** How to load: the validator's options, and whether to look for warnings too. */
export interface LoadOptions extends Omit<ValidateOptions, 'findWarnings'> {
  /**
   * Also report warnings (likely duplicates, duplicate source URLs, unused sources and companies);
   * true by default. The page shows errors only, so it skips them and never loads their code.
   */
  warnings?: boolean;
}

const utf8 = new TextEncoder();

/** The bytes and content type of a raw file. */
function unpack(raw: RawFile): { bytes: Uint8Array; contentType: string | null } {
  const body = typeof raw === 'string' || raw instanceof Uint8Array ? raw : raw.body;
  const contentType = typeof raw === 'string' || raw instanceof Uint8Array ? null : raw.contentType;
  return {
    bytes: typeof body === 'string' ? utf8.encode(body) : body,
    contentType: contentType ?? null,
  };
}

/** Decode UTF-8; bytes that are not UTF-8 become U+FFFD and one file-level problem names the line. */
function decode(file: string, bytes: Uint8Array): { text: string; problem: Problem | null } {
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      problem: null,
    };
  } catch {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const lines = text.split(/\r\n?|\n/);
    const bad = lines.flatMap((l, i) => (l.includes('\uFFFD') ? [i + 1] : []));
    const first = bad[0] ?? 1;
    const more =
      bad.length > 1 ? ` and ${bad.length - 1} more line${bad.length > 2 ? 's' : ''}` : '';
    return {
      text,
      problem: {
        file,
        line: first,
        message: `the file is not valid UTF-8 (on line ${first}${more}): save it as UTF-8 (in a spreadsheet, "CSV UTF-8")`,
        severity: 'error',
        fileLevel: true,
      },
    };
  }
}

/** Why a response is not a CSV file (an HTML page answered in its place), or null. */
function notCsv(text: string, contentType: string | null): string | null {
  if (contentType !== null && /html/i.test(contentType)) {
    return `the file is not CSV: the server sent a web page (${contentType.split(';')[0]}) in its place; the file is probably missing from the site`;
  }
  if (/^\uFEFF?\s*</.test(text)) {
    return 'the file is not CSV: it starts with "<", like an HTML page; the server probably answered with a web page because the file is missing';
  }
  return null;
}

/** A table with no rows and one file-level problem, for a file that cannot be parsed at all. */
function unreadable(file: string, message: string): CsvTable {
  return {
    file,
    header: [],
    rows: [],
    records: 0,
    problems: [{ file, line: 1, message, severity: 'error', fileLevel: true }],
  };
}

/**
 * The one loader the CLI and the app share: read each dataset file, parse it, validate the whole,
 * and, when the folder has a datapackage.json with sizes and hashes, check every file it lists
 * against its release. The CLI reads from disk, the app fetches the same files from the built site.
 */
export async function loadDataset(read: ReadText, options: LoadOptions = {}): Promise<LoadResult> {
  const [manifestRaw, ...raws] = await Promise.all(
    [MANIFEST, ...ALL_DATA_FILES].map((f) => read(f)),
  );
  const tables: Tables = {};
  const facts = new Map<string, FileFacts>();
  const extra: Problem[] = [];
  const hashed: Promise<void>[] = [];
  ALL_DATA_FILES.forEach((file, i) => {
    const raw = raws[i];
    if (raw === null || raw === undefined) return;
    const { bytes, contentType } = unpack(raw);
    const { text, problem } = decode(file, bytes);
    const why = notCsv(text, contentType);
    const table = why !== null ? unreadable(file, why) : parseCsv(file, text);
    if (problem !== null && why === null) table.problems.unshift(problem);
    tables[file] = table;
    // A page served in a file's place is reported as such, not also as a changed file.
    if (why === null) {
      hashed.push(describeFile(bytes, table.records).then((f) => void facts.set(file, f)));
    }
  });
  const { warnings = true, ...validateOptions } = options;
  // The warnings' code is loaded only by those who want them (the CLI, the tests), not the page.
  const findWarnings = warnings ? (await import('./findWarnings')).findWarnings : undefined;
  const result = validateDataset(tables, { ...validateOptions, findWarnings });
  await Promise.all(hashed);

  if (manifestRaw !== null && manifestRaw !== undefined) {
    const { bytes } = unpack(manifestRaw);
    const resources = readManifest(new TextDecoder().decode(bytes));
    if (typeof resources === 'string') {
      extra.push({
        file: MANIFEST,
        line: 1,
        message: `${MANIFEST} ${resources}: the files cannot be checked against their release`,
        severity: 'error',
        fileLevel: true,
      });
    } else {
      // Files the manifest lists beyond the ones this loader parses are checked too.
      const others = resources.filter(
        (r) => !facts.has(r.path) && !(ALL_DATA_FILES as readonly string[]).includes(r.path),
      );
      const otherRaws = await Promise.all(others.map((r) => read(r.path)));
      await Promise.all(
        others.map(async (r, i) => {
          const raw = otherRaws[i];
          if (raw === null || raw === undefined) return;
          const { bytes } = unpack(raw);
          const rows = r.path.endsWith('.csv')
            ? parseCsv(r.path, new TextDecoder().decode(bytes)).records
            : null;
          facts.set(r.path, await describeFile(bytes, rows));
        }),
      );
      // A data file that is missing or not CSV is already reported as such.
      const listed = resources.filter(
        (r) => facts.has(r.path) || !(ALL_DATA_FILES as readonly string[]).includes(r.path),
      );
      for (const p of checkManifest(listed, (path) => facts.get(path) ?? null)) extra.push(p);
    }
  }
  if (extra.length > 0) {
    for (const p of extra) result.problems.push(p);
    sortProblems(result.problems);
  }
  return result;
}
