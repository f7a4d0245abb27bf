import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/loadDataset';
import { formatProblem } from '../../src/lib/data/formatProblem';

const FIXTURES = 'tests/fixtures';
const YEAR = 2026;

/** Load the valid fixture with the files of `overlay` (a fixture folder) put in their place. */
function loadWith(overlay?: string) {
  const replaced = overlay ? new Set(readdirSync(overlay)) : new Set<string>();
  return loadDataset(
    async (file) => {
      const dir = replaced.has(file) && overlay ? overlay : join(FIXTURES, 'valid');
      try {
        return readFileSync(join(dir, file), 'utf8');
      } catch {
        return null;
      }
    },
    { currentYear: YEAR },
  );
}

describe('the valid fixture', () => {
  it('loads with no problems and typed records', async () => {
    const { dataset, problems } = await loadWith();
    expect(problems).toEqual([]);
    expect(dataset.transfers.map((t) => t.id)).toEqual(['t-one', 't-two', 't-three']);
    const two = dataset.transfers[1];
    expect(two).toMatchObject({
      supplierId: 'vendor',
      recipientIso3: 'MEX',
      technologies: ['spyware'],
      yearStart: 2012,
      yearEnd: 2017,
      status: 'ended',
      evidence: 'forensic',
      valueUsd: 32000000,
      sourceIds: ['src-one', 'src-two'],
    });
    expect(dataset.transfers[0]?.technologies).toEqual(['cctv', 'facial-recognition']);
    expect(dataset.transfers[2]?.yearEnd).toBeNull();
    expect(dataset.companies.find((c) => c.id === 'group')?.aliases).toEqual(['FG', 'Old Name']);
    expect(dataset.companies.find((c) => c.id === 'subsidiary')?.parentId).toBe('group');
    expect(dataset.sources[1]?.title).toBe('Fixture news, with a comma');
  });
});

// Each rule: a fixture folder under tests/fixtures/broken/ that replaces one file of the valid set,
// and the problem the validator must report (file, physical line, what the message says).
const RULES: { fixture: string; file: string; line: number; message: RegExp; dropped?: string }[] =
  [
    {
      fixture: 'missing-column',
      file: 'transfers.csv',
      line: 1,
      message: /lacks required column evidence/,
    },
    {
      fixture: 'empty-required',
      file: 'transfers.csv',
      line: 3,
      message: /summary is empty/,
      dropped: 't-two',
    },
    { fixture: 'bad-id', file: 'transfers.csv', line: 2, message: /id "T One" must be a slug/ },
    {
      fixture: 'duplicate-id',
      file: 'transfers.csv',
      line: 4,
      message: /id "t-one" is already used on line 2/,
    },
    {
      fixture: 'bad-status',
      file: 'transfers.csv',
      line: 4,
      message: /status "finished" is not allowed: use one of ordered/,
    },
    {
      fixture: 'bad-evidence',
      file: 'transfers.csv',
      line: 4,
      message: /evidence "rumoured" is not allowed/,
    },
    {
      fixture: 'bad-iso3',
      file: 'transfers.csv',
      line: 4,
      message: /recipient_iso3 "VNZ" is not an ISO 3166-1 alpha-3/,
    },
    {
      fixture: 'lowercase-iso3',
      file: 'transfers.csv',
      line: 4,
      message: /must be upper case: VEN/,
    },
    {
      fixture: 'year-too-early',
      file: 'transfers.csv',
      line: 4,
      message: /year_start 1969 is out of range: use a year from 1970 to 2026/,
    },
    {
      fixture: 'year-in-future',
      file: 'transfers.csv',
      line: 4,
      message: /year_start 2099 is out of range/,
    },
    {
      fixture: 'year-not-a-year',
      file: 'transfers.csv',
      line: 4,
      message: /year_start "18" must be a four-digit year/,
    },
    {
      fixture: 'year-end-before-start',
      file: 'transfers.csv',
      line: 3,
      message: /year_end 2012 is before year_start 2017/,
    },
    {
      fixture: 'bad-value',
      file: 'transfers.csv',
      line: 3,
      message: /value_usd "-5" must be a whole number/,
    },
    {
      fixture: 'unknown-supplier',
      file: 'transfers.csv',
      line: 4,
      message: /supplier_id "ghost-co" matches no valid company/,
    },
    {
      fixture: 'unknown-source',
      file: 'transfers.csv',
      line: 4,
      message: /"src-nowhere" matches no valid source/,
    },
    {
      fixture: 'unknown-technology',
      file: 'transfers.csv',
      line: 4,
      message: /"mind-reading" is not an id in technologies.csv/,
    },
    {
      fixture: 'too-many-fields',
      file: 'transfers.csv',
      line: 4,
      message: /has 14 fields but the header has 13/,
    },
    {
      fixture: 'too-few-fields',
      file: 'transfers.csv',
      line: 4,
      message: /has 3 fields but the header has 13/,
    },
    {
      fixture: 'unclosed-quote',
      file: 'transfers.csv',
      line: 4,
      message: /quoted field is never closed/,
    },
    { fixture: 'empty-file', file: 'transfers.csv', line: 1, message: /the file is empty/ },
    {
      fixture: 'bad-ownership',
      file: 'companies.csv',
      line: 4,
      message: /ownership "secret" is not allowed/,
    },
    {
      fixture: 'unknown-parent',
      file: 'companies.csv',
      line: 3,
      message: /parent_id "nobody" matches no valid company/,
    },
    {
      fixture: 'parent-cycle',
      file: 'companies.csv',
      line: 2,
      message: /parent_id makes a cycle \(group -> subsidiary -> group\)/,
    },
    {
      fixture: 'self-parent',
      file: 'companies.csv',
      line: 4,
      message: /parent_id names the company itself/,
    },
    {
      fixture: 'company-bad-hq',
      file: 'companies.csv',
      line: 4,
      message: /hq_iso3 "Israel" is not an ISO 3166-1 alpha-3/,
    },
    {
      fixture: 'bad-date',
      file: 'sources.csv',
      line: 2,
      message: /date "2019-02-30" is not a real date/,
    },
    {
      fixture: 'bad-date-format',
      file: 'sources.csv',
      line: 2,
      message: /date "1 May 2019" is not a real date: use YYYY, YYYY-MM or YYYY-MM-DD/,
    },
    {
      fixture: 'javascript-url',
      file: 'sources.csv',
      line: 3,
      message: /url "javascript:alert\(1\)" is not an http\(s\) URL/,
    },
    {
      fixture: 'ftp-archive-url',
      file: 'sources.csv',
      line: 2,
      message: /archive_url "ftp:\/\/example.org\/x" is not an http\(s\) URL/,
    },
    {
      fixture: 'bad-source-type',
      file: 'sources.csv',
      line: 3,
      message: /type "blog" is not allowed/,
    },
    {
      fixture: 'bad-family',
      file: 'technologies.csv',
      line: 4,
      message: /family "robots" is not allowed: use one of intrusion/,
    },
    {
      fixture: 'no-spyware',
      file: 'technologies.csv',
      line: 1,
      message: /must contain the technology "spyware"/,
    },
  ];

describe('every validation rule reports file, line and what to fix', () => {
  it('has a fixture folder for every rule and a rule for every fixture folder', () => {
    expect(readdirSync(join(FIXTURES, 'broken')).sort()).toEqual(
      RULES.map((r) => r.fixture).sort(),
    );
  });

  it.each(RULES)('$fixture -> $file:$line', async ({ fixture, file, line, message, dropped }) => {
    const { dataset, problems } = await loadWith(join(FIXTURES, 'broken', fixture));
    const hit = problems.find((p) => p.file === file && p.line === line && message.test(p.message));
    expect(hit, problems.map((p) => formatProblem(p)).join('\n')).toBeDefined();
    expect(hit?.severity).toBe('error');
    if (dropped) expect(dataset.transfers.map((t) => t.id)).not.toContain(dropped);
  });

  it('never keeps a record from a row that has a problem', async () => {
    for (const { fixture } of RULES) {
      const { dataset, problems } = await loadWith(join(FIXTURES, 'broken', fixture));
      const badLines = new Set(
        problems.filter((p) => p.file === 'transfers.csv').map((p) => p.line),
      );
      const valid = await loadWith();
      const kept = dataset.transfers.length;
      expect(kept, fixture).toBeLessThanOrEqual(valid.dataset.transfers.length);
      if (badLines.size > 0 && !badLines.has(1)) expect(kept, fixture).toBeLessThan(3);
    }
  });

  it('drops companies below a broken parent and the records that name them', async () => {
    const { dataset } = await loadWith(join(FIXTURES, 'broken', 'parent-cycle'));
    expect(dataset.companies.map((c) => c.id)).toEqual(['vendor']);
    expect(dataset.transfers.map((t) => t.id)).toEqual(['t-two']);
  });
});

// Accepted variants: each folder replaces files of the valid set and must load without problems.
const VARIANTS: {
  fixture: string;
  transfers: number;
  check?: (d: Awaited<ReturnType<typeof loadWith>>) => void;
}[] = [
  { fixture: 'crlf', transfers: 3 },
  {
    fixture: 'bom',
    transfers: 3,
    check: ({ dataset }) => expect(dataset.technologies[0]?.id).toBe('spyware'),
  },
  { fixture: 'no-final-newline', transfers: 3 },
  { fixture: 'blank-lines', transfers: 3 },
  { fixture: 'extra-column', transfers: 3 },
  {
    fixture: 'quoted',
    transfers: 4,
    check: ({ dataset }) => {
      const t = dataset.transfers[3];
      expect(t?.recipientEntity).toBe('Secretaría de la Defensa, Nacional');
      expect(t?.product).toBe('The "Tool"');
      expect(t?.summary).toBe('A sale, reported:\nline two "quoted".');
    },
  },
  {
    fixture: 'non-ascii',
    transfers: 4,
    check: ({ dataset }) => {
      expect(dataset.companies.find((c) => c.id === 'beijing-co')?.name).toBe(
        '北京某公司 (Société Générale Ærø)',
      );
      expect(dataset.transfers[3]?.recipientEntity).toBe('Côte d’Ivoire police');
    },
  },
];

describe('accepted variants load cleanly', () => {
  it('has a case for every variant folder', () => {
    expect(readdirSync(join(FIXTURES, 'variants')).sort()).toEqual(
      VARIANTS.map((v) => v.fixture).sort(),
    );
  });

  it.each(VARIANTS)('$fixture', async ({ fixture, transfers, check }) => {
    const result = await loadWith(join(FIXTURES, 'variants', fixture));
    expect(result.problems.map((p) => formatProblem(p))).toEqual([]);
    expect(result.dataset.transfers).toHaveLength(transfers);
    check?.(result);
  });

  it('counts physical lines across quoted line breaks and CRLF', async () => {
    // In `quoted`, row 5 spans two physical lines; a broken row after it sits on line 7.
    const text = readFileSync(join(FIXTURES, 'variants', 'quoted', 'transfers.csv'), 'utf8');
    const broken = (text + 't-six,vendor,MEX,,spyware,,2015,,in-use,sure,,x,src-one\n').replace(
      /\n/g,
      '\r\n',
    );
    const { problems } = await loadDataset(
      async (file) =>
        file === 'transfers.csv'
          ? broken
          : existsSync(join(FIXTURES, 'valid', file))
            ? readFileSync(join(FIXTURES, 'valid', file), 'utf8')
            : null,
      { currentYear: YEAR },
    );
    expect(problems.map((p) => formatProblem(p))).toEqual([
      'transfers.csv:7: evidence "sure" is not allowed: use one of documented, forensic, reported, alleged',
    ]);
  });
});

describe('missing files', () => {
  it('reports each missing file at line 1', async () => {
    const { problems } = await loadDataset(async () => null);
    expect(problems.map((p) => formatProblem(p, 'some/dir/'))).toEqual([
      'some/dir/transfers.csv:1: required file transfers.csv is missing from the dataset folder',
      'some/dir/companies.csv:1: required file companies.csv is missing from the dataset folder',
      'some/dir/sources.csv:1: required file sources.csv is missing from the dataset folder',
      'some/dir/technologies.csv:1: required file technologies.csv is missing from the dataset folder',
    ]);
  });
});
