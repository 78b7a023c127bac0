import { fnv1a, fnv1aPair } from './hash';

describe(fnv1a.name, () => {
  it('is 32-bit FNV-1a (the published test vectors)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('starts from another basis when given one', () => {
    expect(fnv1a('dieu', 0x050c5d1f)).not.toBe(fnv1a('dieu'));
    expect(fnv1a('', 0x050c5d1f)).toBe(0x050c5d1f);
  });
});

describe(fnv1aPair.name, () => {
  it('hashes two words joined by a space', () => {
    expect(fnv1aPair('quyen', 'dat')).toBe(fnv1a('quyen dat'));
    expect(fnv1aPair('quyen', 'dat', 0x050c5d1f)).toBe(fnv1a('quyen dat', 0x050c5d1f));
  });
});
