import {
  consultationWindow,
  dateInputValue,
  daysUntil,
  formatDate,
  formatDateTime,
  formatNumber,
  instantOfDay,
  percentages,
} from './format';

describe('format', () => {
  it('writes numbers and dates the Vietnamese way, in Vietnam time', () => {
    expect(formatNumber(1204)).toBe('1.204');
    // 17:30 UTC is 00:30 the next day in Hà Nội.
    expect(formatDate('2026-12-04T17:30:00Z')).toBe('05/12/2026');
    expect(formatDateTime('2026-12-04T11:35:00Z')).toBe('18:35 04/12/2026');
    expect(formatDate(null)).toBe('');
  });

  it('ends a consultation window on its early close, with the planned end beside it', () => {
    const window = { opensAt: '2026-12-01T01:00:00Z', closesAt: '2026-12-31T16:59:59Z' };
    expect(consultationWindow(window)).toEqual({ text: '01/12/2026 – 31/12/2026', plannedEnd: null });
    expect(consultationWindow({ ...window, closedAt: '2026-12-05T03:00:00Z' })).toEqual({
      text: '01/12/2026 – 05/12/2026',
      plannedEnd: '31/12/2026',
    });
    // Closed on its date (the sweep's close): the window as planned.
    expect(consultationWindow({ ...window, closedAt: '2026-12-31T16:59:59Z' }).plannedEnd).toBeNull();
  });

  it('counts days left rounding up, never below zero', () => {
    const now = new Date('2026-12-04T12:00:00Z');
    expect(daysUntil('2026-12-05T11:00:00Z', now)).toBe(1);
    expect(daysUntil('2026-12-14T12:00:00Z', now)).toBe(10);
    expect(daysUntil('2026-12-01T00:00:00Z', now)).toBe(0);
  });

  it('rounds shares so they add up to 100', () => {
    expect(percentages([1, 1, 1])).toEqual([34, 33, 33]);
    expect(percentages([0, 0])).toEqual([0, 0]);
    const shares = percentages([7, 3, 2, 2, 1]);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
  });
});

describe('date inputs in Vietnam time', () => {
  it('reads and writes the day in UTC+7 whatever the server zone', () => {
    expect(dateInputValue('2026-12-04T17:30:00.000Z')).toBe('2026-12-05');
    expect(instantOfDay('2026-12-05')).toBe('2026-12-04T17:00:00.000Z');
    expect(instantOfDay('2026-12-05', true)).toBe('2026-12-05T16:59:59.000Z');
  });
  it('refuses what is not a real day', () => {
    expect(instantOfDay('2026-02-30')).toBeNull();
    expect(instantOfDay('05/12/2026')).toBeNull();
    expect(instantOfDay('')).toBeNull();
  });
});
