/**
 * The terms of use and the privacy notice, as the catalogue's long texts (one per locale).
 * Each section: a heading and its paragraphs.
 */
export interface LegalText {
  title: string;
  intro: string;
  sections: { heading: string; paragraphs: string[] }[];
}

export const termsVi: LegalText = {
  title: 'Điều khoản sử dụng',
  intro:
    'thamvan là hệ thống điện tử lấy ý kiến nhân dân về dự thảo văn bản quy phạm pháp luật. Khi đăng ký tài khoản và gửi góp ý, bạn đồng ý với các điều khoản dưới đây.',
  sections: [
    {
      heading: 'Góp ý của bạn là công khai',
      paragraphs: [
        'Góp ý, trả lời, quan điểm và nội dung đề xuất sửa của bạn được công bố cùng tên hiển thị, tư cách (cá nhân hoặc tổ chức), tên tổ chức và tỉnh, thành phố bạn khai. Mọi người có thể đọc, tìm kiếm và tải về các góp ý công khai.',
        'Cơ quan soạn thảo tổng hợp, trả lời từng góp ý và công bố báo cáo tiếp thu, giải trình theo quy định của Luật Ban hành văn bản quy phạm pháp luật.',
      ],
    },
    {
      heading: 'Quy tắc góp ý',
      paragraphs: [
        'Góp ý đúng chủ đề của dự thảo, tôn trọng người khác. Không đăng nội dung xúc phạm, quảng cáo, lừa đảo hoặc thông tin cá nhân của người khác (số điện thoại, địa chỉ e-mail, số giấy tờ).',
        'Số điện thoại, e-mail và số giấy tờ trong góp ý được tự động che khi hiển thị công khai. Góp ý vi phạm có thể bị ẩn; lý do được ghi lại và thông báo cho người viết. Không góp ý nào bị xóa khỏi hồ sơ.',
        'Bạn có thể sửa góp ý trong 30 phút sau khi gửi (khi chưa có ai trả lời) và có thể rút góp ý bất cứ lúc nào.',
      ],
    },
    {
      heading: 'Tài khoản',
      paragraphs: [
        'Mỗi người (hoặc tổ chức) dùng một tài khoản, với thông tin đúng sự thật. Bạn chịu trách nhiệm giữ bí mật mật khẩu.',
        'Bạn có thể tải về dữ liệu của mình và xóa tài khoản bất cứ lúc nào trong trang Tài khoản.',
      ],
    },
    {
      heading: 'Phiên bản',
      paragraphs: ['Điều khoản này có hiệu lực từ ngày 01/07/2025 (phiên bản 2025-07-01).'],
    },
  ],
};

export const privacyVi: LegalText = {
  title: 'Chính sách quyền riêng tư',
  intro:
    'Chúng tôi chỉ thu thập dữ liệu cần cho việc góp ý và xử lý dữ liệu cá nhân theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.',
  sections: [
    {
      heading: 'Dữ liệu chúng tôi lưu',
      paragraphs: [
        'Địa chỉ e-mail và mật khẩu (được băm bằng scrypt, không ai đọc được) để bạn đăng nhập; tên hiển thị, tư cách, tên tổ chức, tỉnh, thành phố; các góp ý, trả lời, lượt đồng ý và báo cáo vi phạm bạn gửi.',
      ],
    },
    {
      heading: 'Những gì không bao giờ công khai',
      paragraphs: [
        'E-mail, số điện thoại và địa chỉ IP của bạn không xuất hiện trên trang, trong dữ liệu mở, trong tệp tải về của người khác hay trong nhật ký hệ thống.',
        'Địa chỉ IP chỉ được dùng dưới dạng mã băm để giới hạn số lần đăng nhập sai, đăng ký và gửi thư, nhằm chống lạm dụng.',
      ],
    },
    {
      heading: 'Cookie',
      paragraphs: [
        'Chúng tôi chỉ dùng cookie cần thiết: cookie phiên đăng nhập (không đọc được bằng mã JavaScript) và cookie chống giả mạo yêu cầu. Không có cookie quảng cáo hay theo dõi, không dùng dịch vụ phông chữ hay thống kê bên ngoài.',
      ],
    },
    {
      heading: 'Quyền của bạn',
      paragraphs: [
        'Bạn có quyền xem và tải về mọi dữ liệu về mình, sửa thông tin công khai và xóa tài khoản trong trang Tài khoản. Khi xóa tài khoản, e-mail, mật khẩu và hồ sơ bị xóa; góp ý đã đăng vẫn công khai dưới tên “Người dùng đã xóa”, vì đó là một phần hồ sơ lấy ý kiến.',
      ],
    },
  ],
};
