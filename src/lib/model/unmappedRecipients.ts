/** Recipients with records but no shape on the map (small states missing from the 110m atlas). */
export function unmappedRecipients(
  counts: Map<string, number>,
  mapped: ReadonlySet<string>,
): { iso3: string; n: number }[] {
  return [...counts]
    .filter(([iso3]) => !mapped.has(iso3))
    .map(([iso3, n]) => ({ iso3, n }))
    .sort((a, b) => b.n - a.n || a.iso3.localeCompare(b.iso3));
}
