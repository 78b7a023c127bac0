import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LAW_TXT = readFileSync(join(__dirname, '../fixtures/laws/luat-an-ninh-mang-2018.txt'), 'utf8');

/** A synthetic draft of `articles` articles in `chapters` chapters, each with clauses and points. */
export function syntheticDraft(articles: number, chapters = 10): string {
  const lines = [
    'QUỐC HỘI',
    'LUẬT',
    'THỬ NGHIỆM',
    'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;',
  ];
  const perChapter = Math.ceil(articles / chapters);
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
  for (let a = 1; a <= articles; a++) {
    if ((a - 1) % perChapter === 0) {
      lines.push(`Chương ${roman[(a - 1) / perChapter]}`, `NỘI DUNG SỐ ${(a - 1) / perChapter + 1}`);
    }
    lines.push(`Điều ${a}. Quy định số ${a}`);
    lines.push(`1. Khoản thứ nhất của điều ${a} về đất đai và nhà ở.`);
    lines.push(`2. Khoản thứ hai của điều ${a} gồm:`);
    lines.push(`a) Điểm a của điều ${a};`, `b) Điểm b của điều ${a}.`);
  }
  return lines.join('\n');
}

export const DRAFT_FIELDS = `id title docType status opensAt closesAt closedAt closeReason consultationWarnings
  agency { id code name }
  currentVersion { id number publishedAt }`;
