import { t } from '../i18n';
import { formatNumber, percentages } from '../lib/format';

export interface StanceCounts {
  support: number;
  oppose: number;
  amend: number;
  question: number;
  neutral: number;
}

export const STANCES = ['SUPPORT', 'OPPOSE', 'AMEND', 'QUESTION', 'NEUTRAL'] as const;
export type StanceName = (typeof STANCES)[number];

const KEY: Record<StanceName, keyof StanceCounts> = {
  SUPPORT: 'support',
  OPPOSE: 'oppose',
  AMEND: 'amend',
  QUESTION: 'question',
  NEUTRAL: 'neutral',
};

export function stanceValues(counts: StanceCounts): number[] {
  return STANCES.map((s) => counts[KEY[s]]);
}

/** "Đồng ý 12, Phản đối 3, …": what the bar shows, for screen readers and as a tooltip-free summary. */
export function stanceSummary(counts: StanceCounts): string {
  const parts = STANCES.filter((s) => counts[KEY[s]] > 0).map(
    (s) => `${t.stance[s]} ${formatNumber(counts[KEY[s]])}`,
  );
  return parts.length ? t.stance.barSummary(parts.join(', ')) : t.stance.noneYet;
}

/**
 * The share of each stance as one server-rendered SVG bar (no script, no inline style, so the
 * CSP stays strict). Colour is never the only carrier: the bar has a text alternative, and the
 * `legend` variant lists every number beside it.
 */
export function StanceBar({ counts, legend = false }: { counts: StanceCounts; legend?: boolean }) {
  const values = stanceValues(counts);
  const total = values.reduce((a, b) => a + b, 0);
  const shares = percentages(values);
  let x = 0;
  return (
    <div className={legend ? 'stance stance--legend' : 'stance'} data-stance-bar={values.join(',')}>
      <svg
        className="stance__bar"
        viewBox="0 0 100 6"
        preserveAspectRatio="none"
        role="img"
        aria-label={stanceSummary(counts)}
        focusable="false"
      >
        <rect className="stance__track" x="0" y="0" width="100" height="6" />
        {STANCES.map((stance, i) => {
          // Every part is drawn (zero wide when empty) so live updates only move widths.
          const rect = (
            <rect
              key={stance}
              className={`stance__part stance__part--${stance.toLowerCase()}`}
              x={x}
              y="0"
              width={shares[i]}
              height="6"
              data-part={stance}
            />
          );
          x += shares[i];
          return rect;
        })}
      </svg>
      {legend && (
        <ul className="stance__legend">
          {STANCES.map((stance, i) => (
            <li key={stance} data-stance={stance}>
              <span className={`swatch swatch--${stance.toLowerCase()}`} aria-hidden="true" />
              {t.stance[stance]}: <strong data-count="">{formatNumber(values[i])}</strong>
              {total > 0 && <span className="muted"> ({shares[i]}%)</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
