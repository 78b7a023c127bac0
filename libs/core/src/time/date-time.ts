/**
 * The one reading of a date-time a client sends (GraphQL's DateTime, export query strings):
 * RFC 3339 / ISO 8601 with a four-digit year, `2026-03-01T08:30:00Z`, `2026-03-01T15:30+07:00`,
 * fractions of a second, or a date alone (`2026-03-01`, midnight UTC); without an offset the
 * time is UTC. Every field is checked against the calendar: `2026-02-30`, month 13, hour 24,
 * second 60 and five-digit years are refused, where `new Date()` rolls them over or returns
 * Invalid Date, which PostgreSQL then refuses with a server error.
 */
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(?:([Zz])|([+-])(\d{2}):?(\d{2}))?)?$/;

/** What a valid value looks like, for error messages. */
export const DATE_TIME_EXAMPLE = '2026-03-01T08:30:00Z';

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The instant `value` names, or null when it is not a valid date-time. */
export function parseDateTime(value: string): Date | null {
  if (value.length > 40) return null;
  const m = DATE_TIME.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 0;
  if (m[9]) {
    const [oh, om] = [Number(m[10]), Number(m[11])];
    if (oh > 23 || om > 59) return null;
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const millis = Number(((m[7] ?? '') + '000').slice(0, 3));
  const utc = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second, millis);
  return new Date(utc.getTime() - offsetMinutes * 60_000);
}
