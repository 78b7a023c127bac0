/**
 * Insults: words aimed at people ("đồ khốn nạn", "ngu như bò"). Unlike profanity
 * (abusive-words.ts) many of their words are ordinary on their own ("ngu" in "ngu dân", "chó"
 * in a veterinary law, "khốn" in "khốn khó"), so the list holds phrases that insult in every
 * context: a name-calling word with what makes it name-calling ("đồ …", "thằng …", "bọn …",
 * "… như bò"). A comment that matches is held for a moderator (PENDING), never rejected:
 * harsh criticism of a rule ("quy định này vô lý") is not on the list and must not be.
 *
 * Write entries lower case, NFC, with their marks; words separated by one space. Each entry
 * also matches written without spaces ("khốnnạn"), spelled out ("k h ố n  n ạ n",
 * "k.h.ố.n"), and typed in Telex or VNI with the input method off ("khoons nanj").
 * Every entry is checked against every line of the fixture laws and the demo comments
 * (abusive-language.spec.ts) so that it never holds ordinary text.
 */
export const INSULT_PHRASES: readonly string[] = [
  // … như con vật
  'ngu như bò',
  'ngu như lợn',
  'ngu như heo',
  'ngu như chó',
  'ngu như trâu',
  'não tàn',
  'não phẳng',
  // name-calling
  'đồ ngu',
  'thằng ngu',
  'con ngu',
  'lũ ngu',
  'bọn ngu',
  'ngu si',
  'ngu xuẩn',
  'đồ ngốc',
  'thằng ngốc',
  'khốn nạn',
  'khốn kiếp',
  'đồ khốn',
  'thằng khốn',
  'con khốn',
  'lũ khốn',
  'bọn khốn',
  'mất dạy',
  'vô học',
  'súc sinh',
  'đồ súc sinh',
  'chó chết',
  'đồ chó chết',
  'đồ rác rưởi',
  'lũ rác rưởi',
  'bọn rác rưởi',
  'đồ ăn hại',
  'lũ ăn hại',
  'bọn ăn hại',
  'đồ mặt dày',
  'đồ vô liêm sỉ',
  'vô liêm sỉ',
  'đồ hèn',
  'thằng hèn',
  'đồ điên',
  'thằng điên',
  'con điên',
  'câm mồm',
  'im mồm',
  'ngậm mồm',
  'cút đi',
  'cút xéo',
];

/**
 * The same, for text written entirely without marks, where most folded forms collide with
 * ordinary words: only phrases whose folded form nothing ordinary shares. Left out, with the
 * word they would catch: "do ngu" (do ngư dân), "mat day" (mặt dây), "vo hoc" (vở học),
 * "suc sinh" (sức sinh sản), "cho chet" (chờ chết), "oc lon" (ốc lớn), "ngu si" (ngũ sĩ),
 * "do dien" (do điện), "do khon" (do khôn ngoan), "thang dien" (tháng điện), "cut di"
 * (cắt đi). "óc bò", "óc lợn" are dishes and stay off both lists.
 */
export const UNACCENTED_INSULT_PHRASES: readonly string[] = [
  'ngu nhu bo',
  'ngu nhu lon',
  'ngu nhu heo',
  'ngu nhu cho',
  'ngu nhu trau',
  'thang ngu',
  'lu ngu',
  'bon ngu',
  'ngu xuan',
  'khon nan',
  'khon kiep',
  'thang khon',
  'do suc sinh',
  'do cho chet',
  'do rac ruoi',
  'do an hai',
  'lu an hai',
  'vo liem si',
  'cam mom',
  'im mom',
];
