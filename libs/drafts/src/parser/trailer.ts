import { foldVietnamese, isUpperCaseLine } from './fold';

// Titles printed above the signature ("CHỦ TỊCH QUỐC HỘI", "PHÓ CHỦ TỊCH", "BỘ TRƯỞNG").
const SIGNER_TITLES = [
  'chu tich',
  'pho chu tich',
  'bo truong',
  'thu truong',
  'thu tuong',
  'pho thu tuong',
  'chu nhiem',
  'pho chu nhiem',
  'giam doc',
  'pho giam doc',
  'tong giam doc',
  'tong thu ky',
  'chanh an',
  'vien truong',
  'thong doc',
  'tong kiem toan',
  'cuc truong',
  'truong ban',
  'chanh van phong',
];

const RECIPIENTS = /^nơi\s+nhận(?!\p{L})/iu;
// "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL. BỘ TRƯỞNG", "TUQ. …", "Q. …", "PP. …".
const SIGNING_FOR = /^(TM|KT|TL|TUQ|Q|PP)\s*\.\s*\p{Lu}/u;
// "Luật này đã được Quốc hội … thông qua ngày …": the adoption formula before the signature.
const ADOPTION =
  /^(luật|bộ luật|pháp lệnh|nghị quyết|hiến pháp|nghị định|quyết định|thông tư)\s+này\s+(đã\s+)?được\s.{0,300}thông\s+qua/iu;
// Portal notes appended to downloaded texts.
const PORTAL_NOTE = /^văn\s+bản\s+này\s+chưa\s+cập\s+nhật\s+nội\s+dung\s+tiếng\s+anh/iu;

/**
 * Could this line open the signature block (and so end the provisions)? The caller also checks
 * that no article continuing the numbering follows, because a few of these shapes (an upper-case
 * "GIÁM ĐỐC …" line) can occur inside a body.
 */
export function isTrailerStart(line: string): boolean {
  if (RECIPIENTS.test(line) || ADOPTION.test(line) || PORTAL_NOTE.test(line)) return true;
  if (!isUpperCaseLine(line)) return false;
  if (SIGNING_FOR.test(line)) return true;
  if (line.length > 80 || line.endsWith(':')) return false;
  const folded = foldVietnamese(line);
  return SIGNER_TITLES.some((t) => folded.startsWith(t) && !/[\p{L}\p{N}]/u.test(folded.charAt(t.length)));
}
