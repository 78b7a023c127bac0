import type { StanceName } from '../comments/entities/comment.entity';

/** A comment template; `{label}` becomes "Điều 8", `{heading}` the article's heading (lower-cased). */
export interface DemoTemplate {
  stance: StanceName;
  body: string;
  proposedText?: string;
}

export const GENERIC_TEMPLATES: DemoTemplate[] = [
  {
    stance: 'SUPPORT',
    body: 'Tôi đồng ý với {label}. Quy định về {heading} là cần thiết trong bối cảnh hiện nay.',
  },
  {
    stance: 'SUPPORT',
    body: 'Nhất trí với nội dung {label}. Đề nghị sớm có **văn bản hướng dẫn** để doanh nghiệp và người dân dễ thực hiện.',
  },
  { stance: 'SUPPORT', body: 'Quy định tại {label} rõ ràng, phù hợp với thông lệ quốc tế. Tôi ủng hộ.' },
  {
    stance: 'OPPOSE',
    body: 'Tôi không đồng ý với {label}: phạm vi quá rộng, dễ bị áp dụng tùy tiện và ảnh hưởng đến quyền tự do ngôn luận của công dân.',
  },
  {
    stance: 'OPPOSE',
    body: 'Quy định về {heading} tại {label} sẽ làm tăng chi phí tuân thủ cho doanh nghiệp nhỏ. Đề nghị cân nhắc lại.',
  },
  {
    stance: 'AMEND',
    body: 'Đề nghị sửa {label} cho cụ thể hơn: cần nêu rõ cơ quan nào có thẩm quyền và thời hạn xử lý.',
    proposedText:
      'Cơ quan có thẩm quyền phải thông báo bằng văn bản và xử lý trong thời hạn 05 ngày làm việc.',
  },
  {
    stance: 'AMEND',
    body: 'Nên bổ sung vào {label} nguyên tắc *bảo đảm quyền riêng tư* của người sử dụng.',
    proposedText:
      'Việc thực hiện phải bảo đảm quyền về đời sống riêng tư, bí mật cá nhân theo quy định của pháp luật.',
  },
  {
    stance: 'AMEND',
    body: 'Từ ngữ tại {label} chưa thống nhất với Luật An toàn thông tin mạng. Đề nghị rà soát và sửa lại như sau.',
    proposedText: 'Các thuật ngữ được hiểu theo quy định tại Luật An toàn thông tin mạng.',
  },
  {
    stance: 'QUESTION',
    body: 'Xin hỏi: quy định về {heading} tại {label} có áp dụng đối với cá nhân kinh doanh trên mạng xã hội không?',
  },
  {
    stance: 'QUESTION',
    body: 'Cơ chế khiếu nại khi bị áp dụng {label} không đúng là gì? Dự thảo chưa nói rõ.',
  },
  {
    stance: 'NEUTRAL',
    body: 'Tham khảo kinh nghiệm của EU (GDPR) và Singapore, nội dung {label} có thể được chia thành các khoản nhỏ hơn cho dễ áp dụng.',
  },
  {
    stance: 'NEUTRAL',
    body: 'Tôi chưa có ý kiến cụ thể về {label}, nhưng mong Ban soạn thảo công bố báo cáo đánh giá tác động.',
  },
];

/** Article-specific comments, keyed by article number, for the articles that drew most debate. */
export const ARTICLE_TEMPLATES: Record<string, DemoTemplate[]> = {
  '8': [
    {
      stance: 'AMEND',
      body: 'Khái niệm "xúc phạm" tại {label} còn định tính. Đề nghị định nghĩa rõ để tránh xử lý sai.',
      proposedText:
        'Xúc phạm là hành vi cố ý dùng lời lẽ, hình ảnh làm tổn hại nghiêm trọng danh dự, nhân phẩm người khác.',
    },
    {
      stance: 'SUPPORT',
      body: 'Ủng hộ việc nghiêm cấm phát tán tin giả gây hoang mang trong nhân dân tại {label}.',
    },
  ],
  '16': [
    {
      stance: 'OPPOSE',
      body: 'Yêu cầu gỡ bỏ thông tin trong 24 giờ tại {label} là quá ngắn với doanh nghiệp trong nước có ít nhân sự.',
    },
    {
      stance: 'AMEND',
      body: 'Đề nghị {label} quy định rõ trình tự yêu cầu gỡ bỏ thông tin, có văn bản và nêu căn cứ.',
      proposedText: 'Yêu cầu gỡ bỏ phải được lập thành văn bản, nêu rõ căn cứ pháp lý và nội dung vi phạm.',
    },
  ],
  '26': [
    {
      stance: 'OPPOSE',
      body: 'Yêu cầu lưu trữ dữ liệu tại Việt Nam ở {label} làm tăng chi phí và có thể khiến doanh nghiệp nước ngoài rút khỏi thị trường.',
    },
    {
      stance: 'QUESTION',
      body: '"Dữ liệu về mối quan hệ của người sử dụng" tại {label} gồm những gì? Danh bạ, danh sách bạn bè có thuộc không?',
    },
    {
      stance: 'AMEND',
      body: 'Nên giới hạn nghĩa vụ đặt văn phòng đại diện tại {label} cho doanh nghiệp có trên 1 triệu người dùng tại Việt Nam.',
      proposedText:
        'Doanh nghiệp nước ngoài có từ 1.000.000 người sử dụng tại Việt Nam trở lên phải đặt chi nhánh hoặc văn phòng đại diện.',
    },
  ],
  '29': [
    {
      stance: 'SUPPORT',
      body: 'Rất cần thiết! Trẻ em hiện nay tiếp xúc với mạng xã hội quá sớm. Ủng hộ {label}.',
    },
    {
      stance: 'AMEND',
      body: 'Đề nghị bổ sung vào {label} trách nhiệm xác minh độ tuổi của nền tảng mạng xã hội.',
      proposedText:
        'Doanh nghiệp cung cấp dịch vụ mạng xã hội phải áp dụng biện pháp xác minh độ tuổi người sử dụng.',
    },
  ],
};

export const REPLY_TEMPLATES: DemoTemplate[] = [
  { stance: 'SUPPORT', body: 'Đồng ý với ý kiến của bạn.' },
  {
    stance: 'OPPOSE',
    body: 'Tôi nghĩ khác: nếu quy định quá chi tiết thì luật sẽ nhanh lạc hậu, nên để Nghị định hướng dẫn.',
  },
  { stance: 'NEUTRAL', body: 'Ý kiến hay, nhưng cần có số liệu cụ thể để Ban soạn thảo cân nhắc.' },
  {
    stance: 'QUESTION',
    body: 'Bạn có thể nói rõ hơn về đề xuất này không? Áp dụng cho cả cơ quan nhà nước chứ?',
  },
  { stance: 'SUPPORT', body: 'Cảm ơn bạn, tôi cũng gặp trường hợp tương tự khi kinh doanh online.' },
  { stance: 'NEUTRAL', body: 'Xem thêm kinh nghiệm của Hàn Quốc: https://www.kisa.or.kr' },
];
