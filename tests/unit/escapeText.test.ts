// Defect 8: raw text from the data cannot act on a terminal or reorder a line.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeText } from '../../src/lib/data/escapeText';
import { formatProblem } from '../../src/lib/data/formatProblem';

describe('escapeText', () => {
  it.each([
    { text: 'plain é 中 text', expected: 'plain é 中 text' },
    { text: 'red \u001b[31mALERT\u001b[0m', expected: 'red \\e[31mALERT\\e[0m' },
    { text: 'ok\rFAKE', expected: 'ok\\rFAKE' },
    { text: 'two\nlines\ttab', expected: 'two\\nlines\\ttab' },
    { text: 'bell\u0007 del\u007f c1\u009b', expected: 'bell\\u{7} del\\u{7F} c1\\u{9B}' },
    { text: 'evil\u202Egnp.exe\u202C', expected: 'evil\\u{202E}gnp.exe\\u{202C}' },
    {
      text: 'isolate\u2066x\u2069 mark\u200F',
      expected: 'isolate\\u{2066}x\\u{2069} mark\\u{200F}',
    },
    { text: '\ufeffbom zero\u200bwidth', expected: '\\u{FEFF}bom zero\\u{200B}width' },
  ])('$expected', ({ text, expected }) => {
    expect(escapeText(text)).toBe(expected);
  });

  it('is applied to every formatted problem', () => {
    expect(
      formatProblem({
        file: 'sources.csv',
        line: 3,
        message: 'title "\u001b]0;pwned\u0007" is bad\r',
        severity: 'error',
      }),
    ).toBe('sources.csv:3: title "\\e]0;pwned\\u{7}" is bad\\r');
  });
});

const tmp = mkdtempSync(join(tmpdir(), 'escape-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run validate output', () => {
  it('prints no raw ESC, CR or line break from the data', () => {
    const dir = join(tmp, 'esc');
    cpSync('tests/fixtures/valid', dir, { recursive: true });
    const file = join(dir, 'sources.csv');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'http://example.com/news',
        '"javascript:\u001b[2J\u001b[31mOK\rall good"',
      ),
    );
    const r = spawnSync('npx', ['tsx', 'scripts/validate.ts', dir], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).not.toContain('\r');
    expect(r.stdout).toContain(`${dir}/sources.csv:3: url contains the control character U+001B`);
    for (const line of r.stdout.trim().split('\n')) expect(line).toMatch(/^\/.*\.csv:\d+: /);
    expect(r.stdout).toContain(
      // A CR inside a quoted field is a line break, read as LF.
      `${dir}/sources.csv:3: url "javascript:\\e[2J\\e[31mOK\\nall good" is not an http(s) URL`,
    );
  });
});
