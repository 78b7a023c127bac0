import type { ReportData, ReportEntry } from './report.model';

/**
 * A published report is frozen, but moderation is not: a comment hidden (or withdrawn)
 * after publication must not stay readable through the report. Its row stays, with its
 * count, senders and answer (the figures are the record of what was received), and its
 * text is withheld, as the thread shows it. A campaign whose representative text is that of
 * a withheld entry is withheld too. A comment its author withdrew after the agency answered
 * it is the exception (`withdrawnAfterAnswer`): it keeps its text and answer, marked withdrawn.
 */
export function withholdHidden(
  report: ReportData,
  hidden: ReadonlySet<string>,
  withdrawnAfterAnswer: ReadonlySet<string> = new Set(),
): ReportData {
  if (hidden.size === 0 && withdrawnAfterAnswer.size === 0) return report;
  const withheldTexts = new Set<string>();
  const entry = (e: ReportEntry): ReportEntry => {
    if (withdrawnAfterAnswer.has(e.commentId)) return { ...e, withdrawn: true };
    if (!hidden.has(e.commentId)) return e;
    withheldTexts.add(e.text);
    return { ...e, text: '', proposedText: null };
  };
  const provisions = report.provisions.map((p) => ({ ...p, entries: p.entries.map(entry) }));
  const general = report.general.map(entry);
  const campaigns = report.campaigns.map((c) =>
    withheldTexts.has(c.representativeText) ? { ...c, representativeText: '' } : c,
  );
  return { ...report, provisions, general, campaigns };
}

/** Every entry's comment id: what to check against the comments' current status. */
export function entryCommentIds(report: ReportData): string[] {
  return [...report.provisions.flatMap((p) => p.entries), ...report.general].map((e) => e.commentId);
}
