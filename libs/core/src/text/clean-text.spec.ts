import { cleanInputText, cleanLine, cleanText, optionalText, requireText } from './clean-text';

describe(cleanInputText.name, () => {
  it.each([
    ['NUL and other control characters', 'a\u0000b\u0001c\u001fd\u007fe\u0080f\u009fg', 'abcdefg'],
    ['odd line breaks', 'a\u000bb\u000cc\u0085d\u2028e\u2029f', 'a\nb\nc\nd\ne\nf'],
    [
      'zero-width and bidi characters',
      '0912\u200b345\u2060679\ufeff \u202eabc\u202c \u2066x\u2069\u200e',
      '0912345679 abc x',
    ],
    ['a soft hyphen', 'ngu\u00adốc', 'nguốc'],
    ['unpaired surrogates', 'a\ud800b\udc00c', 'abc'],
    ['Hangul fillers used as blank names', '\u3164\uffa0', ''],
    ['NFD into NFC', 'Đie\u0302\u0300u', 'Điều'],
  ])('cleans %s', (_what, input, expected) => {
    expect(cleanInputText(input)).toBe(expected);
  });

  it.each([
    ['tab, line feed and carriage return', 'a\tb\r\nc'],
    ['an emoji ZWJ sequence', 'gia đình 👨\u200d👩\u200d👧 và ❤\ufe0f\u200d🔥'],
    ['a subdivision flag', '🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}'],
    ['ZWNJ between Persian letters', 'می\u200cخواهم'],
    ['Vietnamese text', 'Điều 5. Khoản 1, điểm đ) — “quy định” …'],
    ['an Arabic number sign', '\u0600١٢'],
  ])('keeps %s', (_what, text) => {
    expect(cleanInputText(text)).toBe(text.normalize('NFC'));
  });

  it('drops a ZWJ that joins nothing, and a stray tag', () => {
    expect(cleanInputText('ab\u200dc 1\u200c2 x\u{e0041}')).toBe('abc 12 x');
  });

  it('leaves only nothing of a body made of invisible characters', () => {
    expect(cleanInputText('\u200b\u200c\u200d\u2060\u202e\u2066\ufeff\u00ad').trim()).toBe('');
  });
});

describe('cleanText, cleanLine, requireText, optionalText', () => {
  it('trims what cleanInputText leaves; cleanLine also makes each run of spaces one', () => {
    expect(cleanText(' \u200b Điều\u0301  5 \n')).toBe('Điều\u0301  5'.normalize('NFC'));
    expect(cleanLine(' Nguyễn \t Văn\n\nA ')).toBe('Nguyễn Văn A');
  });

  it('refuses empty and long text on the field', () => {
    expect(requireText('  ý kiến ', 'body', 10)).toBe('ý kiến');
    expect(() => requireText('\u200b ', 'body', 10)).toThrow('body must not be empty');
    expect(() => requireText('abcdefghijk', 'body', 10)).toThrow('body must be at most 10 characters');
  });

  it('reads absent and blank optional text as null', () => {
    expect(optionalText(null, 'note', 5)).toBeNull();
    expect(optionalText(undefined, 'note', 5)).toBeNull();
    expect(optionalText(' \u200b', 'note', 5)).toBeNull();
    expect(optionalText(' ghi ', 'note', 5)).toBe('ghi');
    expect(() => optionalText('ghi chú', 'note', 5)).toThrow('note must be at most 5 characters');
  });
});
