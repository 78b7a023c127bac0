import { PROVINCES } from './provinces.data';
import { PROVINCE_NAMES, provinceFromInput, resolveProvince } from './provinces';

describe('provinces', () => {
  it('has the 34 units of Resolution 202/2025/QH15: 6 cities and 28 provinces', () => {
    expect(PROVINCE_NAMES).toHaveLength(34);
    expect(new Set(PROVINCE_NAMES).size).toBe(34);
    expect(PROVINCES.filter((p) => p.kind === 'CITY').map((p) => p.name)).toEqual([
      'Hà Nội',
      'Huế',
      'Hải Phòng',
      'Đà Nẵng',
      'TP. Hồ Chí Minh',
      'Cần Thơ',
    ]);
  });

  it('maps each of the 63 former units to exactly one current unit', () => {
    const former = PROVINCES.flatMap((p) => p.formerly);
    expect(former).toHaveLength(63);
    expect(new Set(former).size).toBe(63);
    for (const unit of PROVINCES) {
      for (const name of unit.formerly) expect(resolveProvince(name)).toBe(unit.name);
    }
  });

  it.each([
    ['Hà Giang', 'Tuyên Quang'],
    ['yen bai', 'Lào Cai'],
    ['Tỉnh Hòa Bình', 'Phú Thọ'],
    ['HOA BINH', 'Phú Thọ'],
    ['Hải Dương', 'Hải Phòng'],
    ['Nam Định', 'Ninh Bình'],
    ['Quảng Bình', 'Quảng Trị'],
    ['Quảng Nam', 'Đà Nẵng'],
    ['Kon Tum', 'Quảng Ngãi'],
    ['Bình Định', 'Gia Lai'],
    ['Ninh Thuận', 'Khánh Hòa'],
    ['Đắk Nông', 'Lâm Đồng'],
    ['Bình Thuận', 'Lâm Đồng'],
    ['Phú Yên', 'Đắk Lắk'],
    ['dak lak', 'Đắk Lắk'],
    ['Bà Rịa–Vũng Tàu', 'TP. Hồ Chí Minh'],
    ['Thành phố Hồ Chí Minh', 'TP. Hồ Chí Minh'],
    ['TP.HCM', 'TP. Hồ Chí Minh'],
    ['Bình Dương', 'TP. Hồ Chí Minh'],
    ['Bình Phước', 'Đồng Nai'],
    ['Long An', 'Tây Ninh'],
    ['Sóc Trăng', 'Cần Thơ'],
    ['Hậu Giang', 'Cần Thơ'],
    ['Bến Tre', 'Vĩnh Long'],
    ['Trà Vinh', 'Vĩnh Long'],
    ['Tiền Giang', 'Đồng Tháp'],
    ['Bạc Liêu', 'Cà Mau'],
    ['Kiên Giang', 'An Giang'],
    ['Thừa Thiên Huế', 'Huế'],
    ['Bắc Giang', 'Bắc Ninh'],
    ['Thái Bình', 'Hưng Yên'],
    ['Bắc Kạn', 'Thái Nguyên'],
    ['Vĩnh Phúc', 'Phú Thọ'],
    ['Hà Nam', 'Ninh Bình'],
    ['Thanh Hoá', 'Thanh Hóa'],
    ['Đà Nẵng'.normalize('NFD'), 'Đà Nẵng'],
  ])('%s → %s', (input, expected) => {
    expect(resolveProvince(input)).toBe(expected);
  });

  it('treats blank as none and refuses unknown names', () => {
    expect(provinceFromInput('  ')).toBeNull();
    expect(provinceFromInput(undefined)).toBeNull();
    expect(() => provinceFromInput('Atlantis')).toThrow(/Unknown province/);
  });
});
