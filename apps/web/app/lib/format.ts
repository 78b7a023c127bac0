/**
 * Dates and numbers, the one place they are formatted: Vietnamese conventions (1.204 góp ý,
 * 04/12/2026 18:35), in Vietnam's time zone whatever the server's, so a page rendered on the
 * server reads the same as it would on a phone in Hà Nội.
 */
const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const LOCALE = 'vi-VN';

const numberFormat = new Intl.NumberFormat(LOCALE);
const dateFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "04/12/2026" */
export function formatDate(iso: string | null | undefined): string {
  return iso ? dateFormat.format(new Date(iso)) : '';
}

/** "18:35 04/12/2026": time first, as Vietnamese notices write it. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const parts = Object.fromEntries(dateTimeFormat.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.hour}:${parts.minute} ${parts.day}/${parts.month}/${parts.year}`;
}

/**
 * A consultation's window as it was: "01/12/2026 – 05/12/2026", ending on the early close when
 * the agency closed it before the planned date (the planned date returned beside it, for "dự
 * kiến đến …"), so nobody reads a closed consultation as open until its old date.
 */
export function consultationWindow(draft: { opensAt: string; closesAt: string; closedAt?: string | null }): {
  text: string;
  plannedEnd: string | null;
} {
  const early = !!draft.closedAt && new Date(draft.closedAt) < new Date(draft.closesAt);
  return {
    text: `${formatDate(draft.opensAt)} – ${formatDate(early ? draft.closedAt : draft.closesAt)}`,
    plannedEnd: early ? formatDate(draft.closesAt) : null,
  };
}

/** Whole days from `now` until `iso` (rounded up: "còn 1 ngày" on the last day). */
export function daysUntil(iso: string, now: Date): number {
  return Math.max(0, Math.ceil((new Date(iso).getTime() - now.getTime()) / 86_400_000));
}

/** Percentages of a whole, rounded so they add up to 100 (largest remainder). */
export function percentages(values: number[]): number[] {
  const total = values.reduce((a, b) => a + b, 0);
  if (total === 0) return values.map(() => 0);
  const exact = values.map((v) => (v * 100) / total);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((v, i) => [v - Math.floor(v), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i] += 1;
    left -= 1;
  }
  return floors;
}

const isoDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** "2026-12-04": the day in Vietnam, as a date input's value. */
export function dateInputValue(iso: string | null | undefined): string {
  return iso ? isoDateFormat.format(new Date(iso)) : '';
}

/**
 * A date input's day as an instant in Vietnam (UTC+7 all year): its first second, or with
 * `endOfDay` its last. Null for anything that is not a real YYYY-MM-DD day.
 */
export function instantOfDay(value: string, endOfDay = false): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const instant = new Date(`${value}T${endOfDay ? '23:59:59' : '00:00:00'}+07:00`);
  if (Number.isNaN(instant.getTime()) || dateInputValue(instant.toISOString()) !== value) return null;
  return instant.toISOString();
}
