import type { CsvRow, CsvTable } from './parseCsv';
import { isIso3 } from './iso3';
import type { findWarnings, LineIndex } from './findWarnings';
import { hasInvisible, textProblem } from './textChecks';
import { urlProblem } from './urlProblem';
import { REQUIRED_COLUMNS, REQUIRED_VALUES } from './requiredColumns';
import {
  ALL_DATA_FILES,
  AUTHORITIES,
  EVIDENCE_LEVELS,
  MEASURES,
  REGIMES,
  REGIONS,
  ID_PATTERN,
  MIN_YEAR,
  OWNERSHIPS,
  REQUIRED_TECHNOLOGIES,
  SOURCE_TYPES,
  STATUSES,
  TECH_FAMILIES,
  type DataFile,
} from './schema';
import type {
  Company,
  CountryInfo,
  Dataset,
  RegimeRating,
  Restriction,
  Evidence,
  LoadResult,
  Ownership,
  Problem,
  Source,
  SourceType,
  Status,
  Technology,
  Transfer,
} from './types';

/** Parsed tables by file name; a missing entry means the file was not found. */
export type Tables = Partial<Record<DataFile, CsvTable>>;

export interface ValidateOptions {
  /** Latest year a record may carry; defaults to the current UTC year. */
  currentYear?: number;
  /**
   * Today as `YYYY-MM-DD`: no source may be dated later. Defaults to the last day of `currentYear`
   * when that is given, else to today's UTC date.
   */
  today?: string;
  /**
   * Looks for warnings once the rows are checked (findWarnings.ts, passed in by the loader so that
   * code which wants errors only need not carry it); without it, only errors are reported.
   */
  findWarnings?: typeof findWarnings;
}

/** Columns holding one id or code, which must be written exactly (no space, tab or BOM around). */
const ID_COLUMNS: Record<DataFile, readonly string[]> = {
  'transfers.csv': ['id', 'supplier_id', 'recipient_iso3'],
  'companies.csv': ['id', 'hq_iso3', 'parent_id'],
  'sources.csv': ['id'],
  'technologies.csv': ['id'],
  'restrictions.csv': ['company_id', 'authority', 'measure'],
  'countries.csv': ['iso3'],
  'regimes.csv': ['iso3', 'year'],
};

/** Split a `;`-separated list, trimming items and dropping empty ones. */
export function splitList(value: string): string[] {
  return value
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether `value` is a real `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date (from 1900). */
export function isRealDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1900) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export { isHttpUrl } from './urlProblem';

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** Collects problems for one row and tells whether the row stayed valid. */
class RowCheck {
  ok = true;
  constructor(
    private readonly file: DataFile,
    readonly row: CsvRow,
    private readonly problems: Problem[],
  ) {}

  get(column: string): string {
    return (this.row.values[column] ?? '').trim();
  }

  fail(message: string): void {
    this.ok = false;
    this.problems.push({ file: this.file, line: this.row.line, message, severity: 'error' });
  }

  oneOf<T extends string>(column: string, allowed: readonly T[]): T {
    const v = this.get(column);
    if (v !== '' && !isOneOf(allowed, v)) {
      this.fail(`${column} "${v}" is not allowed: use one of ${allowed.join(', ')}`);
    }
    return v as T;
  }

  iso3(column: string): string {
    const v = this.get(column);
    if (v === '' || isIso3(v)) return v;
    if (isIso3(v.toUpperCase()))
      this.fail(`${column} "${v}" must be upper case: ${v.toUpperCase()}`);
    else this.fail(`${column} "${v}" is not an ISO 3166-1 alpha-3 country code (e.g. CHN, VEN)`);
    return v;
  }

  year(column: string, maxYear: number): number | null {
    const v = this.get(column);
    if (v === '') return null;
    if (!/^\d{4}$/.test(v)) {
      this.fail(`${column} "${v}" must be a four-digit year (YYYY)`);
      return null;
    }
    const n = Number(v);
    if (n < MIN_YEAR || n > maxYear) {
      this.fail(`${column} ${n} is out of range: use a year from ${MIN_YEAR} to ${maxYear}`);
      return null;
    }
    return n;
  }

  url(column: string): string {
    const v = this.get(column);
    const problem = v === '' ? null : urlProblem(column, v);
    if (problem !== null) this.fail(problem);
    return v;
  }

  /**
   * A `;`-separated list: items are trimmed of spaces around the separators; an empty item, an item
   * listed twice, or (for `ids`) an item holding a tab, BOM or invisible character is an error.
   * Returns the items, each once.
   */
  list(column: string, ids = true): string[] {
    const raw = this.row.values[column] ?? '';
    if (raw.trim() === '') return [];
    const items: string[] = [];
    const seen = new Set<string>();
    for (const part of raw.split(';')) {
      const item = part.replace(/^ +| +$/g, '');
      if (item.trim() === '') {
        this.fail(
          `${column} has an empty item (";;" or a ";" at either end): remove the extra ";"`,
        );
      } else if (ids && hasInvisible(item)) {
        this.fail(
          `${column}: "${item}" holds a space, tab, BOM or invisible character: write the id alone`,
        );
      } else if (seen.has(item)) {
        this.fail(`${column} lists "${item}" twice: list each ${ids ? 'id' : 'name'} once`);
      } else {
        seen.add(item);
        items.push(item);
      }
    }
    return items;
  }
}

/** Runs the checks shared by every file: columns, required values, id pattern, unique ids. */
function checkRows(
  file: DataFile,
  table: CsvTable | undefined,
  problems: Problem[],
  visit: (check: RowCheck) => void,
): void {
  if (!table) {
    problems.push({
      file,
      line: 1,
      message: `required file ${file} is missing from the dataset folder`,
      severity: 'error',
      fileLevel: true,
    });
    return;
  }
  // One by one, never push(...list): spreading a huge list overflows the call stack.
  for (const p of table.problems) problems.push(p);
  const missing = REQUIRED_COLUMNS[file].filter((c) => !table.header.includes(c));
  if (missing.length > 0) {
    if (table.header.length > 0) {
      problems.push({
        file,
        line: 1,
        message: `the header lacks required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
        severity: 'error',
        fileLevel: true,
      });
    }
    return;
  }
  const firstLine = new Map<string, number>();
  for (const row of table.rows) {
    const check = new RowCheck(file, row, problems);
    for (const [column, value] of Object.entries(row.values)) {
      const problem = textProblem(column, value);
      if (problem !== null) check.fail(problem);
    }
    for (const column of ID_COLUMNS[file]) {
      const raw = row.values[column] ?? '';
      if (raw.trim() !== '' && raw !== raw.trim()) {
        check.fail(
          `${column} "${raw}" has a stray space, tab or BOM around it: write "${raw.trim()}"`,
        );
      }
    }
    for (const column of REQUIRED_VALUES[file]) {
      if (check.get(column) === '') check.fail(`${column} is empty: it is required`);
    }
    const id = check.get('id');
    if (id !== '') {
      if (!ID_PATTERN.test(id)) {
        check.fail(`id "${id}" must be a slug of lowercase letters, digits and hyphens`);
      }
      const seen = firstLine.get(id);
      if (seen !== undefined) check.fail(`id "${id}" is already used on line ${seen}`);
      else firstLine.set(id, row.line);
    }
    visit(check);
  }
}

/**
 * Turn parsed tables into typed records plus problems. Only rows that meet the whole contract become
 * records; every other row yields at least one problem with its file and physical line.
 */
export function validateDataset(tables: Tables, options: ValidateOptions = {}): LoadResult {
  const maxYear = options.currentYear ?? new Date().getUTCFullYear();
  const today =
    options.today ??
    (options.currentYear !== undefined
      ? `${options.currentYear}-12-31`
      : new Date().toISOString().slice(0, 10));
  const problems: Problem[] = [];
  const lines: LineIndex = {
    'transfers.csv': new Map(),
    'companies.csv': new Map(),
    'sources.csv': new Map(),
  };
  const dataset: Dataset = {
    transfers: [],
    companies: [],
    sources: [],
    technologies: [],
    restrictions: [],
    countries: [],
    regimes: [],
  };

  // technologies.csv
  checkRows('technologies.csv', tables['technologies.csv'], problems, (c) => {
    const family = c.oneOf('family', TECH_FAMILIES);
    if (c.ok) {
      dataset.technologies.push({
        id: c.get('id'),
        label: c.get('label'),
        description: c.get('description'),
        family: (family as string) === '' ? null : family,
      } satisfies Technology);
    }
  });
  const techTable = tables['technologies.csv'];
  if (techTable && techTable.header.length > 0) {
    for (const required of REQUIRED_TECHNOLOGIES) {
      if (!dataset.technologies.some((t) => t.id === required)) {
        problems.push({
          file: 'technologies.csv',
          line: 1,
          message: `the taxonomy must contain the technology "${required}"`,
          severity: 'error',
        });
      }
    }
  }
  const techIds = new Set(dataset.technologies.map((t) => t.id));

  // sources.csv
  checkRows('sources.csv', tables['sources.csv'], problems, (c) => {
    const date = c.get('date');
    if (date !== '' && !isRealDate(date)) {
      c.fail(`date "${date}" is not a real date: use YYYY, YYYY-MM or YYYY-MM-DD`);
    } else if (date !== '' && date > today.slice(0, date.length)) {
      c.fail(`date "${date}" is in the future (today is ${today}): give the publication date`);
    }
    const url = c.url('url');
    const archiveUrl = c.url('archive_url');
    const type = c.oneOf('type', SOURCE_TYPES);
    if (c.ok) {
      dataset.sources.push({
        id: c.get('id'),
        title: c.get('title'),
        publisher: c.get('publisher'),
        authors: c.get('authors'),
        date,
        url,
        archiveUrl,
        type: type satisfies SourceType,
      } satisfies Source);
      lines['sources.csv'].set(c.get('id'), c.row.line);
    }
  });
  const sourceIds = new Set(dataset.sources.map((s) => s.id));

  const checkSourceRefs = (c: RowCheck, required: boolean): string[] => {
    const ids = c.list('source_ids');
    if (required && ids.length === 0 && c.get('source_ids') !== '') {
      c.fail('source_ids lists no id: give at least one sources.csv id');
    }
    for (const id of ids) {
      if (!sourceIds.has(id)) c.fail(`source_ids: "${id}" matches no valid source in sources.csv`);
    }
    return ids;
  };

  // companies.csv
  const companyLines = new Map<string, number>();
  checkRows('companies.csv', tables['companies.csv'], problems, (c) => {
    const hqIso3 = c.iso3('hq_iso3');
    const ownership = c.oneOf('ownership', OWNERSHIPS);
    const ids = checkSourceRefs(c, false);
    const aliases = c.list('aliases', false);
    const parent = c.get('parent_id');
    if (parent !== '' && parent === c.get('id')) c.fail('parent_id names the company itself');
    if (c.ok) {
      companyLines.set(c.get('id'), c.row.line);
      dataset.companies.push({
        id: c.get('id'),
        name: c.get('name'),
        aliases,
        hqIso3,
        parentId: parent === '' ? null : parent,
        ownership: ownership satisfies Ownership,
        description: c.get('description'),
        sourceIds: ids,
      } satisfies Company);
    }
  });
  dataset.companies = resolveParents(dataset.companies, companyLines, problems);
  lines['companies.csv'] = companyLines;
  const companyIds = new Set(dataset.companies.map((co) => co.id));

  // transfers.csv
  checkRows('transfers.csv', tables['transfers.csv'], problems, (c) => {
    const supplierId = c.get('supplier_id');
    if (supplierId !== '' && !companyIds.has(supplierId)) {
      c.fail(`supplier_id "${supplierId}" matches no valid company in companies.csv`);
    }
    const recipientIso3 = c.iso3('recipient_iso3');
    const technologies = c.list('technologies');
    if (technologies.length === 0 && c.get('technologies') !== '') {
      c.fail('technologies lists no id: give at least one technologies.csv id');
    }
    for (const t of technologies) {
      if (!techIds.has(t)) c.fail(`technologies: "${t}" is not an id in technologies.csv`);
    }
    const yearStart = c.year('year_start', maxYear);
    const yearEnd = c.year('year_end', maxYear);
    if (yearStart !== null && yearEnd !== null && yearEnd < yearStart) {
      c.fail(`year_end ${yearEnd} is before year_start ${yearStart}`);
    }
    const status = c.oneOf('status', STATUSES);
    const evidence = c.oneOf('evidence', EVIDENCE_LEVELS);
    const value = c.get('value_usd');
    if (value !== '' && !/^\d+$/.test(value)) {
      c.fail(`value_usd "${value}" must be a whole number of US dollars, digits only`);
    } else if (value !== '' && Number(value) > Number.MAX_SAFE_INTEGER) {
      c.fail(
        `value_usd ${value} is beyond ${Number.MAX_SAFE_INTEGER}, the largest whole number stored exactly: check the figure`,
      );
    }
    const ids = checkSourceRefs(c, true);
    const distinctFrom = c.list('distinct_from');
    if (distinctFrom.includes(c.get('id'))) {
      c.fail('distinct_from names the record itself: list only other records');
    }
    const firstRelease = c.get('first_release');
    if (firstRelease !== '' && !/^\d+\.\d+\.\d+$/.test(firstRelease)) {
      c.fail(
        `first_release "${firstRelease}" is not a dataset version: write MAJOR.MINOR.PATCH, e.g. 0.5.0`,
      );
    }
    if (c.ok && yearStart !== null) {
      dataset.transfers.push({
        id: c.get('id'),
        supplierId,
        recipientIso3,
        recipientEntity: c.get('recipient_entity'),
        technologies,
        product: c.get('product'),
        yearStart,
        yearEnd,
        status: status satisfies Status,
        evidence: evidence satisfies Evidence,
        valueUsd: value === '' ? null : Number(value),
        summary: c.get('summary'),
        sourceIds: ids,
        distinctFrom,
        ...(firstRelease !== '' ? { firstRelease } : {}),
      } satisfies Transfer);
      lines['transfers.csv'].set(c.get('id'), c.row.line);
    }
  });

  // distinct_from must name real records.
  const transferIds = new Set(dataset.transfers.map((t) => t.id));
  for (const t of dataset.transfers) {
    for (const other of t.distinctFrom) {
      if (!transferIds.has(other)) {
        problems.push({
          file: 'transfers.csv',
          line: lines['transfers.csv'].get(t.id) ?? 1,
          message: `distinct_from: "${other}" matches no valid record in transfers.csv`,
          severity: 'error',
        });
      }
    }
  }
  validatePolicy(tables, dataset, { problems, maxYear, today, sourceIds, companyIds });

  if (options.findWarnings) {
    for (const w of options.findWarnings(dataset, lines, referencedIds(tables))) problems.push(w);
  }
  sortProblems(problems);
  return { dataset, problems };
}

/** Ids referenced by any row, valid or not, so a row with errors does not make others "unused". */
function referencedIds(tables: Tables): { sources: Set<string>; companies: Set<string> } {
  const referenced = { sources: new Set<string>(), companies: new Set<string>() };
  for (const file of ['restrictions.csv', 'regimes.csv'] as const) {
    for (const row of tables[file]?.rows ?? []) {
      splitList(row.values['source_ids'] ?? '').forEach((id) => referenced.sources.add(id));
      // A listed company is worth keeping even before a record names it as a supplier.
      if (file === 'restrictions.csv')
        referenced.companies.add((row.values['company_id'] ?? '').trim());
    }
  }
  for (const row of tables['transfers.csv']?.rows ?? []) {
    splitList(row.values['source_ids'] ?? '').forEach((id) => referenced.sources.add(id));
    referenced.companies.add((row.values['supplier_id'] ?? '').trim());
  }
  for (const row of tables['companies.csv']?.rows ?? []) {
    splitList(row.values['source_ids'] ?? '').forEach((id) => referenced.sources.add(id));
    referenced.companies.add((row.values['parent_id'] ?? '').trim());
  }
  return referenced;
}

/**
 * Sort in place: file-level problems first (a missing, empty or non-CSV file explains the errors it
 * causes elsewhere), then by file and line.
 */
export function sortProblems(problems: Problem[]): void {
  const rank = (p: Problem) => (p.fileLevel ? 0 : 1);
  const fileRank = (f: string) => {
    const i = ALL_DATA_FILES.indexOf(f as DataFile);
    return i === -1 ? ALL_DATA_FILES.length : i;
  };
  problems.sort(
    (a, b) => rank(a) - rank(b) || fileRank(a.file) - fileRank(b.file) || a.line - b.line,
  );
}

/** Drop companies whose parent is unknown or whose parent chain loops, reporting each. */
function resolveParents(
  companies: Company[],
  lines: Map<string, number>,
  problems: Problem[],
): Company[] {
  const byId = new Map(companies.map((c) => [c.id, c]));
  const bad = new Set<string>();
  for (const c of companies) {
    if (c.parentId !== null && !byId.has(c.parentId)) {
      bad.add(c.id);
      problems.push({
        file: 'companies.csv',
        line: lines.get(c.id) ?? 1,
        message: `parent_id "${c.parentId}" matches no valid company in companies.csv`,
        severity: 'error',
      });
      continue;
    }
    const chain: string[] = [];
    let cur: Company | undefined = c;
    while (cur && cur.parentId !== null) {
      if (cur.parentId === c.id || chain.includes(cur.parentId)) {
        bad.add(c.id);
        problems.push({
          file: 'companies.csv',
          line: lines.get(c.id) ?? 1,
          message: `parent_id makes a cycle (${[c.id, ...chain, cur.parentId].join(' -> ')}): a company cannot be its own ancestor`,
          severity: 'error',
        });
        break;
      }
      chain.push(cur.parentId);
      cur = byId.get(cur.parentId);
    }
  }
  // A company whose ancestor was dropped loses its parent too.
  let dropped = true;
  while (dropped) {
    dropped = false;
    for (const c of companies) {
      if (!bad.has(c.id) && c.parentId !== null && bad.has(c.parentId)) {
        bad.add(c.id);
        dropped = true;
        problems.push({
          file: 'companies.csv',
          line: lines.get(c.id) ?? 1,
          message: `parent_id "${c.parentId}" refers to a company with errors: fix that row first`,
          severity: 'error',
        });
      }
    }
  }
  return companies.filter((c) => !bad.has(c.id));
}

interface PolicyContext {
  problems: Problem[];
  maxYear: number;
  /** Today's date, YYYY-MM-DD: no listing date may come later. */
  today: string;
  sourceIds: Set<string>;
  companyIds: Set<string>;
}

/** Whether date `a` (YYYY[-MM[-DD]]) is before date `b`, comparing only the parts both give. */
function dateBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

/**
 * The policy layer's files, each optional: restrictions.csv (listings of companies), countries.csv
 * (UN M49 regions of every country code used) and regimes.csv (regime class per country and year).
 */
function validatePolicy(tables: Tables, dataset: Dataset, ctx: PolicyContext): void {
  const { problems, maxYear, today, sourceIds, companyIds } = ctx;
  const sourceRefs = (c: RowCheck): string[] => {
    const ids = c.list('source_ids');
    if (ids.length === 0 && c.get('source_ids') !== '') {
      c.fail('source_ids lists no id: give at least one sources.csv id');
    }
    for (const id of ids) {
      if (!sourceIds.has(id)) c.fail(`source_ids: "${id}" matches no valid source in sources.csv`);
    }
    return ids;
  };
  const date = (c: RowCheck, column: string): string => {
    const v = c.get(column);
    if (v !== '' && !isRealDate(v)) {
      c.fail(`${column} "${v}" is not a real date: use YYYY, YYYY-MM or YYYY-MM-DD`);
    } else if (v !== '' && v > today.slice(0, v.length)) {
      c.fail(`${column} "${v}" is in the future (today is ${today})`);
    }
    return v;
  };

  if (tables['restrictions.csv']) {
    const seen = new Map<string, number>();
    checkRows('restrictions.csv', tables['restrictions.csv'], problems, (c) => {
      const companyId = c.get('company_id');
      if (companyId !== '' && !companyIds.has(companyId)) {
        c.fail(`company_id "${companyId}" matches no valid company in companies.csv`);
      }
      const authority = c.oneOf('authority', AUTHORITIES);
      const measure = c.oneOf('measure', MEASURES);
      const added = date(c, 'date_added');
      const removed = date(c, 'date_removed');
      if (c.ok && removed !== '' && dateBefore(removed, added)) {
        c.fail(`date_removed ${removed} is before date_added ${added}`);
      }
      const key = `${companyId}|${authority}|${measure}|${added}`;
      const first = seen.get(key);
      if (first !== undefined) c.fail(`the same listing is already on line ${first}`);
      else seen.set(key, c.row.line);
      const ids = sourceRefs(c);
      if (c.ok) {
        dataset.restrictions.push({
          companyId,
          authority,
          measure,
          dateAdded: added,
          dateRemoved: removed,
          reason: c.get('reason'),
          sourceIds: ids,
        } satisfies Restriction);
      }
    });
  }

  if (tables['countries.csv']) {
    const seen = new Map<string, number>();
    checkRows('countries.csv', tables['countries.csv'], problems, (c) => {
      const iso3 = c.iso3('iso3');
      const first = seen.get(iso3);
      if (first !== undefined) c.fail(`iso3 "${iso3}" is already listed on line ${first}`);
      else seen.set(iso3, c.row.line);
      const region = c.oneOf('region', REGIONS);
      if (c.ok) {
        dataset.countries.push({
          iso3,
          name: c.get('name'),
          region,
          subregion: c.get('subregion'),
        } satisfies CountryInfo);
      }
    });
    if ((tables['countries.csv'].header ?? []).length > 0) {
      const listed = new Set(dataset.countries.map((x) => x.iso3));
      const used = new Set<string>([
        ...dataset.transfers.map((t) => t.recipientIso3),
        ...dataset.companies.map((co) => co.hqIso3),
      ]);
      const missing = [...used].filter((code) => code !== '' && !listed.has(code)).sort();
      if (missing.length > 0) {
        problems.push({
          file: 'countries.csv',
          line: 1,
          message: `countries.csv lacks ${missing.join(', ')}, used in transfers.csv or companies.csv: run npm run countries`,
          severity: 'error',
        });
      }
    }
  }

  if (tables['regimes.csv']) {
    const seen = new Map<string, number>();
    checkRows('regimes.csv', tables['regimes.csv'], problems, (c) => {
      const iso3 = c.iso3('iso3');
      const year = c.year('year', maxYear);
      const regime = c.oneOf('regime', REGIMES);
      const key = `${iso3}|${year ?? ''}`;
      const first = seen.get(key);
      if (first !== undefined)
        c.fail(`${iso3} ${year ?? ''} already has a rating on line ${first}`);
      else seen.set(key, c.row.line);
      const ids = sourceRefs(c);
      if (c.ok && year !== null) {
        dataset.regimes.push({ iso3, year, regime, sourceIds: ids } satisfies RegimeRating);
      }
    });
  }
}
