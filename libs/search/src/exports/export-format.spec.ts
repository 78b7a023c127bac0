import { csvCell, csvLine, EXPORT_COLUMNS, ndjsonRow } from './export-format';

describe('export formatting', () => {
  it('defuses cells that spreadsheets would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('a = b')).toBe('a = b');
  });

  it('quotes commas, quotes and line breaks, and writes nulls as empty cells', () => {
    expect(csvLine(['a,b', 'say "hi"', 'x\ny', null, 3, true])).toBe('"a,b","say ""hi""","x\ny",,3,true\r\n');
    expect(csvCell(new Date('2026-01-02T03:04:05.000Z'))).toBe('2026-01-02T03:04:05.000Z');
  });

  it('writes NDJSON with the contract columns in order', () => {
    const row = Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, c === 'created_at' ? new Date(0) : null]));
    const parsed = JSON.parse(ndjsonRow(row as never));
    expect(Object.keys(parsed)).toEqual([...EXPORT_COLUMNS]);
    expect(parsed.created_at).toBe('1970-01-01T00:00:00.000Z');
  });
});
