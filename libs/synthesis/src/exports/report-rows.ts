import { foldVietnamese } from '@thamvan/core';
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
  /** One response answering several entries of a provision: their rows are adjacent. */
  responseId: string | null;
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
    for (const e of answeredTogether(section.entries)) {
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
        responseId: e.responseId ?? null,
        disposition: e.disposition,
        explanation: e.explanation,
        withdrawn: e.withdrawn ?? false,
      });
    }
  }
  return rows;
}

/**
 * A section's entries in their order, except that entries answered by one response follow
 * the first of them: the report prints that answer once, beside all of them.
 */
function answeredTogether(entries: ReportData['general']): ReportData['general'] {
  const groups = new Map<string, ReportData['general']>();
  const ordered: ReportData['general'][] = [];
  for (const e of entries) {
    const group = e.responseId ? groups.get(e.responseId) : undefined;
    if (group) group.push(e);
    else {
      const fresh = [e];
      if (e.responseId) groups.set(e.responseId, fresh);
      ordered.push(fresh);
    }
  }
  return ordered.flat();
}

/**
 * The answer as the report prints it: "Tiếp thu: …". The disposition is said once: when the
 * officer's text already starts with it ("Tiếp thu. Ban soạn thảo …", "tiep thu mot phan, …"),
 * the text alone.
 */
export function responseText(row: Pick<ReportRow, 'disposition' | 'explanation'>): string {
  if (!row.disposition) return 'Chưa trả lời';
  const label = DISPOSITION_LABELS[row.disposition] ?? row.disposition;
  if (!row.explanation) return label;
  const said = (text: string) =>
    foldVietnamese(text)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return said(row.explanation).startsWith(said(label)) ? row.explanation : `${label}: ${row.explanation}`;
}

/**
 * The report's file name, after the draft and the day (in Vietnam) it was published, or
 * generated for the live report: `bao-cao-tiep-thu-giai-trinh-du-thao-luat-dat-dai-2026-12-05.docx`.
 */
export function reportFileName(
  report: Pick<ReportData, 'title' | 'publishedAt' | 'generatedAt' | 'version'>,
  ext: string,
): string {
  const full = foldVietnamese(report.title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // At most 80 characters, cut between words.
  const slug = full.length <= 80 ? full : full.slice(0, 81).replace(/-[^-]*$/, '');
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
    new Date(report.publishedAt ?? report.generatedAt),
  );
  // A version published again ("lần 2") on the same day must not take the first one's name.
  const again = report.version && report.version > 1 ? `-lan-${report.version}` : '';
  return `bao-cao-tiep-thu-giai-trinh-${slug || 'du-thao'}-${day}${again}.${ext}`;
}
