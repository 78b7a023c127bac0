import { consultationStatus, consultationWarningDetails, consultationWarnings } from './consultation-status';
import { ConsultationStatus } from './dto/enums';

const at = (iso: string) => new Date(iso);

describe(consultationStatus.name, () => {
  const window = {
    opensAt: at('2026-12-01T00:00:00Z'),
    closesAt: at('2027-01-31T00:00:00Z'),
    closedAt: null,
  };

  it.each([
    ['2026-11-30T23:59:59Z', ConsultationStatus.SCHEDULED],
    ['2026-12-01T00:00:00Z', ConsultationStatus.OPEN],
    ['2027-01-30T23:59:59Z', ConsultationStatus.OPEN],
    ['2027-01-31T00:00:00Z', ConsultationStatus.CLOSED],
  ])('at %s is %s', (now, expected) => {
    expect(consultationStatus(window, at(now))).toBe(expected);
  });

  it('is DRAFT until scheduled, and CLOSED from an early close on', () => {
    expect(
      consultationStatus({ opensAt: null, closesAt: null, closedAt: null }, at('2026-12-05T00:00:00Z')),
    ).toBe(ConsultationStatus.DRAFT);
    const closedEarly = { ...window, closedAt: at('2026-12-10T00:00:00Z') };
    expect(consultationStatus(closedEarly, at('2026-12-09T00:00:00Z'))).toBe(ConsultationStatus.OPEN);
    expect(consultationStatus(closedEarly, at('2026-12-10T00:00:00Z'))).toBe(ConsultationStatus.CLOSED);
  });

  it('warns about a consultation shorter than customary', () => {
    expect(consultationWarnings(window)).toEqual([]);
    expect(
      consultationWarnings({
        opensAt: at('2026-12-01T00:00:00Z'),
        closesAt: at('2026-12-08T00:00:00Z'),
        closedAt: null,
      }),
    ).toEqual(['Thời gian lấy ý kiến là 7 ngày, ngắn hơn 30 ngày theo thông lệ.']);
    expect(
      consultationWarningDetails({
        opensAt: at('2026-12-01T00:00:00Z'),
        closesAt: at('2026-12-08T12:00:00Z'),
        closedAt: null,
      }),
    ).toEqual([
      {
        code: 'SHORT_CONSULTATION',
        message: 'Thời gian lấy ý kiến là 7,5 ngày, ngắn hơn 30 ngày theo thông lệ.',
      },
    ]);
  });
});
