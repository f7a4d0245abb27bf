/** A record's years as people read them: "2016–" (ongoing or unknown end), "2016", "2012–2017". */
export function formatYears(t: { yearStart: number; yearEnd: number | null }): string {
  if (t.yearEnd === null) return `${t.yearStart}–`;
  return t.yearEnd === t.yearStart ? `${t.yearStart}` : `${t.yearStart}–${t.yearEnd}`;
}
