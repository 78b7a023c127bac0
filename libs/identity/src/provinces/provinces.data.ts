/**
 * Vietnam's provincial-level units in force since 1 July 2025 (Resolution 202/2025/QH15 of
 * the National Assembly on arranging provincial-level administrative units): 6 centrally
 * run cities and 28 provinces, 34 in all. `formerly` lists the 63 units of before that
 * date, each under the unit it was merged into (11 units were left unchanged and list
 * themselves), so people who still write their old province are understood.
 * `aliases` are other common spellings (short forms, abbreviations).
 */
export interface ProvinceRecord {
  name: string;
  kind: 'CITY' | 'PROVINCE';
  formerly: string[];
  aliases?: string[];
}

export const PROVINCES: readonly ProvinceRecord[] = [
  // Centrally run cities.
  { name: 'Hà Nội', kind: 'CITY', formerly: ['Hà Nội'] },
  { name: 'Huế', kind: 'CITY', formerly: ['Thừa Thiên Huế'], aliases: ['Thừa Thiên - Huế'] },
  { name: 'Hải Phòng', kind: 'CITY', formerly: ['Hải Phòng', 'Hải Dương'] },
  { name: 'Đà Nẵng', kind: 'CITY', formerly: ['Đà Nẵng', 'Quảng Nam'] },
  {
    name: 'TP. Hồ Chí Minh',
    kind: 'CITY',
    formerly: ['Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu'],
    aliases: ['HCM', 'HCMC', 'Sài Gòn', 'Bà Rịa Vũng Tàu'],
  },
  { name: 'Cần Thơ', kind: 'CITY', formerly: ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang'] },
  // Provinces left unchanged.
  { name: 'Cao Bằng', kind: 'PROVINCE', formerly: ['Cao Bằng'] },
  { name: 'Điện Biên', kind: 'PROVINCE', formerly: ['Điện Biên'] },
  { name: 'Hà Tĩnh', kind: 'PROVINCE', formerly: ['Hà Tĩnh'] },
  { name: 'Lai Châu', kind: 'PROVINCE', formerly: ['Lai Châu'] },
  { name: 'Lạng Sơn', kind: 'PROVINCE', formerly: ['Lạng Sơn'] },
  { name: 'Nghệ An', kind: 'PROVINCE', formerly: ['Nghệ An'] },
  { name: 'Quảng Ninh', kind: 'PROVINCE', formerly: ['Quảng Ninh'] },
  { name: 'Thanh Hóa', kind: 'PROVINCE', formerly: ['Thanh Hóa'], aliases: ['Thanh Hoá'] },
  { name: 'Sơn La', kind: 'PROVINCE', formerly: ['Sơn La'] },
  // Provinces formed by merging, named after the unit that kept its name.
  { name: 'Tuyên Quang', kind: 'PROVINCE', formerly: ['Tuyên Quang', 'Hà Giang'] },
  { name: 'Lào Cai', kind: 'PROVINCE', formerly: ['Lào Cai', 'Yên Bái'] },
  { name: 'Thái Nguyên', kind: 'PROVINCE', formerly: ['Thái Nguyên', 'Bắc Kạn'], aliases: ['Bắc Cạn'] },
  {
    name: 'Phú Thọ',
    kind: 'PROVINCE',
    formerly: ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình'],
    aliases: ['Hoà Bình'],
  },
  { name: 'Bắc Ninh', kind: 'PROVINCE', formerly: ['Bắc Ninh', 'Bắc Giang'] },
  { name: 'Hưng Yên', kind: 'PROVINCE', formerly: ['Hưng Yên', 'Thái Bình'] },
  { name: 'Ninh Bình', kind: 'PROVINCE', formerly: ['Ninh Bình', 'Hà Nam', 'Nam Định'] },
  { name: 'Quảng Trị', kind: 'PROVINCE', formerly: ['Quảng Trị', 'Quảng Bình'] },
  { name: 'Quảng Ngãi', kind: 'PROVINCE', formerly: ['Quảng Ngãi', 'Kon Tum'] },
  { name: 'Gia Lai', kind: 'PROVINCE', formerly: ['Gia Lai', 'Bình Định'] },
  { name: 'Khánh Hòa', kind: 'PROVINCE', formerly: ['Khánh Hòa', 'Ninh Thuận'], aliases: ['Khánh Hoà'] },
  {
    name: 'Lâm Đồng',
    kind: 'PROVINCE',
    formerly: ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận'],
    aliases: ['Đăk Nông', 'Đắc Nông'],
  },
  { name: 'Đắk Lắk', kind: 'PROVINCE', formerly: ['Đắk Lắk', 'Phú Yên'], aliases: ['Đăk Lăk', 'Đắc Lắc'] },
  { name: 'Đồng Nai', kind: 'PROVINCE', formerly: ['Đồng Nai', 'Bình Phước'] },
  { name: 'Tây Ninh', kind: 'PROVINCE', formerly: ['Tây Ninh', 'Long An'] },
  { name: 'Vĩnh Long', kind: 'PROVINCE', formerly: ['Vĩnh Long', 'Bến Tre', 'Trà Vinh'] },
  { name: 'Đồng Tháp', kind: 'PROVINCE', formerly: ['Đồng Tháp', 'Tiền Giang'] },
  { name: 'Cà Mau', kind: 'PROVINCE', formerly: ['Cà Mau', 'Bạc Liêu'] },
  { name: 'An Giang', kind: 'PROVINCE', formerly: ['An Giang', 'Kiên Giang'] },
];
