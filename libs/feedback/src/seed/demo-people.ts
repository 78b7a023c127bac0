import type { AuthorKindName } from '@thamvan/identity';

/** Extra demo commenters: varied provinces and kinds. Their passwords are random and never shown. */
export interface DemoPerson {
  displayName: string;
  kind: AuthorKindName;
  organizationName?: string;
  province: string;
}

export const DEMO_PEOPLE: DemoPerson[] = [
  { displayName: 'Trần Thị Bình', kind: 'INDIVIDUAL', province: 'TP. Hồ Chí Minh' },
  { displayName: 'Lê Minh Châu', kind: 'INDIVIDUAL', province: 'Đà Nẵng' },
  { displayName: 'Phạm Quốc Dũng', kind: 'INDIVIDUAL', province: 'Hải Phòng' },
  { displayName: 'Hoàng Thu Hà', kind: 'INDIVIDUAL', province: 'Cần Thơ' },
  { displayName: 'Vũ Đức Hải', kind: 'INDIVIDUAL', province: 'Nghệ An' },
  { displayName: 'Đặng Ngọc Lan', kind: 'INDIVIDUAL', province: 'Huế' },
  { displayName: 'Bùi Văn Long', kind: 'INDIVIDUAL', province: 'Thanh Hóa' },
  { displayName: 'Đỗ Thị Mai', kind: 'INDIVIDUAL', province: 'Khánh Hòa' },
  { displayName: 'Ngô Thanh Nam', kind: 'INDIVIDUAL', province: 'Lâm Đồng' },
  { displayName: 'Dương Hồng Nhung', kind: 'INDIVIDUAL', province: 'Quảng Ninh' },
  { displayName: 'Lý Gia Phúc', kind: 'INDIVIDUAL', province: 'An Giang' },
  { displayName: 'Trịnh Bảo Quyên', kind: 'INDIVIDUAL', province: 'Đắk Lắk' },
  { displayName: 'Mai Xuân Sơn', kind: 'INDIVIDUAL', province: 'Lào Cai' },
  { displayName: 'Hồ Thị Thảo', kind: 'INDIVIDUAL', province: 'Gia Lai' },
  { displayName: 'Nguyễn Hữu Tài', kind: 'INDIVIDUAL', province: 'Đồng Nai' },
  { displayName: 'Phan Anh Tuấn', kind: 'INDIVIDUAL', province: 'Hà Nội' },
  {
    displayName: 'Hiệp hội Internet Việt Nam',
    kind: 'ORGANIZATION',
    organizationName: 'Hiệp hội Internet Việt Nam',
    province: 'Hà Nội',
  },
  {
    displayName: 'Ban Pháp chế Hiệp hội Phần mềm',
    kind: 'ORGANIZATION',
    organizationName: 'Hiệp hội Phần mềm và Dịch vụ CNTT Việt Nam',
    province: 'Hà Nội',
  },
  {
    displayName: 'Văn phòng Luật sư Minh Khang',
    kind: 'ORGANIZATION',
    organizationName: 'Văn phòng Luật sư Minh Khang',
    province: 'TP. Hồ Chí Minh',
  },
  {
    displayName: 'Trung tâm Hỗ trợ Trẻ em Trên mạng',
    kind: 'ORGANIZATION',
    organizationName: 'Trung tâm Hỗ trợ Trẻ em Trên mạng',
    province: 'Đà Nẵng',
  },
];
