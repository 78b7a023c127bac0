/**
 * Vietnamese typed with the input method off. Telex and VNI are the two ways Vietnamese is
 * typed on a Latin keyboard: the input method turns "quyeenf" (Telex) or "quye62n" (VNI) into
 * "quyền" as the person types. When it is off (a new phone, a borrowed computer, a web form
 * the IME ignores) the keys arrive as they were pressed. Search and screening read such words
 * a second time, decoded, beside their literal reading.
 *
 * A word is decoded only when it contains keys of the method and, once they are applied, is a
 * well-formed Vietnamese syllable (initial consonant, vowel cluster, final consonant): English
 * words and ordinary unmarked Vietnamese have no such reading and are left alone.
 */

const TONES = { s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323' } as const;
const VNI_TONES: Record<string, string> = {
  '1': '\u0301',
  '2': '\u0300',
  '3': '\u0309',
  '4': '\u0303',
  '5': '\u0323',
};
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031b';

/** Initial consonants, longest first (so "ngh" is tried before "ng" and "n"). */
const INITIALS = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'th', 'tr', 'qu',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
]; // prettier-ignore
const FINALS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
/** Vowel clusters Vietnamese spells (without tone marks), semivowel endings included. */
const CLUSTERS = new Set(
  (
    'a ă â e ê i o ô ơ u ư y ' +
    'ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ ươ ưa ưi ưu uy yê ' +
    'iêu oai oay oeo uây uôi ươi ươu uyê uya uyu yêu'
  ).split(' '),
);
/** Clusters that never end a syllable ("lắ", "tiê" are not Vietnamese; "lắm", "tiên" are). */
const NEEDS_FINAL = new Set(['ă', 'â', 'oă', 'uâ', 'iê', 'yê', 'uô', 'ươ', 'uyê']);
const VOWEL = /[aăâeêioôơuưy]/;
const MODIFIED = /[ăâêôơư]/;

/** A syllable's letters before tone and modifiers, with what the keys asked for. */
interface Keys {
  letters: string;
  tone: string | null;
  /** Vowel marks, each with the index (in letters) of the letter its key followed. */
  marks: { mark: string; at: number }[];
  stroke: boolean;
}

/**
 * The Vietnamese syllable a word typed in Telex or VNI stands for ("quyeenf", "quye62n" →
 * "quyền"; "dduwowngf" → "đường"), lower case; null when the word is not one (no keys of
 * either method, or not a Vietnamese syllable once they are applied).
 */
export function decodeTypedWord(word: string): string | null {
  const lower = word.toLowerCase();
  if (!/^[a-z0-9]+$/.test(lower) || !/[a-z]/.test(lower)) return null;
  const keys = /[0-9]/.test(lower) ? vniKeys(lower) : telexKeys(lower);
  return keys && (keys.tone || keys.marks.length || keys.stroke) ? compose(keys) : null;
}

/**
 * The text with every word typed in Telex or VNI decoded (lower case, other words kept as
 * written); null when no word was.
 */
export function decodeTypedText(text: string): string | null {
  let decoded = false;
  const out = text.replace(/[A-Za-z0-9]+/g, (word) => {
    const syllable = decodeTypedWord(word);
    if (syllable === null) return word;
    decoded = true;
    return syllable;
  });
  return decoded ? out : null;
}

function telexKeys(word: string): Keys | null {
  const keys: Keys = { letters: '', tone: null, marks: [], stroke: false };
  let rest = word;
  if (rest.startsWith('dd')) {
    keys.stroke = true;
    rest = rest.slice(1);
  }
  let seenVowel = false;
  for (const ch of rest) {
    const at = keys.letters.length - 1;
    const prev = keys.letters[at];
    if (seenVowel && ch in TONES) {
      // s, f, r, x, j are never final consonants: after a vowel they can only be tone keys.
      if (keys.tone) return null;
      keys.tone = TONES[ch as keyof typeof TONES];
    } else if (seenVowel && ch === 'w') {
      keys.marks.push({ mark: prev === 'a' ? BREVE : HORN, at });
    } else if (seenVowel && (ch === 'a' || ch === 'e' || ch === 'o') && prev === ch) {
      keys.marks.push({ mark: CIRCUMFLEX, at });
    } else {
      if (VOWEL.test(ch)) seenVowel = true;
      keys.letters += ch;
    }
  }
  return keys;
}

function vniKeys(word: string): Keys | null {
  const keys: Keys = { letters: '', tone: null, marks: [], stroke: false };
  for (const ch of word) {
    const at = keys.letters.length - 1;
    if (ch in VNI_TONES) {
      if (keys.tone || !VOWEL.test(keys.letters)) return null;
      keys.tone = VNI_TONES[ch];
    } else if (ch === '6') keys.marks.push({ mark: CIRCUMFLEX, at });
    else if (ch === '7') keys.marks.push({ mark: HORN, at });
    else if (ch === '8') keys.marks.push({ mark: BREVE, at });
    else if (ch === '9') keys.stroke = true;
    else if (/[0-9]/.test(ch)) return null;
    else keys.letters += ch;
  }
  return keys;
}

/** Which letters each mark may sit on, and where it goes when its key followed a consonant. */
const TAKES: Record<string, RegExp> = { [CIRCUMFLEX]: /[aeo]/, [HORN]: /[uo]/, [BREVE]: /a/ };

/** Applies the keys to the letters; null unless the result is a Vietnamese syllable. */
function compose(keys: Keys): string | null {
  let letters = keys.letters;
  if (keys.stroke) {
    if (!letters.startsWith('d')) return null;
    letters = `đ${letters.slice(1)}`;
  }
  const split = splitSyllable(letters);
  if (!split) return null;
  const offset = split.initial.length;
  const vowels = [...split.cluster];
  for (const { mark, at } of keys.marks) {
    let index = at - offset;
    // A key typed after the final consonant ("quyen62") marks the last vowel that takes it.
    if (index < 0 || index >= vowels.length || !TAKES[mark].test(vowels[index])) {
      index = lastIndexWhere(vowels, (v) => TAKES[mark].test(v));
    }
    if (index < 0) return null;
    vowels[index] = (vowels[index] + mark).normalize('NFC');
    // "uow", "uo7": the horn typed on the o of "uo" marks both (ươ), as the input methods do.
    if (mark === HORN && vowels[index] === 'ơ' && vowels[index - 1] === 'u') vowels[index - 1] = 'ư';
  }
  const cluster = vowels.join('');
  if (!CLUSTERS.has(cluster) || (split.final === '' && NEEDS_FINAL.has(cluster))) return null;
  if (keys.tone) {
    const at = toneIndex(vowels, split.final !== '');
    vowels[at] = (vowels[at] + keys.tone).normalize('NFC');
  }
  return `${split.initial}${vowels.join('')}${split.final}`.normalize('NFC');
}

/** Tone marks (as combining characters after NFD): what isVietnameseSyllable ignores. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * True when the word is one well-formed Vietnamese syllable (initial consonant, vowel cluster,
 * final consonant; any tone): "ích", "ứng", "Ưu", "nghiêng" are; "í ch" split in two, "ch",
 * "vềhoạt" are not. Used to mend words a PDF's text layer split.
 */
export function isVietnameseSyllable(word: string): boolean {
  const base = word.toLowerCase().normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
  const split = splitSyllable(base);
  if (!split) return false;
  return CLUSTERS.has(split.cluster) && !(split.final === '' && NEEDS_FINAL.has(split.cluster));
}

function splitSyllable(letters: string): { initial: string; cluster: string; final: string } | null {
  for (const initial of INITIALS) {
    if (!letters.startsWith(initial)) continue;
    const rest = letters.slice(initial.length);
    const match = /^([aăâeêioôơuưy]+)(.*)$/.exec(rest);
    // "gi" and "qu" take the i or u as part of the initial only when a vowel follows ("gìn": g + in).
    if (!match) continue;
    if (!FINALS.has(match[2])) return null;
    return { initial, cluster: match[1], final: match[2] };
  }
  return null;
}

/**
 * Where the tone mark goes (the traditional placement, as most Vietnamese text is written):
 * on the modified vowel (the ơ of ươ); else a lone vowel; else, before a final consonant, the
 * last vowel ("toán"); else the middle of three ("ngoái"), the first of two ("hòa", "múa").
 */
function toneIndex(vowels: string[], hasFinal: boolean): number {
  const modified = lastIndexWhere(vowels, (v) => MODIFIED.test(v));
  if (modified >= 0) return modified;
  if (vowels.length === 1) return 0;
  if (hasFinal) return vowels.length - 1;
  return vowels.length === 3 ? 1 : 0;
}

function lastIndexWhere<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}
