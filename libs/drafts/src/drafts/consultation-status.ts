import { ConsultationStatus } from './dto/enums';

export interface ConsultationWindow {
  opensAt: Date | null;
  closesAt: Date | null;
  closedAt: Date | null;
}

/** The customary minimum (Law on Promulgation of Legal Documents): advice, never enforced. */
export const CUSTOMARY_MINIMUM_DAYS = 30;

/** Status on the server clock: never stored, so it cannot drift from the schedule. */
export function consultationStatus(window: ConsultationWindow, now: Date): ConsultationStatus {
  if (window.closedAt && window.closedAt <= now) return ConsultationStatus.CLOSED;
  if (!window.opensAt || !window.closesAt) return ConsultationStatus.DRAFT;
  if (now < window.opensAt) return ConsultationStatus.SCHEDULED;
  if (now < window.closesAt) return ConsultationStatus.OPEN;
  return ConsultationStatus.CLOSED;
}

/** Advice about a schedule: a stable code for programs, a Vietnamese message for people. */
export interface ConsultationWarning {
  /** SHORT_CONSULTATION; new codes may be added, none renamed. */
  code: 'SHORT_CONSULTATION';
  message: string;
}

/** Advice about the schedule (never enforced): a window shorter than the customary 30 days. */
export function consultationWarningDetails(window: ConsultationWindow): ConsultationWarning[] {
  if (!window.opensAt || !window.closesAt) return [];
  const days = (window.closesAt.getTime() - window.opensAt.getTime()) / 86_400_000;
  if (days >= CUSTOMARY_MINIMUM_DAYS) return [];
  const shown = (Math.round(days * 10) / 10).toLocaleString('vi-VN');
  return [
    {
      code: 'SHORT_CONSULTATION',
      message: `Thời gian lấy ý kiến là ${shown} ngày, ngắn hơn ${CUSTOMARY_MINIMUM_DAYS} ngày theo thông lệ.`,
    },
  ];
}

/** The messages of consultationWarningDetails (`Draft.consultationWarnings`). */
export function consultationWarnings(window: ConsultationWindow): string[] {
  return consultationWarningDetails(window).map((w) => w.message);
}

/**
 * The same rule in SQL, for filtering lists by status. `$now` is the server clock passed as
 * a parameter (never the database's now()), so tests that move the clock see the same.
 */
export function statusSql(alias: string, nowParam: string): string {
  return `CASE
    WHEN ${alias}.closed_at IS NOT NULL AND ${alias}.closed_at <= ${nowParam} THEN 'CLOSED'
    WHEN ${alias}.opens_at IS NULL OR ${alias}.closes_at IS NULL THEN 'DRAFT'
    WHEN ${nowParam} < ${alias}.opens_at THEN 'SCHEDULED'
    WHEN ${nowParam} < ${alias}.closes_at THEN 'OPEN'
    ELSE 'CLOSED' END`;
}
