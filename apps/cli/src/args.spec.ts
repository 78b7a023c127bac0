import { parseArgs } from './args';

describe(parseArgs.name, () => {
  it('separates positional arguments, flags with values and switches', () => {
    expect(parseArgs(['file.txt', '--email', 'a@b.vn', '--role=ADMIN', '--dry-run'])).toEqual({
      args: ['file.txt'],
      flags: { email: 'a@b.vn', role: 'ADMIN', 'dry-run': true },
    });
  });

  it('keeps "=" inside a value', () => {
    expect(parseArgs(['--name=a=b']).flags).toEqual({ name: 'a=b' });
  });
});
