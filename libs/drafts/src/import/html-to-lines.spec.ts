import { decodeEntities } from './html-entities';
import { htmlToLines } from './html-to-lines';

const lines = (html: string) => htmlToLines(html).lines;

describe('htmlToLines', () => {
  it('makes one line per paragraph, heading and <br>, stripping inline tags', () => {
    expect(
      lines(
        '<h1>LUẬT <strong>AN NINH</strong></h1><p><a id="dieu_1"></a><strong>Điều 1. </strong>Phạm vi</p>' +
          '<p>Dòng một<br />dòng hai</p><p> </p><p>5<em>. Cơ sở</em>  hạ tầng</p>',
      ),
    ).toEqual(['LUẬT AN NINH', 'Điều 1. Phạm vi', 'Dòng một', 'dòng hai', '5. Cơ sở hạ tầng']);
  });

  it('decodes entities and keeps text that looks like markup as text', () => {
    expect(lines('<p>a &amp; b &lt;script&gt; &#273;i&#x1EC1;u &quot;x&quot; &nbsp;&unknown;</p>')).toEqual([
      'a & b <script> điều "x" &unknown;',
    ]);
    expect(decodeEntities('&#0; &#xD800; &#1114112;')).toBe('&#0; &#xD800; &#1114112;');
  });

  it('drops scripts, styles and comments, and survives broken markup', () => {
    expect(lines('<p>A<script>alert(1)</script><style>p{}</style><!-- x -->B</p></div><p>C < D</b>')).toEqual(
      ['AB', 'C < D'],
    );
  });

  it('reads a two-column layout table cell by cell, as the printed header reads', () => {
    const header =
      '<table><tr><td><p><strong>QUỐC HỘI</strong><br /><strong>--------</strong></p></td>' +
      '<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />Độc lập - Tự do - Hạnh phúc</p></td></tr>' +
      '<tr><td><p>Luật số: 24/2018/QH14</p></td><td><p><em>Hà Nội, ngày 12 tháng 6 năm 2018</em></p></td></tr></table>';
    expect(lines(header)).toEqual([
      'QUỐC HỘI',
      '--------',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Luật số: 24/2018/QH14',
      'Hà Nội, ngày 12 tháng 6 năm 2018',
    ]);
  });

  it('turns each row of a wider table into one line of cells', () => {
    const table =
      '<p>Điều 1. Chỉ tiêu</p><table><thead><tr><th>TT</th><th>Chỉ tiêu</th><th>Diện tích</th></tr></thead>' +
      '<tbody><tr><td><p>1</p></td><td><p>Đất nông nghiệp</p><p>(ha)</p></td><td>15.280,70</td></tr>' +
      '<tr><td></td><td></td><td></td></tr><tr><td>1.1</td><td>Đất trồng lúa</td><td></td></tr></tbody></table><p>Sau bảng</p>';
    expect(lines(table)).toEqual([
      'Điều 1. Chỉ tiêu',
      'TT | Chỉ tiêu | Diện tích',
      '1 | Đất nông nghiệp (ha) | 15.280,70',
      '1.1 | Đất trồng lúa |',
      'Sau bảng',
    ]);
  });

  it('writes back the numbers Word generated for list items, and counts them', () => {
    const result = htmlToLines(
      '<p>Điều 2. Trách nhiệm</p><ol><li>Báo cáo;</li><li>Kế hoạch gồm:<ol><li>mục tiêu;</li><li>lộ trình.</li></ol></li></ol>' +
        '<ul><li>gạch đầu dòng</li></ul>',
    );
    expect(result.lines).toEqual([
      'Điều 2. Trách nhiệm',
      '1. Báo cáo;',
      '2. Kế hoạch gồm:',
      'a) mục tiêu;',
      'b) lộ trình.',
      '- gạch đầu dòng',
    ]);
    expect(result.rebuiltNumbers).toBe(4);
  });
});
