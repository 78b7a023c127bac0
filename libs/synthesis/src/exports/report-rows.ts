import type { ReportData } from '../report/report.model';

/** One line of the customary table (STT | Điều, khoản | Nội dung góp ý | Cơ quan… | Tiếp thu, giải trình). */
export interface ReportRow {
  number: number;
  provisionKey: string;
  provisionLabel: string;
  commentId: string;
  text: string;
  proposedText: string | null;
  stance: string | null;
  size: number;
  senders: string;
  disposition: string | null;
  explanation: string | null;
  /** Withdrawn by its author after the agency answered it (kept, marked). */
  withdrawn: boolean;
}

export const DISPOSITION_LABELS: Record<string, string> = {
  ACCEPTED: 'Tiếp thu',
  PARTIALLY_ACCEPTED: 'Tiếp thu một phần',
  NOT_ACCEPTED: 'Không tiếp thu',
  EXPLAINED: 'Giải trình',
};

export const GENERAL_LABEL = 'Góp ý chung';

/** Said after the senders of an entry withdrawn by its author once it had been answered. */
export const WITHDRAWN_NOTE = '(tác giả đã rút ý kiến sau khi được trả lời)';

/**
 * The report's entries in document order (then general comments), numbered. Senders are
 * public names only; a campaign's row says how many sent it.
 */
export function reportRows(report: ReportData): ReportRow[] {
  const rows: ReportRow[] = [];
  const sections = [
    ...report.provisions.map((p) => ({
      key: p.key,
      label: p.heading ? `${p.fullLabel ?? p.label}. ${p.heading}` : (p.fullLabel ?? p.label),
      entries: p.entries,
    })),
    { key: '', label: GENERAL_LABEL, entries: report.general },
  ];
  for (const section of sections) {
    for (const e of section.entries) {
      const others = (e.senderCount ?? e.size) - e.senders.length;
      rows.push({
        number: rows.length + 1,
        provisionKey: section.key,
        provisionLabel: section.key ? section.label : (e.provisionLabel ?? GENERAL_LABEL),
        commentId: e.commentId,
        text: e.text,
        proposedText: e.proposedText,
        stance: e.stance,
        size: e.size,
        senders:
          e.senders.join('; ') +
          (others > 0 ? ` và ${others} người khác` : '') +
          (e.withdrawn ? ` ${WITHDRAWN_NOTE}` : ''),
        disposition: e.disposition,
        explanation: e.explanation,
        withdrawn: e.withdrawn ?? false,
      });
    }
  }
  return rows;
}

export function responseText(row: ReportRow): string {
  if (!row.disposition) return 'Chưa trả lời';
  const label = DISPOSITION_LABELS[row.disposition] ?? row.disposition;
  return row.explanation ? `${label}: ${row.explanation}` : label;
}
