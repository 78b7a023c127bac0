import { fullProvisionLabel, LabelledProvision } from './provision-label';
import { provisionRows } from './provision-rows';
import { parseLegalText } from '../parser';

const chapter: LabelledProvision = { kind: 'CHAPTER', label: 'Chương II' };
const section: LabelledProvision = { kind: 'SECTION', label: 'Mục 2' };
const article: LabelledProvision = { kind: 'ARTICLE', label: 'Điều 22' };
const clause: LabelledProvision = { kind: 'CLAUSE', label: 'Khoản 1' };
const point: LabelledProvision = { kind: 'POINT', label: 'Điểm đ' };

describe('fullProvisionLabel', () => {
  it('names a clause or point with its article, as legal texts cite them', () => {
    expect(fullProvisionLabel([{ kind: 'CLAUSE', label: 'Khoản 2' }, article, section, chapter])).toBe(
      'Khoản 2 Điều 22',
    );
    expect(fullProvisionLabel([point, clause, article, section, chapter])).toBe('Điểm đ khoản 1 Điều 22');
    expect(fullProvisionLabel([point, article, chapter])).toBe('Điểm đ Điều 22');
  });

  it('keeps an article, chapter or part as it is, and names a section with its chapter', () => {
    expect(fullProvisionLabel([article, section, chapter])).toBe('Điều 22');
    expect(fullProvisionLabel([chapter])).toBe('Chương II');
    expect(fullProvisionLabel([section, chapter])).toBe('Mục 2 Chương II');
    expect(fullProvisionLabel([{ kind: 'SUBSECTION', label: 'Tiểu mục 1' }, section, chapter])).toBe(
      'Tiểu mục 1 mục 2 Chương II',
    );
  });

  it('uses what exists: a clause with no article above it, or nothing at all', () => {
    expect(fullProvisionLabel([clause])).toBe('Khoản 1');
    expect(fullProvisionLabel([clause, chapter])).toBe('Khoản 1 Chương II');
    expect(fullProvisionLabel([])).toBe('');
  });

  it('is stored with every provision row of an imported text', () => {
    const outline = parseLegalText(
      [
        'LUẬT THỬ',
        'Chương I',
        'QUY ĐỊNH CHUNG',
        'Điều 4. Giải thích từ ngữ',
        '1. Từ thứ nhất là:',
        'a) nghĩa một;',
        'b) nghĩa hai.',
        '2. Từ thứ hai.',
      ].join('\n'),
    );
    const rows = provisionRows(outline.nodes);
    expect(rows.map((r) => [r.label, r.fullLabel])).toEqual([
      ['Chương I', 'Chương I'],
      ['Điều 4', 'Điều 4'],
      ['Khoản 1', 'Khoản 1 Điều 4'],
      ['Điểm a', 'Điểm a khoản 1 Điều 4'],
      ['Điểm b', 'Điểm b khoản 1 Điều 4'],
      ['Khoản 2', 'Khoản 2 Điều 4'],
    ]);
    expect(rows.every((r) => r.fullLabel === r.fullLabel.normalize('NFC'))).toBe(true);
  });
});
