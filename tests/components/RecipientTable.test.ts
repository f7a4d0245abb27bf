import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import RecipientTable from '../../src/lib/components/table/RecipientTable.svelte';

describe('RecipientTable', () => {
  it('lists recipients by count, most first, with country names', () => {
    render(RecipientTable, {
      counts: new Map([
        ['ZWE', 2],
        ['VEN', 5],
        ['ECU', 2],
      ]),
    });
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'VenezuelaVEN5',
      'EcuadorECU2',
      'ZimbabweZWE2',
    ]);
  });
});
