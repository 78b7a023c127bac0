import type { ReportData } from '../report/report.model';
import { reportRows } from './report-rows';

const COLUMNS = [
  'stt',
  'provision_key',
  'provision_label',
  'comment_id',
  'text',
  'proposed_text',
  'stance',
  'size',
  'senders',
  'disposition',
  'explanation',
  'withdrawn',
] as const;

/**
 * RFC 4180 CSV (CRLF, every field quoted when needed), UTF-8 with a byte-order mark so that
 * Excel shows Vietnamese correctly. Formula-like cells are prefixed with ' (CSV injection).
 */
export function reportCsv(report: ReportData): string {
  const lines = [COLUMNS.join(',')];
  for (const r of reportRows(report)) {
    lines.push(
      [
        r.number,
        r.provisionKey,
        r.provisionLabel,
        r.commentId,
        r.text,
        r.proposedText ?? '',
        r.stance ?? '',
        r.size,
        r.senders,
        r.disposition ?? '',
        r.explanation ?? '',
        r.withdrawn ? 'true' : '',
      ]
        .map((v) => csvField(String(v)))
        .join(','),
    );
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
