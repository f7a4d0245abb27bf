// Defects 3 and 8: file-level problems lead, with a count of what may follow from them; each line
// is isolated in its own <bdi> and shows control and bidi characters as visible escapes.
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ProblemList from '../../src/lib/components/status/ProblemList.svelte';
import type { Problem } from '../../src/lib/data/types';

const p = (file: string, line: number, message: string, fileLevel = false): Problem => ({
  file,
  line,
  message,
  severity: 'error',
  ...(fileLevel ? { fileLevel } : {}),
});

describe('ProblemList', () => {
  it.each([
    { problems: [p('a.csv', 2, 'bad')], summary: null },
    { problems: [p('companies.csv', 1, 'the file is empty', true)], summary: null },
    {
      problems: [
        p('companies.csv', 1, 'the file is empty', true),
        p('t.csv', 2, 'x'),
        p('t.csv', 3, 'y'),
      ],
      summary: 'A whole file is affected (listed first): the 2 other problems may follow from it.',
    },
    {
      problems: [p('a.csv', 1, 'not CSV', true), p('b.csv', 1, 'empty', true), p('t.csv', 2, 'x')],
      summary:
        '2 whole files are affected (listed first): the 1 other problem may follow from them.',
    },
  ])('summary: $summary', ({ problems, summary }) => {
    const { container } = render(ProblemList, { problems });
    const el = container.querySelector('[data-file-problems]');
    expect(el?.textContent?.replace(/\s+/g, ' ').trim() ?? null).toBe(summary);
  });

  it('isolates each line and escapes control and bidi characters', () => {
    const { container } = render(ProblemList, {
      problems: [p('sources.csv', 3, 'title "\u202Efdp.exe" has \u001b[2J and \r')],
    });
    const bdi = container.querySelector('li code bdi');
    expect(bdi?.textContent).toBe(
      'data/sources.csv:3: title "\\u{202E}fdp.exe" has \\e[2J and \\r',
    );
    expect(container.textContent).not.toMatch(/[\u202E\r]/);
    expect(container.textContent).not.toContain('\u001b');
  });
});
