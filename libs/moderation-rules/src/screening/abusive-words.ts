/**
 * The maintained word list for the abusive-language rule. Add an entry by writing it as it
 * is spelt (lower case, NFC, with its marks); phrases are words separated by one space and
 * match only as whole words in that order. Keep it to words that are abusive in every
 * context: "súc vật" (livestock in a veterinary law) or "óc chó" (walnut) would hold
 * ordinary comments, and a false hold costs a citizen a delay and a moderator a look.
 */
export const ABUSIVE_WORDS: readonly string[] = [
  // Vietnamese, with diacritics
  'đụ',
  'địt',
  'đéo',
  'lồn',
  'cặc',
  'buồi',
  'đĩ',
  'con đĩ',
  'đụ má',
  'đù má',
  'địt mẹ',
  'đồ chó',
  'thằng chó',
  'chó má',
  'mẹ mày',
  // Vietnamese abbreviations (ASCII, so they match as written)
  'đm',
  'đmm',
  'dm',
  'dmm',
  'dcm',
  'vcl',
  'vkl',
  'clgt',
  'cmnr',
  // English
  'fuck',
  'fucking',
  'fucked',
  'fucker',
  'motherfucker',
  'shit',
  'bitch',
  'bastard',
  'asshole',
  'cunt',
  'dickhead',
  'whore',
  'slut',
  'retard',
];

/**
 * Phrases matched only in text written entirely without diacritics ("du ma" for "đụ má").
 * Only forms that no ordinary word shares: "cac", "lon", "buoi", "du", "deo", "di" are
 * "các", "lớn", "buổi", "dự", "đeo", "đi" far more often than anything else.
 */
export const UNACCENTED_ABUSIVE_PHRASES: readonly string[] = [
  'dit me',
  'ditme',
  'dit con me',
  'du ma',
  'du me',
  'dume',
  'dit cu',
  'thang cho',
  'do cho',
  'me may',
];
