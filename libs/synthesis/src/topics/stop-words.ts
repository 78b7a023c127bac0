/**
 * Words that say nothing about what a comment is about, kept as data so they can be reviewed
 * and extended without touching the algorithm. Written with their diacritics: text-features.ts
 * matches them as written in a comment typed with marks ("bạn" goes, "bán" stays) and folded
 * in a comment typed without any ("de nghi" goes like "đề nghị").
 *
 * Two kinds:
 *  - function words (pronouns, particles, conjunctions, modal verbs, intensifiers);
 *  - consultation boilerplate: every comment on a draft addresses the drafting board, asks,
 *    proposes, refers to "this article" and "the law", so these phrases appear in every topic
 *    and would only blur them.
 *
 * Not a stop word, though it often only says a stance: "đồng ý" (it is also "consent", the
 * subject of whole articles on personal data). Nor "sự" ("sự cố", "sự đồng ý") or "theo"
 * ("theo dõi"): dropping them cut words in two.
 *
 * A phrase of several syllables removes exactly that run of syllables; its syllables stay
 * usable elsewhere ("quy" of "quy định" is not a stop word, "quy trình" stays). "Điều" and
 * "khoản" are not single stop words: as references ("Điều 12", "khoản 3", "điểm a") they are
 * removed with what follows (REFERENCE_WORDS), so "điều kiện" and "tài khoản" keep their meaning.
 */
export const STOP_PHRASES: readonly string[] = [
  // Consultation and legal boilerplate
  'đề nghị', 'kiến nghị', 'góp ý', 'ý kiến', 'ban soạn thảo', 'cơ quan soạn thảo', 'soạn thảo',
  'dự thảo', 'quy định', 'điều này', 'khoản này', 'điều luật', 'luật', 'dự luật', 'có thể',
  'nghị định', 'thông tư', 'văn bản', 'nội dung', 'điều chỉnh', 'bổ sung', 'sửa đổi', 'xem xét',
  'nghiên cứu', 'cân nhắc', 'làm rõ', 'cụ thể', 'rõ ràng', 'hợp lý', 'phù hợp', 'kính gửi',
  'trân trọng', 'xin cảm ơn', 'cảm ơn', 'xin', 'mong', 'mong muốn', 'hy vọng', 'hi vọng',
  'theo tôi', 'tôi thấy', 'tôi nghĩ', 'tôi cho rằng', 'cho rằng', 'ủng hộ', 'phản đối', 'nhất trí', 'thêm', 'hiện nay', 'hiện tại', 'trường hợp',
  'vấn đề', 'thực tế', 'thực tiễn', 'đảm bảo', 'bảo đảm', 'tại', 'này', 'đó', 'kia', 'như trên',
  // Function words
  'cần', 'nên', 'phải', 'của', 'và', 'các', 'những', 'là', 'thì', 'được', 'bị', 'có', 'không',
  'chưa', 'đã', 'đang', 'sẽ', 'vẫn', 'cũng', 'rất', 'quá', 'lắm', 'hơn', 'nhất', 'với', 'cho',
  'để', 'từ', 'trong', 'ngoài', 'trên', 'dưới', 'về', 'vào', 'ra', 'lên', 'xuống', 'đến',
  'tới', 'khi', 'nếu', 'mà', 'hay', 'hoặc', 'nhưng', 'tuy', 'vì', 'do', 'bởi', 'nên', 'rằng',
  'thế', 'như', 'vậy', 'này', 'ấy', 'nào', 'gì', 'ai', 'đâu', 'sao', 'bao', 'mọi', 'mỗi',
  'một', 'hai', 'nhiều', 'ít', 'tất cả', 'toàn bộ', 'chỉ', 'đều', 'lại', 'nữa', 'còn', 'ở',
  'tôi', 'chúng tôi', 'chúng ta', 'mình', 'bạn', 'họ', 'anh', 'chị', 'em', 'ông', 'bà', 'người ta',
  'nó', 'việc', 'cái', 'điều này', 'cách', 'theo quy định', 'đây', 'nhé', 'ạ', 'à', 'ơi', 'nha',
  'thôi', 'luôn', 'ngay', 'rồi', 'mới', 'chứ', 'hết', 'cùng', 'giữa', 'sau', 'trước', 'bằng',
  'thấy', 'nghĩ', 'muốn', 'nói', 'làm', 'đi', 'thật', 'rõ', 'càng', 'thực sự', 'hiện',
]; // prettier-ignore

/**
 * Words that, followed by a number, a single letter or a Roman numeral ("Điều 12", "khoản 3",
 * "điểm a", "chương II"), name a place in the draft rather than a point made: both go.
 */
export const REFERENCE_WORDS: readonly string[] = ['điều', 'khoản', 'điểm', 'chương', 'mục', 'phần'];
