/** The contract's export columns, in order (CONTRACT.md, Exports). */
export const EXPORT_COLUMNS = [
  'id',
  'draft_id',
  'provision_key',
  'provision_label',
  'version_number',
  'parent_id',
  'stance',
  'body',
  'proposed_text',
  'author_display_name',
  'author_kind',
  'organization_name',
  'province',
  'verified',
  'created_at',
  'agree_count',
  'disagree_count',
  'campaign_id',
  'disposition',
  'response',
] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], unknown>;

/** Excel opens a UTF-8 CSV with its Vietnamese intact only when it starts with a BOM. */
export const UTF8_BOM = '\uFEFF';

/**
 * One CSV cell. A cell starting with = + - @ (or tab / carriage return) would be run as a
 * formula by spreadsheets (CSV injection): it is prefixed with an apostrophe. Cells holding
 * a comma, quote or line break are quoted (RFC 4180).
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text =
    value instanceof Date
      ? value.toISOString()
      : typeof value === 'object'
        ? JSON.stringify(value)
        : `${value as string | number | boolean}`;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}

export function csvRow(row: ExportRow): string {
  return csvLine(EXPORT_COLUMNS.map((c) => row[c]));
}

export function ndjsonRow(row: ExportRow): string {
  const out: Record<string, unknown> = {};
  for (const c of EXPORT_COLUMNS) {
    const value = row[c];
    out[c] = value instanceof Date ? value.toISOString() : value;
  }
  return JSON.stringify(out) + '\n';
}
