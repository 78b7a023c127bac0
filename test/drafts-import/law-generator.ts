/** A synthetic law of `articles` articles with three clauses each (~500 bytes per article). */
export function syntheticLaw(articles: number): string {
  const lines = ['QUỐC HỘI', 'LUẬT', 'THỬ NGHIỆM TẢI LỚN', 'Chương I', 'QUY ĐỊNH CHUNG'];
  for (let n = 1; n <= articles; n++) {
    lines.push(`Điều ${n}. Quy định thứ ${n}`);
    for (let k = 1; k <= 3; k++) {
      lines.push(
        `${k}. Cơ quan, tổ chức, cá nhân thực hiện quy định tại khoản ${k} Điều ${n} của Luật này trong thời hạn ` +
          `12 tháng kể từ ngày được giao.`,
      );
    }
  }
  return lines.join('\n');
}
