/** Deterministic test corpora for campaign detection: a form letter with small edits, and distinct comments. */
const VOCAB = (
  'quy định dữ liệu cá nhân doanh nghiệp người dân cơ quan nhà nước thủ tục hành chính thời hạn ' +
  'trách nhiệm quyền lợi nghĩa vụ bảo vệ thông tin mạng an ninh kiểm tra giám sát xử phạt vi phạm ' +
  'hướng dẫn chi tiết điều khoản sửa đổi bổ sung bãi bỏ thay thế áp dụng hiệu lực thi hành minh bạch ' +
  'công khai lấy ý kiến phản hồi tổ chức cá nhân hộ gia đình địa phương trung ương chính phủ bộ ngành ' +
  'chi phí lệ phí thuế ngân sách đầu tư hạ tầng giáo dục y tế môi trường lao động việc làm tiền lương ' +
  'bảo hiểm xã hội nhà ở đất đai giao thông nông nghiệp công nghiệp thương mại dịch vụ du lịch văn hóa'
).split(' ');

export const FORM_LETTER =
  'Kính gửi Ban soạn thảo. Chúng tôi là người lao động tại các khu công nghiệp, đề nghị Ban soạn thảo ' +
  'giữ nguyên quy định về thời giờ làm thêm tối đa ba trăm giờ mỗi năm, không mở rộng thêm các ngành ' +
  'nghề được phép làm thêm, đồng thời bổ sung quy định bắt buộc doanh nghiệp phải công khai bảng lương, ' +
  'đóng bảo hiểm xã hội đầy đủ cho người lao động và chịu trách nhiệm khi để xảy ra tai nạn lao động. ' +
  'Chúng tôi cũng đề nghị tăng mức xử phạt đối với hành vi nợ đọng bảo hiểm xã hội kéo dài và ' +
  'có cơ chế để công đoàn cơ sở đại diện cho người lao động thương lượng tập thể một cách thực chất. ' +
  'Trân trọng cảm ơn Ban soạn thảo đã lắng nghe ý kiến của người lao động.';

export function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

/** A copy of the form letter with one or two words replaced and sometimes a signature line. */
export function formLetterCopy(random: () => number, i: number): string {
  const words = FORM_LETTER.split(' ');
  const edits = 1 + Math.floor(random() * 2);
  for (let e = 0; e < edits; e++) {
    words[Math.floor(random() * words.length)] = VOCAB[Math.floor(random() * VOCAB.length)];
  }
  const text = words.join(' ');
  return random() < 0.5
    ? `${text}\nNgười ký: công nhân số ${i}`
    : text.toUpperCase().slice(0, 1) + text.slice(1);
}

/** A comment of 25–60 words drawn from the vocabulary: unrelated to every other one. */
export function distinctComment(random: () => number): string {
  const length = 25 + Math.floor(random() * 36);
  return Array.from({ length }, () => VOCAB[Math.floor(random() * VOCAB.length)]).join(' ');
}
