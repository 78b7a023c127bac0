import { useId } from 'react';
import { formatNumber } from '../lib/format';

/**
 * Charts drawn on the server as SVG: no chart library, no script, and no inline style (the
 * CSP allows none): colours are classes of app.css. Each is a figure whose
 * caption names it; the drawing is an image with a one-line summary for screen readers, and
 * the numbers themselves are in the table beside it, which is what assistive technology and
 * anyone copying the figures read.
 */
export interface ChartItem {
  label: string;
  value: number;
  /** The bar's colour: a stance's, or grey for "the rest"; the brand colour by default. */
  tone?: 'support' | 'oppose' | 'amend' | 'question' | 'neutral';
}

const ROW = 26;
const LABEL_WIDTH = 150;
const WIDTH = 480;

/** Horizontal bars, one per item, in the order given. */
export function BarChart({ title, items, unit }: { title: string; items: ChartItem[]; unit: string }) {
  const id = useId();
  const max = Math.max(1, ...items.map((i) => i.value));
  const height = items.length * ROW + 4;
  const barSpace = WIDTH - LABEL_WIDTH - 60;
  return (
    <figure className="chart" aria-labelledby={`${id}-c`}>
      <figcaption id={`${id}-c`} className="chart__title">
        {title}
      </figcaption>
      <div className="chart__body">
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          role="img"
          aria-label={`${title}: ${items.map((i) => `${i.label} ${formatNumber(i.value)}`).join(', ')}`}
          className="chart__svg"
        >
          {items.map((item, index) => {
            const y = index * ROW + 2;
            const w = Math.round((item.value / max) * barSpace);
            return (
              <g key={item.label}>
                <text x={LABEL_WIDTH - 6} y={y + 17} textAnchor="end" className="chart__label">
                  {item.label.length > 22 ? `${item.label.slice(0, 21)}…` : item.label}
                </text>
                <rect
                  x={LABEL_WIDTH}
                  y={y + 4}
                  width={Math.max(w, item.value > 0 ? 2 : 0)}
                  height={ROW - 8}
                  className={item.tone ? `chart__bar chart__bar--${item.tone}` : 'chart__bar'}
                />
                <text x={LABEL_WIDTH + w + 6} y={y + 17} className="chart__value">
                  {formatNumber(item.value)}
                </text>
              </g>
            );
          })}
        </svg>
        <table className="table chart__table">
          <thead>
            <tr>
              <th scope="col">{title}</th>
              <th scope="col" className="num">
                {unit}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.label}>
                <th scope="row">{item.label}</th>
                <td className="num">{formatNumber(item.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** Columns over days (the consultation's timeline). */
export function TimelineChart({
  title,
  days,
  unit,
  dayLabel,
}: {
  title: string;
  days: { day: string; count: number }[];
  unit: string;
  dayLabel: string;
}) {
  const id = useId();
  const max = Math.max(1, ...days.map((d) => d.count));
  const column = Math.max(4, Math.min(24, Math.floor(WIDTH / Math.max(days.length, 1))));
  const width = Math.max(WIDTH, days.length * column);
  const height = 140;
  const total = days.reduce((n, d) => n + d.count, 0);
  return (
    <figure className="chart" aria-labelledby={`${id}-c`}>
      <figcaption id={`${id}-c`} className="chart__title">
        {title}
      </figcaption>
      <div className="chart__body">
        <svg
          viewBox={`0 0 ${width} ${height + 20}`}
          role="img"
          aria-label={`${title}: ${formatNumber(total)} ${unit}, ${days.length} ${dayLabel}`}
          className="chart__svg"
        >
          <line x1={0} y1={height} x2={width} y2={height} className="chart__axis" />
          {days.map((d, i) => {
            const h = Math.round((d.count / max) * (height - 10));
            return (
              <rect
                key={d.day}
                x={i * column + 1}
                y={height - h}
                width={column - 2}
                height={h}
                className="chart__bar"
              />
            );
          })}
          {days.length > 0 && (
            <>
              <text x={0} y={height + 16} className="chart__label">
                {shortDay(days[0].day)}
              </text>
              <text x={width} y={height + 16} textAnchor="end" className="chart__label">
                {shortDay(days[days.length - 1].day)}
              </text>
            </>
          )}
        </svg>
        <details>
          <summary>{`${dayLabel}: ${days.length}`}</summary>
          <table className="table chart__table">
            <thead>
              <tr>
                <th scope="col">{dayLabel}</th>
                <th scope="col" className="num">
                  {unit}
                </th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.day}>
                  <th scope="row">{shortDay(d.day)}</th>
                  <td className="num">{formatNumber(d.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </div>
    </figure>
  );
}

/** "2026-12-04" → "04/12/2026" (a calendar day as the API sends it, no time zone involved). */
function shortDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}
