import type { Transfer } from '../data/types';

/** A correction or a proposed record, ready to send: a subject line and a plain-text body. */
export interface Report {
  subject: string;
  body: string;
}

/** What the reader typed into the form. */
export interface ReportFields {
  problem: string;
  source: string;
  credit: string;
}

const line = (label: string, value: string | number | null | undefined) =>
  `${label}: ${value === null || value === undefined || value === '' ? '(empty)' : value}`;

/** The text of "Report a problem with this record": the record's id and fields, and the reader's note. */
export function recordReport(
  t: Transfer,
  names: { supplier: string; recipient: string },
  fields: ReportFields,
  permalink: string,
): Report {
  return {
    subject: `Correction: ${t.id}`,
    body: [
      `Record: ${t.id}`,
      `Page: ${permalink}`,
      '',
      'What is wrong:',
      fields.problem.trim() || '(describe the problem)',
      '',
      'Publication that shows it (title, publisher, date, address):',
      fields.source.trim() || '(give the source)',
      '',
      line('Credit me as', fields.credit.trim() || 'do not credit me'),
      '',
      'The record as published:',
      line('supplier', `${names.supplier} (${t.supplierId})`),
      line('recipient', `${names.recipient} (${t.recipientIso3})`),
      line('recipient_entity', t.recipientEntity),
      line('technologies', t.technologies.join(';')),
      line('product', t.product),
      line('year_start', t.yearStart),
      line('year_end', t.yearEnd),
      line('status', t.status),
      line('evidence', t.evidence),
      line('value_usd', t.valueUsd),
      line('summary', t.summary),
      line('source_ids', t.sourceIds.join(';')),
    ].join('\n'),
  };
}

/** The text of "Propose a record": the fields of transfers.csv to fill in, and the reader's note. */
export function proposalReport(fields: ReportFields, permalink: string): Report {
  return {
    subject: 'New record proposed',
    body: [
      `From: ${permalink}`,
      '',
      'The supply (who sold what to which state body, when):',
      fields.problem.trim() || '(describe it)',
      '',
      'Publications that show it (title, publisher, date, address), one per line:',
      fields.source.trim() || '(give at least one)',
      '',
      line('Credit me as', fields.credit.trim() || 'do not credit me'),
      '',
      'Fields (fill what you know):',
      'supplier:',
      'recipient country:',
      'recipient_entity:',
      'technologies:',
      'product:',
      'year_start:',
      'year_end:',
      'status:',
      'evidence:',
    ].join('\n'),
  };
}

/**
 * Where the report goes: a prefilled new-issue URL (`https://.../issues/new`) or a `mailto:` link,
 * from the one configured target; null when the target is unset or not one of those two, so the
 * page shows the text to copy instead.
 */
export function reportLink(target: string, report: Report): string | null {
  const t = target.trim();
  const q = (s: string) => encodeURIComponent(s);
  if (/^mailto:[^\s@?]+@[^\s@?]+\.[^\s@?]+$/.test(t)) {
    return `${t}?subject=${q(report.subject)}&body=${q(report.body)}`;
  }
  if (/^https:\/\/[^\s/?#]+\/[^\s?#]+\/issues\/new$/.test(t)) {
    return `${t}?title=${q(report.subject)}&body=${q(report.body)}`;
  }
  return null;
}
